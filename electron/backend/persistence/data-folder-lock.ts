// One writer per data folder: a lock file naming the process that holds it. A second app (another copy, a portable
// install pointed at the same folder) is refused with where the first one runs; a lock left by a crashed process is taken
// over. Electron's single-instance lock cannot do this: it is per user profile, while the data folder can be chosen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../../common/errors';

export const LOCK_FILE_NAME = 'medlegal.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface DataFolderLock {
  /** Removes the lock file if it is still this process's; safe to call twice. */
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.since === 'string')
      return owner as LockOwner;
    return null;
  } catch {
    // Unreadable or half-written (a crash while writing it): nobody can be proven to hold it.
    return null;
  }
}

/** Whether the recorded owner still runs. On another computer (a shared network folder) it cannot be checked, so it counts. */
function ownerRuns(owner: LockOwner | null): owner is LockOwner {
  if (!owner) return false;
  if (owner.host !== os.hostname()) return true;
  return isAlive(owner.pid);
}

/** Takes the data folder's lock, or throws a message saying which process holds it. */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(me));
      } finally {
        fs.closeSync(fd);
      }
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          const owner = readOwner(file);
          if (owner?.pid === me.pid && owner.since === me.since) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (ownerRuns(owner)) throw lockedFailure(dataDir, owner);
      // Left by a process that is gone (a crash or a kill): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw lockedFailure(dataDir, readOwner(file));
}

function lockedFailure(dataDir: string, owner: LockOwner | null): AppFailure {
  const where = owner
    ? `${owner.pid === process.pid ? 'this same app' : `process ${owner.pid}`} on ${owner.host === os.hostname() ? 'this computer' : `the computer "${owner.host}"`}, since ${owner.since.slice(0, 16).replace('T', ' ')} UTC`
    : 'another copy of the app';
  return new AppFailure(
    'conflict',
    `MedLegal Writer is already open on the data folder ${dataDir} (${where}). Two copies writing one folder could lose ` +
      'work, so this one will not open it: close the other copy first, or choose another data folder.',
  );
}
