// Ctrl+F (⌘F) opens Find in report and Ctrl+H (⌘⌥F on a Mac, where ⌘H hides the app) opens it with Replace, from
// anywhere in the case. A view with its own search that took Ctrl+F first (the records search) keeps it.
import { useEffect } from 'react';
import { IS_MAC } from '../../editor/hotkeys';

export function useFindShortcut(open: (mode: 'find' | 'replace') => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(IS_MAC ? event.metaKey : event.ctrlKey) || event.shiftKey) return;
      const key = event.key.toLowerCase();
      const replace = IS_MAC ? key === 'f' && event.altKey : key === 'h' && !event.altKey;
      const find = key === 'f' && !event.altKey;
      if (!find && !replace) return;
      event.preventDefault();
      open(replace ? 'replace' : 'find');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
