// Main-process lifecycle only: single instance, security setup, backend start, IPC, window, menu, clean quit.
// Every decision lives in the small modules imported here; this file only calls them in order.
import { app, BrowserWindow, dialog, ipcMain, session, type Session } from 'electron';
import fs from 'node:fs';
import { createBackend, type Backend } from '../backend/create-backend';
import { AppFailure } from '../common/errors';
import { createElectronHost } from './host/electron-host';
import { registerIpc } from './ipc/register-ipc';
import { installMenu } from './menu';
import { findElectronSqliteBinding, rendererRoot, resolveDataDir } from './paths';
import { APP_ENTRY_URL } from './security/app-origin';
import { registerAppSchemePrivileged, serveAppProtocol } from './security/app-protocol';
import { guardAllWebContents } from './security/navigation-guard';
import { enforceOffline } from './security/offline';
import { denyAllPermissions } from './security/permissions';
import { createSenderValidator } from './security/validate-sender';
import { createMainWindow } from './windows/main-window';

// Development only: `MEDLEGAL_DEV_SERVER_URL=http://localhost:5173 electron .` loads the Vite dev server.
// A packaged app ignores it, so an environment variable can never point the real app at another origin.
const devServerUrl = app.isPackaged ? undefined : process.env.MEDLEGAL_DEV_SERVER_URL || undefined;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

app.enableSandbox(); // every renderer sandboxed, whatever a window's own options say
registerAppSchemePrivileged(); // must happen before 'ready'
guardAllWebContents(app);

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same SQLite file; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('session-created', secureSession);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!backend) return;
    // Closing stops import and OCR workers first, then checkpoints the WAL and releases the file; quit once done.
    event.preventDefault();
    const closing = backend;
    backend = null;
    void closing.close().finally(() => app.quit());
  });
  app.whenReady().then(start).catch(failStart);
}

function secureSession(ses: Session): void {
  denyAllPermissions(ses);
  enforceOffline(ses, devServerOrigin ? { devServerOrigin } : {});
}

function start(): void {
  secureSession(session.defaultSession);
  serveAppProtocol(session.defaultSession.protocol, rendererRoot(__dirname));

  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const nativeBinding = findElectronSqliteBinding(app.getAppPath(), fs.existsSync);
  if (!nativeBinding && app.isPackaged) {
    failStart(
      new AppFailure(
        'internal',
        'This installation is missing its database engine. Reinstall MedLegal Writer; your data was not changed.',
      ),
    );
    return;
  }
  try {
    backend = createBackend({
      dataDir,
      host: createElectronHost(() => mainWindow),
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    failStart(error);
    return;
  }

  const isTrustedSender = createSenderValidator(devServerOrigin ? { devServerOrigin } : {});
  registerIpc(ipcMain, backend.registry, isTrustedSender);
  installMenu({ isMac: process.platform === 'darwin', isDev: Boolean(devServerUrl) });
  mainWindow = createMainWindow({ url: devServerUrl ?? APP_ENTRY_URL });
  mainWindow.on('closed', () => (mainWindow = null));
}

/** Shows why the app cannot start and quits; the data file is left exactly as it was. */
function failStart(error: unknown): void {
  const message =
    error instanceof AppFailure
      ? error.message
      : isAbiMismatch(error)
        ? 'The database engine was built for a different runtime. Run "npm start" (it builds the Electron copy with ' +
          'scripts/electron-native.mjs) or reinstall the app.'
        : 'MedLegal Writer could not start. Your data was not changed. Restart the app, and reinstall it if this keeps happening.';
  if (!(error instanceof AppFailure))
    console.error(`[medlegal] start-up failed: ${error instanceof Error ? error.name : typeof error}`);
  dialog.showErrorBox(
    error instanceof AppFailure ? 'MedLegal Writer cannot open your data' : 'MedLegal Writer could not start',
    message,
  );
  const closing = backend;
  backend = null;
  void (closing?.close() ?? Promise.resolve()).finally(() => app.exit(1));
}

function isAbiMismatch(error: unknown): boolean {
  return error instanceof Error && /NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(error.message);
}
