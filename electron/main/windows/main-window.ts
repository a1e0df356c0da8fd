// Creates the single application window with the shared secure webPreferences and loads the UI.
import { BrowserWindow } from 'electron';
import { attachContextMenu } from './context-menu';
import { WEB_PREFERENCES } from './web-preferences';

export interface MainWindowOptions {
  /** app://medlegal/index.html, or the dev-server URL in development. */
  url: string;
}

export function createMainWindow({ url }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'MedLegal Writer',
    width: 1320,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    // A copy: Electron must not be handed (or be able to alter) the frozen shared object.
    webPreferences: { ...WEB_PREFERENCES },
  });
  // Shown once painted, so the user never sees a blank white flash.
  window.once('ready-to-show', () => window.show());
  attachContextMenu(window.webContents);
  void window.loadURL(url);
  return window;
}
