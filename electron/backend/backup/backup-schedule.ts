// The automatic backups' schedule, stored with the settings (settings row 'backup-schedule'): the folder, how often and
// how many to keep; and when the next one is due, from the last one written.
import { z } from 'zod';
import { BACKUP_FREQUENCIES, KEEP_BACKUPS, type BackupFrequency } from '../../common/ipc/backup.contract';
import type { Db } from '../persistence/open-database';
import { createSettingsRepository } from '../settings/settings-repository';

export interface BackupSchedule {
  folder: string | null;
  frequency: BackupFrequency;
  keep: number;
}

const DEFAULT: BackupSchedule = { folder: null, frequency: 'off', keep: KEEP_BACKUPS.default };

const ScheduleSchema = z.object({
  folder: z.string().min(1).nullable(),
  frequency: z.enum(BACKUP_FREQUENCIES),
  keep: z.number().int().min(KEEP_BACKUPS.min).max(KEEP_BACKUPS.max),
});

const HOUR_MS = 60 * 60 * 1000;
const INTERVAL_MS: Record<Exclude<BackupFrequency, 'off'>, number> = { daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS };
/**
 * Checks come hourly from the app's start, not from the last backup; without this slack a daily backup that took a few
 * minutes would wait for the check after next and drift an hour later every day.
 */
const SLACK_MS = 10 * 60 * 1000;

export function createScheduleStore(db: Db) {
  const settings = createSettingsRepository(db);
  return {
    /** A row that does not parse (written by hand, or by a newer version) reads as the default: off. */
    read(): BackupSchedule {
      const row = settings.get('backup-schedule');
      if (!row?.json) return DEFAULT;
      try {
        return ScheduleSchema.parse(JSON.parse(row.json));
      } catch {
        return DEFAULT;
      }
    },
    save(schedule: BackupSchedule): void {
      settings.put('backup-schedule', JSON.stringify(ScheduleSchema.parse(schedule)));
    },
  };
}

/** When the next automatic backup is due: null when off; the first one is due at once. */
export function nextDueAt(schedule: BackupSchedule, lastSuccessAt: string | null, now: Date): Date | null {
  if (schedule.frequency === 'off' || !schedule.folder) return null;
  const last = lastSuccessAt ? Date.parse(lastSuccessAt) : NaN;
  // A last backup "in the future" (the clock was set back) would stop backups for good: treat it as due.
  if (Number.isNaN(last) || last > now.getTime()) return now;
  return new Date(last + INTERVAL_MS[schedule.frequency]);
}

/** Whether a check at `now` backs up (within the slack before the due time). */
export function isDue(due: Date, now: Date): boolean {
  return now.getTime() >= due.getTime() - SLACK_MS;
}
