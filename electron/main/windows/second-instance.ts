// A second launch of the app: the running copy owns the database, so the second one quits (index.ts) and this copy comes to
// the front instead, restored if minimised and shown if hidden. The second launch's command line is deliberately ignored:
// the app registers no file types and has no command-line options, so a .pdf path or a flag there (a file dropped on the
// icon, a shortcut) has no agreed meaning; records come in through Import records, where the user picks the case.
import type { BrowserWindow } from 'electron';

type FrontWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'>;

/** The 'second-instance' listener: brings the main window forward; nothing happens while no window exists yet. */
export function focusOnSecondLaunch(getWindow: () => FrontWindow | null): () => void {
  return () => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    if (!window.isVisible()) window.show();
    window.focus();
  };
}
