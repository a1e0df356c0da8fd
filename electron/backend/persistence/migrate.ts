// Runs numbered, append-only migrations, each inside its own transaction.
// The applied ids must be an exact prefix of the known list; anything else means the file and the app disagree.
import type Database from 'better-sqlite3-multiple-ciphers';
import { AppFailure } from '../../common/errors';

export interface Migration {
  id: number;
  name: string;
  up: (db: Database.Database) => void;
}

export function readAppliedMigrationIds(db: Database.Database): number[] {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return [];
  return (db.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

const CREATE_HISTORY =
  'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';

export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  const applied = readAppliedMigrationIds(db);
  applied.forEach((id, i) => {
    if (migrations[i]?.id !== id) {
      throw new AppFailure(
        'invalid-file',
        'The data file’s history does not match this version of MedLegal Writer. It was not changed.',
      );
    }
  });
  const ran: number[] = [];
  for (const m of migrations.slice(applied.length)) {
    // The history table is made in the same transaction as the first migration: a crash at first start leaves an empty
    // file (a fresh start next time), never a file with a table and no history, which would read as another program's.
    db.transaction(() => {
      db.exec(CREATE_HISTORY);
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        m.id,
        m.name,
        new Date().toISOString(),
      );
    })();
    ran.push(m.id);
  }
  db.pragma(`user_version = ${migrations[migrations.length - 1]?.id ?? 0}`);
  return ran;
}
