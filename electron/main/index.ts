// Main-process lifecycle only: single instance, log file, security setup, backend start, IPC, window, menu, clean quit.
// Every decision lives in the small modules imported here; this file only calls them in order.
import { app, BrowserWindow, dialog, ipcMain, screen, session, shell, type Session } from 'electron';
import fs from 'node:fs';
import { createBackend, type Backend } from '../backend/create-backend';
import type { HandlerRegistry } from '../backend/ipc/handler-registry';
import { createFileSink, logError, logTiming, setLogSink } from '../backend/log';
import { sealedKeysInfo } from '../backend/persistence/key-recovery';
import { createUnlockableRegistry } from '../backend/security/locked-registry';
import { UNLOCK_HASH } from '../common/ipc/unlock-hash';
import { AppFailure } from '../common/errors';
import { MENU_COMMAND_CHANNEL } from '../common/ipc/menu-commands';
import { showAbout } from './about';
import { createElectronHost } from './host/electron-host';
import { registerIpc } from './ipc/register-ipc';
import { installMenu, RELEASES_URL } from './menu';
import { findElectronSqliteBinding, rendererRoot, resolveDataDir, sampleRecordsDir } from './paths';
import { APP_ENTRY_URL } from './security/app-origin';
import { registerAppSchemePrivileged, serveAppProtocol } from './security/app-protocol';
import { KeyUnavailable, loadDatabaseKey, protectDatabaseKey, unprotectedKeyWarning } from './security/database-key';
import { guardAllWebContents } from './security/navigation-guard';
import { enforceOffline } from './security/offline';
import { denyAllPermissions } from './security/permissions';
import { createSenderValidator } from './security/validate-sender';
import { startFailureDialog } from './start-failure';
import { createMainWindow } from './windows/main-window';
import { focusOnSecondLaunch } from './windows/second-instance';
import { readWindowState, restoredBounds, trackWindowState } from './windows/window-state';

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
  // The second launch's arguments are ignored on purpose (second-instance.ts says why).
  app.on(
    'second-instance',
    focusOnSecondLaunch(() => mainWindow),
  );
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
  const started = performance.now();
  // Errors and timings only (backend/log.ts), in the OS's logs folder, rotated at 1 MB.
  try {
    setLogSink(createFileSink(app.getPath('logs')));
  } catch (error) {
    logError('opening the log file', error);
  }
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
  const startBackend = (key: Buffer) => {
    backend = createBackend({
      dataDir,
      databaseKey: key,
      host: createElectronHost(() => mainWindow),
      sampleRecordsDir: sampleRecordsDir(app.getAppPath()),
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    return backend.registry;
  };
  let registry: HandlerRegistry;
  let entryUrl = devServerUrl ?? APP_ENTRY_URL;
  try {
    const { key, keptByOs } = loadDatabaseKey(dataDir);
    if (!keptByOs) void dialog.showMessageBox({ type: 'warning', ...unprotectedKeyWarning(dataDir) });
    registry = startBackend(key);
  } catch (error) {
    const info = error instanceof KeyUnavailable ? sealedKeysInfo(dataDir) : null;
    if (!info || (!info['recovery-key'] && !info.passphrase)) {
      failStart(error);
      return;
    }
    // The keychain cannot give the key, but the physician made a second way in: the window asks for it.
    registry = createUnlockableRegistry({
      dataDir,
      start: startBackend,
      protectKey: (key) => protectDatabaseKey(dataDir, key),
    });
    entryUrl += UNLOCK_HASH;
  }

  const isTrustedSender = createSenderValidator(devServerOrigin ? { devServerOrigin } : {});
  registerIpc(ipcMain, registry, isTrustedSender);
  installMenu({
    isMac: process.platform === 'darwin',
    isDev: Boolean(devServerUrl),
    actions: {
      command: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
      about: () => void showAbout(mainWindow, __dirname).catch((error: unknown) => logError('about box', error)),
      // Only when the user asks: the app itself never calls out (security/offline.ts); the browser shows the page.
      checkForUpdates: () =>
        void shell.openExternal(RELEASES_URL).catch((error: unknown) => logError('opening the release page', error)),
    },
  });
  const userData = app.getPath('userData');
  const saved = readWindowState(userData);
  mainWindow = createMainWindow({
    url: entryUrl,
    bounds: restoredBounds(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    ),
    maximized: saved?.maximized ?? false,
  });
  trackWindowState(mainWindow, userData, (error) => logError('saving the window position', error));
  mainWindow.on('closed', () => (mainWindow = null));
  logTiming('start-up', performance.now() - started);
}

/** Shows why the app cannot start and quits; the data file is left exactly as it was. */
function failStart(error: unknown): void {
  if (!(error instanceof AppFailure)) logError('start-up failed', error);
  const { title, message } = startFailureDialog(error, app.isPackaged);
  dialog.showErrorBox(title, message);
  const closing = backend;
  backend = null;
  void (closing?.close() ?? Promise.resolve()).finally(() => app.exit(1));
}
