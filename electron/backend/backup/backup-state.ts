// The last backup the physician made, kept in a small file in the data folder (not in the database, so restoring an
// older backup does not bring back an older "last backup" time).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackupStatus } from '../../common/ipc/backup.contract';

type LastBackup = NonNullable<BackupStatus['lastBackup']>;

const STATE_FILE = 'backup-state.json';

export function readLastBackup(dataDir: string): LastBackup | null {
  try {
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), 'utf8')) as { lastBackup?: LastBackup };
    const last = saved.lastBackup;
    return last && typeof last.at === 'string' && typeof last.fileName === 'string' && typeof last.bytes === 'number'
      ? last
      : null;
  } catch {
    return null;
  }
}

export function saveLastBackup(dataDir: string, lastBackup: LastBackup): void {
  writeFileAtomic(path.join(dataDir, STATE_FILE), new TextEncoder().encode(JSON.stringify({ lastBackup })));
}
