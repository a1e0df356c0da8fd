// Something the physician started (a click, a load behind a screen): busy while it runs, and a failure shown as an error
// toast with the message meant for the user. Shared hooks live in renderer/src/hooks; shared components in components.
import { useCallback, useRef, useState } from 'react';
import { messageOf } from '../api/client';
import { useNotify } from '../components/notifications';

export interface Action<A extends unknown[]> {
  /** Runs the action; never rejects (a failure is shown, not thrown). Stable across renders; runs the latest action. */
  run: (...args: A) => Promise<void>;
  /** True while any run has not finished. */
  busy: boolean;
}

export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>): Action<A> {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const latest = useRef(action);
  latest.current = action;
  const running = useRef(0);

  const run = useCallback(
    async (...args: A) => {
      running.current += 1;
      setBusy(true);
      try {
        await latest.current(...args);
      } catch (error) {
        notify.error(messageOf(error));
      } finally {
        running.current -= 1;
        if (running.current === 0) setBusy(false);
      }
    },
    [notify],
  );
  return { run, busy };
}
