// Creates the single application window with the shared secure webPreferences, where it was last time, and loads the UI.
import { BrowserWindow } from 'electron';
import { attachContextMenu } from './context-menu';
import { WEB_PREFERENCES } from './web-preferences';
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './window-state';

export interface MainWindowOptions {
  /** app://medlegal/index.html, or the dev-server URL in development. */
  url: string;
  /** Size and position from the last run (window-state.ts), already checked against the screens connected now. */
  bounds?: Partial<Rect> & { width: number; height: number };
  maximized?: boolean;
}

export function createMainWindow({ url, bounds = DEFAULT_SIZE, maximized = false }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'MedLegal Writer',
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    backgroundColor: '#ffffff',
    // A copy: Electron must not be handed (or be able to alter) the frozen shared object.
    webPreferences: { ...WEB_PREFERENCES },
  });
  // Shown once painted, so the user never sees a blank white flash.
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  attachContextMenu(window.webContents);
  void window.loadURL(url);
  return window;
}
