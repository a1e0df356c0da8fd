// "Back up now…" and "Restore from backup…": one task at a time, with its progress for the Settings page. Restoring is
// staged for the next start (pending-restore.ts) because the database and the records workers are open while the app runs;
// before a restore is staged, the data as it is now is saved as an automatic backup beside the data folder.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import type { BackupPreview, BackupProgress, BackupStatus, BackupWritten, RestoreStaged } from '../../common/ipc/backup.contract';
import { PACKAGE_JSON_FILE } from '../backend-options';
import type { BackendHost } from '../host';
import { recordAudit } from '../audit/record-audit';
import { logError } from '../log';
import { reopenOptions, type Db } from '../persistence/open-database';
import type { BackupManifest } from './backup-format';
import { backupFileName, stamp } from './backup-names';
import { readLastBackup, saveLastBackup } from './backup-state';
import { createAutomaticBackups, type CheckTimer } from './automatic-backups';
import { discardPendingRestore, newStagingFolder, pendingRestoreInfo, stageRestore } from './pending-restore';
import { readBackup } from './read-backup';
import { writeBackup } from './write-backup';

const BACKUP_FILTER = { name: 'MedLegal Writer backup', extensions: ['zip'] };

interface BackupServiceDeps {
  db: Db;
  dataDir: string;
  host: BackendHost;
  now: () => Date;
  automaticTimer?: CheckTimer | undefined;
}

interface Staged {
  id: string;
  dir: string;
  fileName: string;
  manifest: BackupManifest;
}

/** "<data folder> backups" beside the data folder: on the same drive, outside what a restore replaces. */
const automaticBackupsFolder = (dataDir: string) => path.join(path.dirname(dataDir), `${path.basename(dataDir)} backups`);

/** The version each manifest names; a backup is still made when package.json cannot be read. */
function appVersion(): string {
  try {
    const { version } = JSON.parse(fs.readFileSync(PACKAGE_JSON_FILE, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function createBackupService({ db, dataDir, host, now, automaticTimer }: BackupServiceDeps) {
  let progress: BackupProgress | null = null;
  let staged: Staged | null = null;

  async function exclusive<T>(task: BackupProgress['task'], work: () => Promise<T>): Promise<T> {
    if (progress) {
      throw new AppFailure(
        'conflict',
        `A ${progress.task} is already running (${progress.step.toLowerCase()}). Wait until it finishes, then try again.`,
      );
    }
    progress = { task, step: 'Starting', done: 0, total: 0 };
    try {
      return await work();
    } finally {
      progress = null;
    }
  }
  const report = (step: string, done: number, total: number) => {
    if (progress) progress = { ...progress, step, done, total };
  };

  const write = async (target: string, signal?: AbortSignal) => {
    const manifest = await writeBackup({ db, dataDir, target, appVersion: appVersion(), now, onProgress: report, signal });
    recordAudit(db, { caseId: null, action: 'backup.created', detail: { fileName: path.basename(target), ...manifest.summary } });
    return manifest;
  };

  // Scheduled backups take the same one-task rule: never during "Back up now…" or a restore check.
  const automatic = createAutomaticBackups({
    db,
    dataDir,
    host,
    now,
    busy: () => progress !== null,
    write: (target, signal) => exclusive('backup', () => write(target, signal)),
    timer: automaticTimer,
  });

  const dropStaged = () => {
    if (staged) fs.rmSync(staged.dir, { recursive: true, force: true });
    staged = null;
  };

  return {
    status(): BackupStatus {
      return {
        lastBackup: readLastBackup(dataDir),
        restorePending: pendingRestoreInfo(dataDir),
        progress,
        automaticBackupsFolder: automaticBackupsFolder(dataDir),
        automatic: automatic.status(),
      };
    },

    automatic,

    create: () =>
      exclusive('backup', async (): Promise<BackupWritten> => {
        const target = await host.chooseSavePath(backupFileName(now()), BACKUP_FILTER);
        if (!target) return { filePath: null, bytes: 0, createdAt: '', caseCount: 0, recordFileCount: 0 };
        const manifest = await write(target);
        const bytes = fs.statSync(target).size;
        try {
          saveLastBackup(dataDir, { at: manifest.createdAt, fileName: path.basename(target), bytes });
        } catch (error) {
          // The backup itself is written and checked; only the "last backup" line is stale.
          logError('saving the last backup time', error);
        }
        return { filePath: target, bytes, createdAt: manifest.createdAt, ...manifest.summary };
      }),

    inspect: () =>
      exclusive('restore', async (): Promise<BackupPreview | null> => {
        if (!host.chooseOpenFile) {
          throw new AppFailure('invalid-input', 'Choosing a backup file is not available here. Restore from the desktop app.');
        }
        const file = await host.chooseOpenFile(BACKUP_FILTER);
        if (!file) return null;
        dropStaged();
        const dir = newStagingFolder(dataDir);
        const bytes = fs.statSync(file).size;
        try {
          const manifest = await readBackup(file, {
            extractTo: dir,
            database: reopenOptions(db),
            onProgress: (done) => report('Checking the backup', done, bytes),
          });
          staged = { id: randomUUID(), dir, fileName: path.basename(file), manifest };
          return {
            stagedId: staged.id,
            fileName: staged.fileName,
            createdAt: manifest.createdAt,
            appVersion: manifest.appVersion,
            bytes,
            ...manifest.summary,
          };
        } catch (error) {
          fs.rmSync(dir, { recursive: true, force: true });
          throw error;
        }
      }),

    restore: (stagedId: string) =>
      exclusive('restore', async (): Promise<RestoreStaged> => {
        const chosen = staged;
        if (!chosen || chosen.id !== stagedId) {
          throw new AppFailure('not-found', 'That backup is no longer ready to restore. Choose “Restore from backup…” again.');
        }
        const folder = automaticBackupsFolder(dataDir);
        const automaticBackup = path.join(folder, `Before restore ${stamp(now())}.zip`);
        try {
          fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
          await write(automaticBackup);
        } catch (error) {
          const why = error instanceof AppFailure ? error.message : 'the folder could not be created';
          throw new AppFailure(
            'io-error',
            `Nothing was restored: your current data must be backed up first, to ${folder}, and that failed (${why}) Make room there, then restore again.`,
          );
        }
        stageRestore(dataDir, chosen.dir, { backupCreatedAt: chosen.manifest.createdAt, fileName: chosen.fileName });
        staged = null;
        return { automaticBackup };
      }),

    cancelRestore(what: 'checked' | 'pending'): { cancelled: boolean } {
      if (progress) throw new AppFailure('conflict', 'Wait until the backup or restore check finishes, then cancel.');
      if (what === 'pending') return { cancelled: discardPendingRestore(dataDir) };
      const hadStaged = staged !== null;
      dropStaged();
      return { cancelled: hadStaged };
    },

    /** At close: an unconfirmed, unpacked backup is a private copy of patient data; it does not outlive the session. */
    close: () => automatic.stop().finally(dropStaged),
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
