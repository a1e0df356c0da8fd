// Rows of the cases table ↔ CaseRecord. Prepared statements only; no SQL outside persistence code.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/record-audit';
import type { Db } from '../persistence/open-database';
import type { CaseFields, CaseRecord, TemplateRef } from '../../common/case/case-model';

interface CaseRow {
  id: string;
  examinee_name: string;
  date_of_birth: string | null;
  claim_number: string;
  employer: string;
  claims_administrator: string;
  report_kind: 'QME' | 'IME';
  exam_date: string | null;
  template_id: string;
  template_version: number;
  status: CaseRecord['status'];
  created_at: string;
  updated_at: string;
}

const toRecord = (r: CaseRow): CaseRecord => ({
  id: r.id,
  examineeName: r.examinee_name,
  dateOfBirth: r.date_of_birth,
  claimNumber: r.claim_number,
  employer: r.employer,
  claimsAdministrator: r.claims_administrator,
  reportKind: r.report_kind,
  examDate: r.exam_date,
  template: { id: r.template_id, version: r.template_version },
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const fieldParams = (f: CaseFields) => ({
  examinee_name: f.examineeName,
  date_of_birth: f.dateOfBirth,
  claim_number: f.claimNumber,
  employer: f.employer,
  claims_administrator: f.claimsAdministrator,
  report_kind: f.reportKind,
  exam_date: f.examDate,
});

/** The trigram index needs this many characters; a shorter search scans the cases instead. */
const TRIGRAM = 3;
/** The user's text as one FTS5 phrase: every character literal (quotes doubled), matched as a substring. */
const phrase = (query: string) => `"${query.replace(/"/g, '""')}"`;

/** LIKE pattern for a user's search text, with the wildcards they typed taken literally. */
const likePattern = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createCaseRepository(db: Db) {
  const insert = db.prepare(`INSERT INTO cases (id, examinee_name, date_of_birth, claim_number, employer, claims_administrator,
      report_kind, exam_date, template_id, template_version, created_at, updated_at)
    VALUES (@id, @examinee_name, @date_of_birth, @claim_number, @employer, @claims_administrator, @report_kind, @exam_date,
      @template_id, @template_version, @now, @now)`);
  const update =
    db.prepare(`UPDATE cases SET examinee_name = @examinee_name, date_of_birth = @date_of_birth, claim_number = @claim_number,
      employer = @employer, claims_administrator = @claims_administrator, report_kind = @report_kind, exam_date = @exam_date,
      updated_at = @now WHERE id = @id`);
  // A case in the trash (deleted_at set) is invisible to everything but restore and purge.
  const byId = db.prepare('SELECT * FROM cases WHERE id = ? AND deleted_at IS NULL');
  const search = db.prepare(`SELECT * FROM cases
    WHERE deleted_at IS NULL AND (@q = '' OR examinee_name LIKE @pattern ESCAPE '\\' OR claim_number LIKE @pattern ESCAPE '\\')
    ORDER BY updated_at DESC`);
  // Three characters or more: the trigram index (migration 0012) finds the part of a name or claim number, in any case.
  const indexedSearch = db.prepare(`SELECT * FROM cases
    WHERE deleted_at IS NULL AND id IN (SELECT case_id FROM cases_search WHERE cases_search MATCH @match)
    ORDER BY updated_at DESC`);
  const rebuildSearch = db.prepare(`INSERT INTO cases_search (cases_search) VALUES ('rebuild')`);
  const trash = db.prepare('UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const untrash = db.prepare('UPDATE cases SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  const purge = db.prepare('DELETE FROM cases WHERE deleted_at IS NOT NULL');
  const trashed = db.prepare('SELECT id FROM cases WHERE deleted_at IS NOT NULL').pluck();
  const touch = db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?');
  const setStatus = db.prepare('UPDATE cases SET status = ?, updated_at = ? WHERE id = ?');

  return {
    create(fields: CaseFields, template: TemplateRef, id: string = randomUUID()): CaseRecord {
      insert.run({
        id,
        now: new Date().toISOString(),
        template_id: template.id,
        template_version: template.version,
        ...fieldParams(fields),
      });
      recordAudit(db, { caseId: id, action: 'case.created', detail: { reportKind: fields.reportKind, template: template.id } });
      return this.get(id)!;
    },
    update(id: string, fields: CaseFields): CaseRecord | null {
      const info = update.run({ id, now: new Date().toISOString(), ...fieldParams(fields) });
      if (info.changes) recordAudit(db, { caseId: id, action: 'case.updated' });
      return info.changes ? this.get(id) : null;
    },
    get(id: string): CaseRecord | null {
      const row = byId.get(id) as CaseRow | undefined;
      return row ? toRecord(row) : null;
    },
    list(query: string): CaseRecord[] {
      const q = query.trim();
      const rows =
        [...q].length >= TRIGRAM ? indexedSearch.all({ match: phrase(q) }) : search.all({ q, pattern: likePattern(q) });
      return (rows as CaseRow[]).map(toRecord);
    },
    touch(id: string): void {
      touch.run(new Date().toISOString(), id);
    },
    setStatus(id: string, status: CaseRecord['status']): void {
      setStatus.run(status, new Date().toISOString(), id);
    },
    /** Moves the case to the trash; restore() brings it back until purgeDeleted() runs. */
    delete(id: string): boolean {
      const done = trash.run(new Date().toISOString(), id).changes > 0;
      if (done) recordAudit(db, { caseId: id, action: 'case.deleted' });
      return done;
    },
    restore(id: string): CaseRecord | null {
      const done = untrash.run(id).changes > 0;
      if (done) recordAudit(db, { caseId: id, action: 'case.restored' });
      return done ? this.get(id) : null;
    },
    /** Removes the cases in the trash for good, with everything that cascades from them. Returns how many. */
    purgeDeleted(): number {
      // Each purged case's audit chain stays (not a foreign key) and ends with its purge, in the same transaction.
      const purged = db.transaction(() => {
        for (const id of trashed.all() as string[]) recordAudit(db, { caseId: id, action: 'case.purged' });
        return purge.run().changes;
      })();
      // The search index keeps a deleted row's words until its segments merge; rebuilt, the purged names are gone.
      if (purged > 0) rebuildSearch.run();
      return purged;
    },
  };
}
export type CaseRepository = ReturnType<typeof createCaseRepository>;
