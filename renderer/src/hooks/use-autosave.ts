// Debounced autosave: keeps the newest value in a ref (no backend call per keystroke), saves 500 ms after typing pauses
// and at most 1 s after the first unsaved change, one save at a time, and flushes when the view closes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/client';

export type SaveState = { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'error'; message: string };

const IDLE_MS = 500;
const MAX_WAIT_MS = 1000;
const RETRY_MS = 3000;

// Every mounted autosave, so an export can first write what was typed in the last second.
const activeFlushes = new Set<() => Promise<void>>();
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...activeFlushes].map((flush) => flush()));
}

// Autosaves with typing not yet written; the window waits for them before it closes.
const unsaved = new Set<object>();
export const hasUnsavedWork = () => unsaved.size > 0;

export function useAutosave<T>(save: (value: T) => Promise<unknown>) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef<{ value: T } | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const idleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const maxTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  const token = useRef({}).current;
  useEffect(() => {
    if (state.kind === 'saved') unsaved.delete(token);
    else unsaved.add(token);
  }, [state, token]);
  useEffect(() => () => void unsaved.delete(token), [token]);

  const clearTimers = () => {
    clearTimeout(idleTimer.current);
    clearTimeout(maxTimer.current);
    maxTimer.current = undefined;
  };

  const flush = useCallback(async (): Promise<void> => {
    clearTimers();
    if (inFlight.current) await inFlight.current;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState({ kind: 'saving' });
    const run = saveRef
      .current(next.value)
      .then(() => setState(pending.current ? { kind: 'unsaved' } : { kind: 'saved' }))
      .catch((error: unknown) => {
        // Keep the unsaved value unless newer typing replaced it, and try again shortly.
        pending.current ??= next;
        setState({ kind: 'error', message: messageOf(error) });
        idleTimer.current = setTimeout(() => void flush(), RETRY_MS);
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    await run;
    if (pending.current && !maxTimer.current) schedule();
  }, []);

  const schedule = useCallback(() => {
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => void flush(), IDLE_MS);
    maxTimer.current ??= setTimeout(() => void flush(), MAX_WAIT_MS);
  }, [flush]);

  const change = useCallback(
    (value: T) => {
      pending.current = { value };
      setState((s) => (s.kind === 'unsaved' ? s : { kind: 'unsaved' }));
      schedule();
    },
    [schedule],
  );

  useEffect(() => {
    const onHide = () => void flush();
    activeFlushes.add(flush);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      activeFlushes.delete(flush);
      void flush();
    };
  }, [flush]);

  return { state, change, flush };
}
