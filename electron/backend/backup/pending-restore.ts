// Restore happens at the next start, before the database opens: the checked backup waits unpacked in the data folder
// (.restore-pending), and start-up swaps it in item by item. Each step can be repeated, so a crash during the swap is
// finished by the next start; the replaced items wait in .restore-replaced until every new one is in place.
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import { DATABASE_FILE_NAME } from '../backend-options';
import { RESTORED_FOLDERS } from './backup-format';

const PENDING = '.restore-pending';
const REPLACED = '.restore-replaced';
const STAGING_PREFIX = '.restore-staging-';
const WORK_PREFIX = '.backup-work-';
const PENDING_INFO = 'restore.json';

export interface PendingRestoreInfo {
  backupCreatedAt: string;
  fileName: string;
}

/** A new private folder in the data folder to unpack a backup into (same disk, so staging it is one rename). */
export const newStagingFolder = (dataDir: string) => fs.mkdtempSync(path.join(dataDir, STAGING_PREFIX));

/** Makes an unpacked, checked backup the restore of the next start (replacing one staged before). */
export function stageRestore(dataDir: string, stagingDir: string, info: PendingRestoreInfo): void {
  // Empty folders too: a backup without templates restores to no templates, not to the templates there are now.
  for (const folder of RESTORED_FOLDERS) fs.mkdirSync(path.join(stagingDir, folder), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(stagingDir, PENDING_INFO), JSON.stringify(info), { mode: 0o600 });
  discardPendingRestore(dataDir);
  fs.renameSync(stagingDir, path.join(dataDir, PENDING));
}

export function discardPendingRestore(dataDir: string): boolean {
  const pending = path.join(dataDir, PENDING);
  if (!fs.existsSync(pending)) return false;
  fs.rmSync(pending, { recursive: true, force: true });
  return true;
}

export function pendingRestoreInfo(dataDir: string): PendingRestoreInfo | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, PENDING, PENDING_INFO), 'utf8')) as PendingRestoreInfo;
  } catch {
    return null;
  }
}

/**
 * Run at start, holding the data folder's lock and before the database opens. Removes what an interrupted backup or
 * restore check left (private copies of the data), then swaps a staged restore in. Returns whether it restored.
 */
export function applyPendingRestore(dataDir: string, rename: (from: string, to: string) => void = fs.renameSync): boolean {
  try {
    return swapInPendingRestore(dataDir, rename);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new AppFailure(
      'io-error',
      `The restore from backup could not be finished (${code}). Nothing was lost: start the app again to finish it; if this keeps happening, check that the data folder ${dataDir} is writable.`,
    );
  }
}

function swapInPendingRestore(dataDir: string, rename: (from: string, to: string) => void): boolean {
  for (const name of fs.readdirSync(dataDir)) {
    if (name.startsWith(STAGING_PREFIX) || name.startsWith(WORK_PREFIX)) {
      fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
    }
  }
  const pending = path.join(dataDir, PENDING);
  if (!fs.existsSync(pending)) return false;
  const replaced = path.join(dataDir, REPLACED);
  fs.mkdirSync(replaced, { recursive: true, mode: 0o700 });
  const moveAside = (name: string) => {
    const current = path.join(dataDir, name);
    if (!fs.existsSync(current)) return;
    fs.rmSync(path.join(replaced, name), { recursive: true, force: true });
    rename(current, path.join(replaced, name));
  };
  if (fs.existsSync(path.join(pending, DATABASE_FILE_NAME))) {
    // The old -wal must go with the old database: SQLite would replay it into the restored file.
    for (const suffix of ['', '-wal', '-shm', '-journal']) moveAside(`${DATABASE_FILE_NAME}${suffix}`);
    rename(path.join(pending, DATABASE_FILE_NAME), path.join(dataDir, DATABASE_FILE_NAME));
  }
  for (const folder of RESTORED_FOLDERS) {
    if (!fs.existsSync(path.join(pending, folder))) continue;
    moveAside(folder);
    rename(path.join(pending, folder), path.join(dataDir, folder));
  }
  fs.rmSync(pending, { recursive: true, force: true });
  fs.rmSync(replaced, { recursive: true, force: true });
  return true;
}
