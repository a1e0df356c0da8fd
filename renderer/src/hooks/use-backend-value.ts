// A value read from the backend: loaded when the view mounts (and when its key changes), reloadable, with the
// user-facing message of a failed load. Replies that arrive after the view closed are dropped.
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { messageOf } from '../api/client';

export interface BackendValue<T> {
  value: T | null;
  error: string | null;
  reload: () => Promise<void>;
  /** For an edit whose result is already known, without another round trip. */
  setValue: Dispatch<SetStateAction<T | null>>;
  /** False once the view has closed. */
  isLive: () => boolean;
}

export function useBackendValue<T>(load: () => Promise<T>, key: string): BackendValue<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    try {
      const next = await loadRef.current();
      if (live.current) {
        setValue(next);
        setError(null);
      }
    } catch (e) {
      if (live.current) setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    live.current = true;
    void reload();
    return () => {
      live.current = false;
    };
  }, [key, reload]);

  const isLive = useCallback(() => live.current, []);
  return { value, error, reload, setValue, isLive };
}
