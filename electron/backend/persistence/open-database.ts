// Opens the one SQLite file: refuses a database from a newer app version before touching it, encrypts a plain file an
// earlier version left, makes the file private, then sets the durability and privacy pragmas and runs pending migrations.
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import { encryptPlainDatabase, isPlainDatabaseFile, openDatabaseFile } from './database-encryption';
import { MIGRATIONS } from './migrations';
import { migrate, readAppliedMigrationIds } from './migrate';
import { preparePrivateFile } from './private-files';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better-sqlite3-multiple-ciphers .node built for the running ABI (Electron), see README "Native module". */
  nativeBinding?: string;
  /**
   * The data folder's random 256-bit key (Electron main keeps it with the OS, electron/main/security/database-key.ts).
   * Absent or null: a plain file (in-memory databases, schema tests, the benchmarks' plain baseline).
   */
  databaseKey?: Uint8Array | null;
}

/** How each open database was opened, so another connection to it (the records writer thread, a backup copy) can follow. */
const openedWith = new WeakMap<Db, OpenDatabaseOptions>();

export function reopenOptions(db: Db): OpenDatabaseOptions {
  return openedWith.get(db) ?? {};
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const key = file === ':memory:' ? null : (options.databaseKey ?? null);
  const dbOptions = {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(key ? { databaseKey: key } : {}),
  };
  if (file !== ':memory:' && fs.existsSync(file)) {
    if (key && isPlainDatabaseFile(file)) {
      refuseIfNewer(file, { ...dbOptions, databaseKey: null });
      encryptPlainDatabase(file, key, dbOptions);
    }
    refuseIfNewer(file, dbOptions);
  }
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Private before SQLite writes a byte; its -wal and -shm files take the database file's mode.
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (f === file || fs.existsSync(f)) preparePrivateFile(f);
  }

  const db = openDatabaseFile(file, dbOptions);
  openedWith.set(db, dbOptions);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Deleted rows are overwritten, not just unlinked, so a purged case leaves no name or claim number in the file; and
    // SQLite's temporary tables and sorts stay in memory instead of files in the system's temp folder.
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    migrate(db, MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Reads the applied migrations through a read-only handle, so a newer file is never modified. */
function refuseIfNewer(file: string, dbOptions: OpenDatabaseOptions): void {
  let probe: Db;
  try {
    probe = openDatabaseFile(file, { ...dbOptions, readonly: true });
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure(
      'invalid-file',
      `The data file ${path.basename(file)} could not be opened. Restore it from a backup or move it aside.`,
    );
  }
  try {
    const applied = readAppliedMigrationIds(probe);
    const ownTables = probe
      // An empty history table is what an earlier version's crash at first start left: still ours.
      .prepare(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'",
      )
      .get() as { n: number };
    // Tables but no migration history: another program's database. Migrating it would change someone else's file.
    if (applied.length === 0 && ownTables.n > 0) throw new Error('foreign database');
    const newest = MIGRATIONS[MIGRATIONS.length - 1]?.id ?? 0;
    const highest = applied.length ? Math.max(...applied) : 0;
    if (highest > newest) {
      throw new AppFailure(
        'invalid-file',
        `This data file was written by a newer version of MedLegal Writer (data version ${highest}; this app knows up to ${newest}). ` +
          'Install the newer version to open it. The file was not changed.',
      );
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    throw new AppFailure(
      'invalid-file',
      `The data file ${path.basename(file)} is not a MedLegal Writer database. Restore it from a backup.`,
    );
  } finally {
    probe.close();
  }
}
