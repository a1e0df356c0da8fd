// The backend's host in the real app: asks where to save or which file to open through Electron's native dialogs, and opens an
// exported file or its folder with the system's programs; the dialogs are attached to the main window so they are modal to it.
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { BackendHost } from '../../backend/host';

export function createElectronHost(getWindow: () => BrowserWindow | null): BackendHost {
  const window = () => {
    const w = getWindow();
    return w && !w.isDestroyed() ? w : null;
  };
  return {
    async chooseSavePath(suggestedFileName, filter) {
      const options: SaveDialogOptions = {
        title: 'Save report',
        defaultPath: path.join(app.getPath('documents'), suggestedFileName),
        filters: [filter],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const w = window();
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFile(filter) {
      const options: OpenDialogOptions = {
        title: `Choose ${filter.name.toLowerCase()}`,
        defaultPath: app.getPath('documents'),
        filters: [filter],
        properties: ['openFile'],
      };
      const w = window();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder(title) {
      const options: OpenDialogOptions = {
        title,
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const w = window();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenFiles(filter) {
      const options: OpenDialogOptions = {
        title: `Choose ${filter.name.toLowerCase()}`,
        defaultPath: app.getPath('documents'),
        filters: [filter],
        properties: ['openFile', 'multiSelections'],
      };
      const w = window();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    // The backend passes only paths it wrote (from the export history); openPath resolves to '' or the system's error.
    openFile: (file) => shell.openPath(file),
    showInFolder: (file) => shell.showItemInFolder(file),
  };
}
