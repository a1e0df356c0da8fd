// Help → About MedLegal Writer: the version, the runtime's versions, the copyright, and the third-party licence notices
// (scripts/third-party-notices.mjs writes them at build time), opened in the system's text viewer on request.
import { app, dialog, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import path from 'node:path';

const NOTICES_FILE = 'third-party-notices.txt';

/** The notices beside main.cjs, read from app.asar.unpacked when packaged: another program opens them. */
export function noticesPath(mainBundleDir: string): string {
  return path.join(mainBundleDir.replace(/([\\/])app\.asar(?=[\\/])/, '$1app.asar.unpacked'), NOTICES_FILE);
}

export function aboutText(info: { version: string; versions: NodeJS.ProcessVersions }): { message: string; detail: string } {
  const { versions } = info;
  return {
    message: `MedLegal Writer ${info.version}`,
    detail: [
      `Version ${info.version}`,
      `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node ${versions.node}`,
      '',
      'Copyright © 2026 MedLegal Writer. All rights reserved.',
      'Works offline: your cases stay on this computer.',
      '',
      'This app includes open-source software under its own licences; choose Third-Party Notices to read them.',
    ].join('\n'),
  };
}

export async function showAbout(window: BrowserWindow | null, mainBundleDir: string): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'info',
    title: 'About MedLegal Writer',
    ...aboutText({ version: app.getVersion(), versions: process.versions }),
    buttons: ['OK', 'Third-Party Notices'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  if (response === 1) {
    const failure = await shell.openPath(noticesPath(mainBundleDir));
    if (failure) dialog.showErrorBox('Third-party notices', `The notices could not be opened: ${failure}`);
  }
}
