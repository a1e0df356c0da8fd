// The section History shortcut: Ctrl+Alt+H (Ctrl+H is Replace; ⌘⌥H hides other apps on a Mac, so ⌘⇧H there).
// Matched by physical key, since Alt changes the typed character on some layouts.
import { IS_MAC } from '../../editor/hotkeys';

export const HISTORY_SHORTCUT_LABEL = IS_MAC ? '⌘⇧H' : 'Ctrl+Alt+H';
/** For aria-keyshortcuts. */
export const HISTORY_SHORTCUT_ARIA = IS_MAC ? 'Meta+Shift+H' : 'Control+Alt+H';

export function isHistoryShortcut(event: {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  if (event.code !== 'KeyH') return false;
  return IS_MAC
    ? event.metaKey && event.shiftKey && !event.altKey && !event.ctrlKey
    : event.ctrlKey && event.altKey && !event.shiftKey && !event.metaKey;
}
