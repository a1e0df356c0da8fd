// Automatic backups into the folder the physician chose: a check soon after start (never holding up the start) and every
// hour; a due backup runs as the only backup or restore task, then the folder keeps the newest N files of the app's own
// name pattern. A missing folder (drive unplugged) is said plainly and retried at the next check.
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import type { AutomaticBackupStatus, BackupFrequency } from '../../common/ipc/backup.contract';
import type { BackendHost } from '../host';
import { logError } from '../log';
import type { Db } from '../persistence/open-database';
import { backupFileName, isBackupFileName } from './backup-names';
import { createScheduleStore, isDue, nextDueAt } from './backup-schedule';
import { readAutomaticRuns, saveAutomaticRuns } from './backup-state';

/** Schedules `check` and returns how to stop it; BackendOptions.automaticBackupTimer replaces it in tests. */
export type CheckTimer = (check: () => void) => () => void;

/** After start, once the window is up and the first screens have loaded; then hourly. */
const FIRST_CHECK_MS = 30_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

const defaultTimer: CheckTimer = (check) => {
  const first = setTimeout(check, FIRST_CHECK_MS);
  const hourly = setInterval(check, CHECK_EVERY_MS);
  // Timers alone never keep a closing backend (or a test run) alive.
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
};

export type CheckOutcome = 'off' | 'not-due' | 'busy' | 'folder-missing' | 'failed' | 'written';

interface AutomaticBackupsDeps {
  db: Db;
  dataDir: string;
  host: BackendHost;
  now: () => Date;
  /** Whether a backup or restore task runs now (the backup service's one-task rule). */
  busy: () => boolean;
  /** Writes one checked backup to `target` as the one backup task; an AppFailure 'conflict' when another started first. */
  write: (target: string, signal: AbortSignal) => Promise<{ createdAt: string }>;
  timer?: CheckTimer | undefined;
}

const RETRY = 'It is tried again at the next hourly check.';

export function createAutomaticBackups({ db, dataDir, host, now, busy, write, timer }: AutomaticBackupsDeps) {
  const store = createScheduleStore(db);
  const closing = new AbortController();
  let running: Promise<CheckOutcome> | null = null;
  let stopTimer: (() => void) | null = null;

  function status(): AutomaticBackupStatus {
    const schedule = store.read();
    const runs = readAutomaticRuns(dataDir);
    return { ...schedule, ...runs, nextDueAt: nextDueAt(schedule, runs.lastSuccess?.at ?? null, now())?.toISOString() ?? null };
  }

  const attempt = (ok: boolean, message: string, lastSuccess = readAutomaticRuns(dataDir).lastSuccess) =>
    saveAutomaticRuns(dataDir, { lastSuccess, lastAttempt: { at: now().toISOString(), ok, message } });

  async function runCheck(): Promise<CheckOutcome> {
    const schedule = store.read();
    const due = nextDueAt(schedule, readAutomaticRuns(dataDir).lastSuccess?.at ?? null, now());
    if (!due || !schedule.folder) return 'off';
    if (!isDue(due, now())) return 'not-due';
    if (busy()) return 'busy';
    const folder = schedule.folder;
    // Never created here: on an unplugged drive that would make the folder on the system disk instead.
    if (!isFolder(folder)) {
      attempt(false, `The backup folder ${folder} is not available (is the drive plugged in?). Nothing was backed up. ${RETRY}`);
      return 'folder-missing';
    }
    const fileName = backupFileName(now());
    const target = path.join(folder, fileName);
    try {
      const written = await write(target, closing.signal);
      const bytes = fs.statSync(target).size;
      const removed = pruneOldBackups(folder, schedule.keep, fileName);
      const pruned = removed === null ? ' Older backups could not be removed; check the folder.' : '';
      attempt(true, `Backed up and checked: ${fileName}.${pruned}`, { at: written.createdAt, fileName, bytes });
      return 'written';
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'conflict') return 'busy';
      if (closing.signal.aborted) return 'failed';
      if (!(error instanceof AppFailure)) logError('automatic backup', error);
      const why = error instanceof AppFailure ? error.message : 'The backup could not be written.';
      attempt(false, `${why} ${RETRY}`);
      return 'failed';
    }
  }

  /** One check: backs up when due. Concurrent calls share the check in progress. */
  const check = (): Promise<CheckOutcome> =>
    (running ??= runCheck()
      .catch((error: unknown) => {
        // Called from a timer: a failure (the data folder's disk full for the status file) is logged, never thrown.
        logError('automatic backup check', error);
        return 'failed' as const;
      })
      .finally(() => (running = null)));

  return {
    status,
    check,

    async chooseFolder(): Promise<AutomaticBackupStatus | null> {
      if (!host.chooseFolder) {
        throw new AppFailure(
          'invalid-input',
          'Choosing a folder is not available here. Set automatic backups in the desktop app.',
        );
      }
      const chosen = await host.chooseFolder('Choose the folder for automatic backups');
      if (!chosen) return null;
      const folder = path.resolve(chosen);
      const inData = path.relative(dataDir, folder);
      if (inData === '' || (!inData.startsWith('..') && !path.isAbsolute(inData))) {
        throw new AppFailure(
          'invalid-input',
          'That folder is inside the app’s own data folder, so a backup there would be lost with the data. Choose a folder on another drive.',
        );
      }
      const schedule = store.read();
      // Choosing a folder is asking for backups: "off" (the default before a folder) becomes daily.
      store.save({ ...schedule, folder, frequency: schedule.frequency === 'off' ? 'daily' : schedule.frequency });
      return status();
    },

    saveSchedule(frequency: BackupFrequency, keep: number): AutomaticBackupStatus {
      const schedule = store.read();
      if (frequency !== 'off' && !schedule.folder) {
        throw new AppFailure('invalid-input', 'Choose a folder for automatic backups first, then how often.');
      }
      store.save({ ...schedule, frequency, keep });
      return status();
    },

    start(): void {
      stopTimer ??= (timer ?? defaultTimer)(() => void check());
    },

    /** At close: no new checks; a backup being written stops at its next chunk (its temp file is removed). */
    async stop(): Promise<void> {
      stopTimer?.();
      closing.abort();
      await running;
    },
  };
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** Deletes the oldest of the app's backup files beyond `keep` (the one just written always stays); null when it failed. */
function pruneOldBackups(folder: string, keep: number, justWritten: string): number | null {
  try {
    const older = fs
      .readdirSync(folder)
      .filter((name) => isBackupFileName(name) && name !== justWritten)
      .sort()
      .reverse();
    let removed = 0;
    for (const name of older.slice(Math.max(0, keep - 1))) {
      const file = path.join(folder, name);
      // A folder or link that happens to carry the name is not a backup the app wrote.
      if (!fs.lstatSync(file).isFile()) continue;
      fs.rmSync(file);
      removed++;
    }
    return removed;
  } catch (error) {
    logError('removing older automatic backups', error);
    return null;
  }
}
