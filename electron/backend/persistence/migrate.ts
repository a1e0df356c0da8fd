// Runs numbered, append-only migrations, each inside its own transaction.
// The applied ids must be an exact prefix of the known list; anything else means the file and the app disagree.
import type Database from 'better-sqlite3';
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

export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
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
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations.slice(applied.length)) {
    db.transaction(() => {
      m.up(db);
      record.run(m.id, m.name, new Date().toISOString());
    })();
    ran.push(m.id);
  }
  db.pragma(`user_version = ${migrations[migrations.length - 1]?.id ?? 0}`);
  return ran;
}
