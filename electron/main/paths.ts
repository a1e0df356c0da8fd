// Where the app finds its data folder, its UI, and the Electron-ABI SQLite binding. Pure: callers pass
// Electron's paths and a file-exists check, so the rules are unit-tested without Electron.
import path from 'node:path';
import { DATA_DIR_ENV } from '../backend/backend-options';

/** MEDLEGAL_DATA_DIR (tests, portable installs) wins over Electron's per-user folder. */
export function resolveDataDir(env: Record<string, string | undefined>, userDataPath: string): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return override ? path.resolve(override) : userDataPath;
}

/** dist/renderer, next to dist/electron where the bundled main runs (inside app.asar when packaged). */
export function rendererRoot(mainBundleDir: string): string {
  return path.join(mainBundleDir, '..', 'renderer');
}

const ELECTRON_SQLITE_BINDING = path.join('native', 'electron', 'better_sqlite3.node');

/** The sample record PDFs, from app.asar.unpacked when packaged: the import's worker threads read them as real files. */
export function sampleRecordsDir(appPath: string): string {
  return path.join(appPath.replace(/app\.asar$/, 'app.asar.unpacked'), 'resources', 'sample-records');
}

/**
 * The better-sqlite3 binary built for Electron's ABI (scripts/electron-native.mjs, or the beforePack hook),
 * or undefined when there is none. Native files cannot be loaded from inside app.asar, so a packaged app
 * reads the copy electron-builder unpacked to app.asar.unpacked.
 */
export function findElectronSqliteBinding(appPath: string, exists: (file: string) => boolean): string | undefined {
  const unpackedRoot = appPath.replace(/app\.asar$/, 'app.asar.unpacked');
  const candidate = path.join(unpackedRoot, ELECTRON_SQLITE_BINDING);
  return exists(candidate) ? candidate : undefined;
}
