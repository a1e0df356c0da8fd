// Migrations run on an empty database and on every older version, keep the user's data, run each inside a
// transaction, and refuse a file whose migration history does not match this app.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, readAppliedMigrationIds, type Migration } from '../../../electron/backend/persistence/migrate';
import { MIGRATIONS } from '../../../electron/backend/persistence/migrations';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import { AppFailure } from '../../../electron/common/errors';
import { tempDatabaseFile, type TempData } from './temp-database';

const ALL_IDS = MIGRATIONS.map((m) => m.id);
let temp: TempData;
beforeEach(() => (temp = tempDatabaseFile()));
afterEach(() => temp.remove());

/** A database as an older app version left it: only the first `count` migrations, with one case in it. */
function buildOlderDatabase(file: string, count: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, MIGRATIONS.slice(0, count));
  // Columns of migration 0001 only, so this works for every older version.
  db.prepare(
    `INSERT INTO cases (id, examinee_name, date_of_birth, claim_number, employer, claims_administrator, report_kind, exam_date, created_at, updated_at)
     VALUES ('3f0c1b9e-3c55-4c47-9a55-0e8f2b1d7a10', 'Older Examinee', '1961-03-04', 'CLM-OLD', 'Acme', 'Admin', 'QME', '2023-01-02', '2023-01-02T00:00:00Z', '2023-01-02T00:00:00Z')`,
  ).run();
  db.prepare(
    `INSERT INTO section_documents (case_id, section_id, doc_schema_version, content_json, updated_at)
     VALUES ('3f0c1b9e-3c55-4c47-9a55-0e8f2b1d7a10', 'narrative', 1, ?, '2023-01-02T00:00:00Z')`,
  ).run(JSON.stringify([{ type: 'paragraph', children: [{ text: 'Written by an older version.' }] }]));
  db.close();
}

describe('migrations', () => {
  it('numbers migrations 1, 2, 3 … with no gaps or repeats', () => {
    expect(ALL_IDS).toEqual(ALL_IDS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('bring an empty database to the newest version', () => {
    const db = openDatabase(temp.file);
    try {
      expect(readAppliedMigrationIds(db)).toEqual(ALL_IDS);
      expect(db.pragma('user_version', { simple: true })).toBe(ALL_IDS.at(-1));
      expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('are idempotent: reopening runs nothing again', () => {
    openDatabase(temp.file).close();
    const db = openDatabase(temp.file);
    try {
      const rows = db.prepare('SELECT id FROM schema_migrations').all();
      expect(rows).toHaveLength(ALL_IDS.length);
    } finally {
      db.close();
    }
  });

  it.each(
    MIGRATIONS.slice(0, -1)
      .map((m, i) => [m.id, i + 1] as const)
      .concat(MIGRATIONS.length === 1 ? [[1, 1] as const] : []),
  )('upgrade a database left at version %i and keep its cases and documents', (_version, count) => {
    buildOlderDatabase(temp.file, count);
    const db = openDatabase(temp.file);
    try {
      expect(readAppliedMigrationIds(db)).toEqual(ALL_IDS);
      expect(db.prepare('SELECT examinee_name, claim_number FROM cases').all()).toEqual([
        { examinee_name: 'Older Examinee', claim_number: 'CLM-OLD' },
      ]);
      const doc = db.prepare('SELECT content_json FROM section_documents').get() as { content_json: string };
      expect(doc.content_json).toContain('Written by an older version.');
    } finally {
      db.close();
    }
  });

  it('apply a new migration to an existing database inside a transaction, and roll a failing one back', () => {
    buildOlderDatabase(temp.file, MIGRATIONS.length);
    const db = new Database(temp.file);
    try {
      const next = ALL_IDS.length + 1;
      const good: Migration = { id: next, name: 'test-add-table', up: (d) => d.exec('CREATE TABLE test_added (x TEXT)') };
      expect(migrate(db, [...MIGRATIONS, good])).toEqual([next]);

      const broken: Migration = {
        id: next + 1,
        name: 'test-broken',
        up: (d) => {
          d.exec('CREATE TABLE half_done (x TEXT)');
          d.exec('INSERT INTO no_such_table VALUES (1)');
        },
      };
      expect(() => migrate(db, [...MIGRATIONS, good, broken])).toThrow();
      expect(readAppliedMigrationIds(db)).toEqual([...ALL_IDS, next]);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
      expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  it('refuse a database whose history does not match this app, without changing it', () => {
    buildOlderDatabase(temp.file, 1);
    const db = new Database(temp.file);
    db.prepare("UPDATE schema_migrations SET id = 99, name = 'someone-else' WHERE id = 1").run();
    db.close();

    const refused = (() => {
      try {
        openDatabase(temp.file).close();
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AppFailure);
    expect((refused as AppFailure).code).toBe('invalid-file');
  });
});
