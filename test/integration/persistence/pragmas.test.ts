// The durability and privacy settings every connection gets: WAL, enforced foreign keys, synchronous=FULL (a report
// that was "Saved" survives a power cut), deleted data overwritten and temporary data kept in memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/persistence/open-database';
import { tempDatabaseFile, type TempData } from './temp-database';

let temp: TempData;
let db: Db;
beforeAll(() => {
  temp = tempDatabaseFile();
  db = openDatabase(temp.file);
});
afterAll(() => {
  db.close();
  temp.remove();
});

describe('database pragmas', () => {
  it.each([
    ['journal_mode', 'wal'],
    ['foreign_keys', 1],
    ['synchronous', 2], // 2 = FULL
    ['secure_delete', 1], // deleted rows are overwritten: a purged case leaves no trace in the file
    ['temp_store', 2], // 2 = MEMORY: no SQLite temp files in the system's temp folder
  ])('%s is %s', (pragma, value) => {
    expect(db.pragma(pragma, { simple: true })).toBe(value);
  });

  it('waits for a busy file instead of failing at once', () => {
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  it('enforces foreign keys: a document cannot belong to a case that does not exist', () => {
    expect(() =>
      db
        .prepare(
          "INSERT INTO section_documents (case_id, section_id, doc_schema_version, content_json, updated_at) VALUES ('missing', 'narrative', 1, '[]', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
