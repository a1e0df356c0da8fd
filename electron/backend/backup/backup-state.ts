// The last backup the physician made and the last automatic backup (and attempt), kept in a small file in the data
// folder (not in the database, so restoring an older backup does not bring back an older "last backup" time).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import type { AutomaticBackupStatus, BackupStatus } from '../../common/ipc/backup.contract';

type LastBackup = NonNullable<BackupStatus['lastBackup']>;
export type AutomaticRuns = Pick<AutomaticBackupStatus, 'lastSuccess' | 'lastAttempt'>;

const STATE_FILE = 'backup-state.json';

const Written = z.object({ at: z.string(), fileName: z.string(), bytes: z.number() });
const StateSchema = z.object({
  lastBackup: Written.nullable().catch(null).default(null),
  automatic: z
    .object({
      lastSuccess: Written.nullable().catch(null).default(null),
      lastAttempt: z.object({ at: z.string(), ok: z.boolean(), message: z.string() }).nullable().catch(null).default(null),
    })
    .catch({ lastSuccess: null, lastAttempt: null })
    .default({ lastSuccess: null, lastAttempt: null }),
});
type State = z.infer<typeof StateSchema>;

/** A missing or damaged file reads as "nothing yet": the status line is stale at worst, never an error. */
function readState(dataDir: string): State {
  try {
    return StateSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), 'utf8')));
  } catch {
    return StateSchema.parse({});
  }
}

function saveState(dataDir: string, change: Partial<State>): void {
  const next = { ...readState(dataDir), ...change };
  writeFileAtomic(path.join(dataDir, STATE_FILE), new TextEncoder().encode(JSON.stringify(next)));
}

export const readLastBackup = (dataDir: string): LastBackup | null => readState(dataDir).lastBackup;

export const saveLastBackup = (dataDir: string, lastBackup: LastBackup) => saveState(dataDir, { lastBackup });

export const readAutomaticRuns = (dataDir: string): AutomaticRuns => readState(dataDir).automatic;

export const saveAutomaticRuns = (dataDir: string, automatic: AutomaticRuns) => saveState(dataDir, { automatic });
