// A database the app cannot safely open is refused with a message a user can act on, and its bytes stay as they were:
// one written by a newer version of the app, and a file that is not SQLite at all or is damaged.
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/backend/persistence/migrations';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import { AppFailure } from '../../../electron/common/errors';
import { sha256, tempDatabaseFile, type TempData } from './temp-database';

let temp: TempData;
beforeEach(() => (temp = tempDatabaseFile()));
afterEach(() => temp.remove());

function refusal(file: string): AppFailure {
  try {
    openDatabase(file).close();
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw new Error(`expected an AppFailure, got ${String(error)}`);
  }
  throw new Error('expected the database to be refused, but it opened');
}

describe('a database from a newer version of the app', () => {
  beforeEach(() => {
    openDatabase(temp.file).close();
    const db = new Database(temp.file);
    const future = (MIGRATIONS.at(-1)?.id ?? 0) + 1;
    db.prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, 'from-the-future', '2099-01-01T00:00:00Z')").run(
      future,
    );
    db.exec('CREATE TABLE future_feature (x TEXT)');
    db.close();
  });

  it('is refused with a message that says what to do', () => {
    const error = refusal(temp.file);
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/newer version of MedLegal Writer/);
    expect(error.message).toMatch(/Install the newer version/);
    expect(error.message).toMatch(/not changed/);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('is left byte for byte as it was, however often the app tries', () => {
    const before = sha256(temp.file);
    refusal(temp.file);
    refusal(temp.file);
    expect(sha256(temp.file)).toBe(before);

    const db = new Database(temp.file, { readonly: true });
    try {
      const ids = (db.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
      expect(ids.at(-1)).toBe((MIGRATIONS.at(-1)?.id ?? 0) + 1);
    } finally {
      db.close();
    }
  });
});

describe('a file that is not a usable SQLite database', () => {
  const damaged: Array<[string, (file: string) => void]> = [
    ['a text file', (f) => fs.writeFileSync(f, 'Examinee notes, not a database.\n'.repeat(20))],
    ['random bytes', (f) => fs.writeFileSync(f, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 131 + 7) % 256)))],
    [
      'a database cut off after its header',
      (f) => {
        openDatabase(f).close();
        fs.writeFileSync(f, fs.readFileSync(f).subarray(0, 100));
      },
    ],
    [
      'a database whose pages were overwritten',
      (f) => {
        openDatabase(f).close();
        const bytes = fs.readFileSync(f);
        bytes.fill(0x41, 100);
        fs.writeFileSync(f, bytes);
      },
    ],
  ];

  it.each(damaged)('%s is refused with a clear message and left unchanged', (_name, make) => {
    make(temp.file);
    const before = sha256(temp.file);
    const error = refusal(temp.file);
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(/medlegal\.sqlite3/);
    expect(error.message).toMatch(/backup/i);
    expect(error.message).not.toMatch(/SQLITE_|\n\s+at /);
    expect(sha256(temp.file)).toBe(before);
  });
});

describe('another program’s SQLite database', () => {
  it('is refused without being migrated or changed', () => {
    const db = new Database(temp.file);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5);');
    db.close();
    const before = sha256(temp.file);
    const error = refusal(temp.file);
    expect(error.message).toMatch(/not a MedLegal Writer database/);
    expect(sha256(temp.file)).toBe(before);
  });
});
