// Migrations survive a crash at any statement: a failure injected before each statement of every migration (first start
// included) leaves a file the next start opens and finishes migrating; and real SIGKILLs of a first start do the same.
// The database is encrypted, as the app opens it (the key's own statements are among those interrupted).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/backend/persistence/migrations';
import { readAppliedMigrationIds } from '../../../electron/backend/persistence/migrate';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';
import { countStatements } from './statement-counter';
import { tempDatabaseFile, type TempData } from './temp-database';

const ALL = MIGRATIONS.map((m) => m.id);
const KEYED = { databaseKey: TEST_DATABASE_KEY };
const temps: TempData[] = [];
afterEach(() => temps.splice(0).forEach((t) => t.remove()));
const temp = () => {
  const t = tempDatabaseFile();
  temps.push(t);
  return t;
};

/** How many statements a first start runs, counted on a throw-away file. */
function statementsOfFirstStart(): number {
  let count = 0;
  const undo = countStatements(Database.prototype, () => count++);
  try {
    openDatabase(temp().file, KEYED).close();
  } finally {
    undo();
  }
  return count;
}

/** Opens the file as the next start does and says which migrations it now has. */
function nextStart(file: string): number[] {
  const db = openDatabase(file, KEYED);
  try {
    return readAppliedMigrationIds(db);
  } finally {
    db.close();
  }
}

describe('a crash during migration', () => {
  const total = statementsOfFirstStart();

  it('counts the statements it injects into', () => expect(total).toBeGreaterThan(MIGRATIONS.length));

  it('at any statement of a first start leaves a file the next start opens and migrates fully', () => {
    for (let k = 1; k <= total; k++) {
      const t = temp();
      const undo = countStatements(Database.prototype, (n) => {
        if (n === k) throw new Error(`crash before statement ${k}`);
      });
      try {
        expect(() => openDatabase(t.file, KEYED).close(), `statement ${k}`).toThrow(`crash before statement ${k}`);
      } finally {
        undo();
      }
      expect(nextStart(t.file), `after a crash before statement ${k}`).toEqual(ALL);
    }
  });

  it.each([1, 2, total])('when killed (SIGKILL) before statement %i of a first start', (k) => {
    const t = temp();
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'migrate-kill-child.ts'), t.file, String(k)],
      {
        encoding: 'utf8',
      },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(nextStart(t.file)).toEqual(ALL);
  });
});
