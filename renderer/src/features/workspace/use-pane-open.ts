// Whether a side pane is open, remembered on this computer between sessions (a layout preference, never case data).
import { useCallback, useState } from 'react';

export function usePaneOpen(key: string, initial = true): [boolean, () => void] {
  const storageKey = `medlegal.pane.${key}`;
  const [open, setOpen] = useState(() => {
    try {
      const saved = window.localStorage.getItem(storageKey);
      return saved === null ? initial : saved === 'open';
    } catch {
      return initial;
    }
  });
  const toggle = useCallback(() => {
    setOpen((was) => {
      try {
        window.localStorage.setItem(storageKey, was ? 'closed' : 'open');
      } catch {
        // Storage unavailable: the pane still toggles for this session.
      }
      return !was;
    });
  }, [storageKey]);
  return [open, toggle];
}
