// Saving a case's list whole: upsert the given rows in order and delete the case's rows that are gone, so ids stay
// stable and references to them survive an edit. Used by every repository that saves lists of a case.
import type { Db } from './open-database';

export type Row = Record<string, unknown>;

/** Upserts rows in list order and removes the case's rows that are no longer in the list. */
export function syncCaseList(db: Db, table: string, columns: string[], caseId: string, rows: Row[]): void {
  const placeholders = columns.map((c) => `@${c}`).join(', ');
  const updates = columns
    .filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  const upsert = db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO UPDATE SET ${updates} WHERE ${table}.case_id = excluded.case_id`,
  );
  const keep = rows.map((r) => r.id as string);
  db.prepare(`DELETE FROM ${table} WHERE case_id = ? AND id NOT IN (SELECT value FROM json_each(?))`).run(
    caseId,
    JSON.stringify(keep),
  );
  rows.forEach((row) => upsert.run(row));
}

/** Refuses ids that belong to another case: an upsert must never take another case's row over. */
export function assertOwnIds(db: Db, table: string, caseId: string, ids: string[]): void {
  const foreign = db
    .prepare(`SELECT id FROM ${table} WHERE case_id != ? AND id IN (SELECT value FROM json_each(?))`)
    .all(caseId, JSON.stringify(ids));
  if (foreign.length) throw new Error(`ids of another case in ${table}`);
}
