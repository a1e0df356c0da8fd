// Channels for backing up and restoring the whole data folder from Settings. Files are chosen in the host's dialogs; the
// page names a staged restore by the id the backend gave it, never by a path. Restoring finishes at the next start.
import { z } from 'zod';
import { channel } from './channel';

export interface BackupProgress {
  task: 'backup' | 'restore';
  /** What the task is doing now, as the physician reads it ("Copying records files"). */
  step: string;
  done: number;
  total: number;
}

export interface BackupStatus {
  /** The last backup the physician made ("Back up now…"), null before the first. */
  lastBackup: { at: string; fileName: string; bytes: number } | null;
  /** A restore waiting for the next start, null when none. */
  restorePending: { backupCreatedAt: string; fileName: string } | null;
  /** The task running now, null when idle. */
  progress: BackupProgress | null;
  /** Where the automatic backup taken before each restore goes. */
  automaticBackupsFolder: string;
  /** Scheduled backups to a folder the physician chose (Settings → Backups → Automatic backups). */
  automatic: AutomaticBackupStatus;
}

export const BACKUP_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type BackupFrequency = (typeof BACKUP_FREQUENCIES)[number];
export const KEEP_BACKUPS = { min: 1, max: 100, default: 10 } as const;

export interface AutomaticBackupStatus {
  /** Chosen in the host's folder picker, never typed on the page; null before one is chosen. */
  folder: string | null;
  frequency: BackupFrequency;
  /** How many automatic backups the folder keeps; older ones (of the app's file name pattern only) are deleted. */
  keep: number;
  /** The last automatic backup written, null before the first. */
  lastSuccess: { at: string; fileName: string; bytes: number } | null;
  /** The last check that tried to back up: its time and, when it failed, what went wrong and what to do. */
  lastAttempt: { at: string; ok: boolean; message: string } | null;
  /** When the next automatic backup is due (it runs at the first check from then on); null when off. */
  nextDueAt: string | null;
}

export interface BackupWritten {
  /** null when the save dialog was cancelled. */
  filePath: string | null;
  bytes: number;
  createdAt: string;
  caseCount: number;
  recordFileCount: number;
}

/** A backup file that was read completely, every hash checked and its database opened: what restoring it would bring. */
export interface BackupPreview {
  stagedId: string;
  fileName: string;
  createdAt: string;
  appVersion: string;
  caseCount: number;
  recordFileCount: number;
  bytes: number;
}

export interface RestoreStaged {
  /** The automatic backup of the data as it was before restoring. */
  automaticBackup: string;
}

export const backupContract = {
  'backup:status': channel(z.object({})).returns<BackupStatus>(),
  /** Asks where to save, writes one verified backup file there; null path when cancelled. */
  'backup:create': channel(z.object({})).returns<BackupWritten>(),
  /** Asks for a backup file and checks it completely; null when the dialog was cancelled. Nothing is replaced yet. */
  'backup:inspect': channel(z.object({})).returns<BackupPreview | null>(),
  /** After the physician confirmed: backs up the current data, then stages the checked backup for the next start. */
  'backup:restore': channel(z.object({ stagedId: z.uuid() })).returns<RestoreStaged>(),
  /** Drops a checked backup the physician did not confirm ('checked'), or the restore waiting for the next start ('pending'). */
  'backup:cancelRestore': channel(z.object({ what: z.enum(['checked', 'pending']) })).returns<{ cancelled: boolean }>(),
  /** Asks for the automatic backups' folder in the host's folder picker; null when cancelled. */
  'backup:chooseAutomaticFolder': channel(z.object({})).returns<AutomaticBackupStatus | null>(),
  /** How often automatic backups run and how many are kept. */
  'backup:saveSchedule': channel(
    z.object({
      frequency: z.enum(BACKUP_FREQUENCIES),
      keep: z
        .number()
        .int('Keep a whole number of backups.')
        .min(KEEP_BACKUPS.min, `Keep at least ${KEEP_BACKUPS.min} backup.`)
        .max(KEEP_BACKUPS.max, `Keep at most ${KEEP_BACKUPS.max} backups.`),
    }),
  ).returns<AutomaticBackupStatus>(),
};
