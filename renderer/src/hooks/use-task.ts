// A task a settings card runs (back up, set a passphrase, choose a folder): which one is running, the failure shown as an
// error in the card itself, and the card's data read again afterwards. For a failure shown as a toast: use-action.ts.
import { useCallback, useState } from 'react';
import { messageOf } from '../api/client';

export interface Task<K extends string> {
  /** The task running now, or null; the card disables what must not start meanwhile. */
  running: K | null;
  /** The message meant for the user from the last failure; cleared when the next task starts. */
  error: string | null;
  /** For failures outside a task (the card's first load) and a Dismiss button. */
  setError: (error: string | null) => void;
  /** Runs `work` as task `which`; never rejects. Then runs `after` (the card's refresh), whose failure is ignored. */
  run: (which: K, work: () => Promise<void>) => Promise<void>;
}

export function useTask<K extends string>(after?: () => Promise<unknown>): Task<K> {
  const [running, setRunning] = useState<K | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (which: K, work: () => Promise<void>) => {
      setRunning(which);
      setError(null);
      try {
        await work();
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setRunning(null);
        await after?.().catch(() => undefined);
      }
    },
    [after],
  );
  return { running, error, setError, run };
}
