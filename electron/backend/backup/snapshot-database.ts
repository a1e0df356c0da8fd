// The database snapshot a backup holds: VACUUM INTO through a read-only connection of its own (in WAL mode it reads
// one consistent snapshot while the app keeps writing), then what the manifest needs, read from the copy itself.
// Runs on the snapshot worker thread (snapshot-thread.ts), so copying a large database never stalls the app.
import { openDatabaseFile } from '../persistence/database-encryption';
import { readAppliedMigrationIds } from '../persistence/migrate';
import type { OpenDatabaseOptions } from '../persistence/open-database';

export interface SnapshotRequest {
  /** The live database file. */
  dbFile: string;
  /** Where the copy goes (a new file in the backup's work folder). */
  target: string;
  /** How the live database is opened (its key): the copy is written with the same cipher and key. */
  open: OpenDatabaseOptions;
}

export interface Snapshot {
  file: string;
  migrations: { id: number; name: string }[];
  caseCount: number;
  recordPaths: string[];
}

export function snapshotDatabase({ dbFile, target, open }: SnapshotRequest): Snapshot {
  const source = openDatabaseFile(dbFile, { ...open, readonly: true });
  try {
    // The app's writers hold their write lock only briefly; wait for one rather than fail the backup.
    source.pragma('busy_timeout = 5000');
    // VACUUM INTO writes the copy with the source's cipher and key (SQLite's backup API refuses an encrypted source).
    source.prepare('VACUUM INTO ?').run(target);
  } finally {
    source.close();
  }
  const copy = openDatabaseFile(target, open);
  try {
    // One self-contained file: a restore must not depend on a -wal file beside it.
    copy.pragma('journal_mode = DELETE');
    const ids = new Set(readAppliedMigrationIds(copy));
    const migrations = (
      copy.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[]
    ).filter((m) => ids.has(m.id));
    const { n } = copy.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number };
    const recordPaths = (
      copy.prepare('SELECT DISTINCT stored_path AS p FROM record_files ORDER BY p').all() as { p: string }[]
    ).map((r) => r.p);
    return { file: target, migrations, caseCount: n, recordPaths };
  } finally {
    copy.close();
  }
}
