// The backend's host in the real app: asks where to save through Electron's native save dialog,
// attached to the main window so it is modal to it.
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { BackendHost } from '../../backend/host';

export function createElectronHost(getWindow: () => BrowserWindow | null): BackendHost {
  return {
    async chooseSavePath(suggestedFileName, filter) {
      const options: SaveDialogOptions = {
        title: 'Save report',
        defaultPath: path.join(app.getPath('documents'), suggestedFileName),
        filters: [filter],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = getWindow();
      const result = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
