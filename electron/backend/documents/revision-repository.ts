// The rows of section_revisions: keep one (numbered per section), the newest's time, the list without content, one with
// its content (upgraded like a saved section), and the cap that drops the oldest ordinary revisions.
import { DOC_SCHEMA_VERSION, upgradeDocument } from '../../common/document/doc-version';
import type { RichDocument } from '../../common/document/doc-model';
import { revisionLabel, type RevisionKind, type RevisionSummary } from '../../common/document/revision-model';
import type { Db } from '../persistence/open-database';

interface SummaryRow {
  id: number;
  number: number;
  saved_at: string;
  author: string;
  kind: RevisionKind;
  signed_version: number | null;
  word_count: number;
}

export interface NewRevision {
  caseId: string;
  sectionId: string;
  savedAt: string;
  author: string;
  kind: RevisionKind;
  signedVersion: number | null;
  content: RichDocument;
  words: number;
}

const SUMMARY = 'id, number, saved_at, author, kind, signed_version, word_count';
const toSummary = (r: SummaryRow): RevisionSummary => ({
  id: r.id,
  number: r.number,
  savedAt: r.saved_at,
  author: r.author,
  words: r.word_count,
  label: revisionLabel(r.kind, r.signed_version),
});

export function createRevisionRepository(db: Db) {
  const insert = db.prepare(`INSERT INTO section_revisions
      (case_id, section_id, number, saved_at, author, kind, signed_version, doc_schema_version, content_json, word_count)
    VALUES (@caseId, @sectionId,
      (SELECT coalesce(max(number), 0) + 1 FROM section_revisions WHERE case_id = @caseId AND section_id = @sectionId),
      @savedAt, @author, @kind, @signedVersion, @version, @json, @words)`);
  const lastAt = db.prepare('SELECT max(saved_at) AS at FROM section_revisions WHERE case_id = ? AND section_id = ?');
  const list = db.prepare(`SELECT ${SUMMARY} FROM section_revisions WHERE case_id = ? AND section_id = ? ORDER BY number DESC`);
  const one = db.prepare(
    `SELECT ${SUMMARY}, doc_schema_version, content_json FROM section_revisions WHERE id = ? AND case_id = ? AND section_id = ?`,
  );
  const count = db.prepare('SELECT count(*) AS n FROM section_revisions WHERE case_id = ? AND section_id = ?');
  const dropOldest = db.prepare(`DELETE FROM section_revisions WHERE id IN (SELECT id FROM section_revisions
    WHERE case_id = ? AND section_id = ? AND kind = 'edit' ORDER BY number LIMIT ?)`);

  return {
    /** Keeps one revision; returns its id. */
    insert(r: NewRevision): number {
      const { content, words, ...rest } = r;
      const info = insert.run({ ...rest, version: DOC_SCHEMA_VERSION, json: JSON.stringify(content), words });
      return Number(info.lastInsertRowid);
    },
    lastKeptAt: (caseId: string, sectionId: string) => (lastAt.get(caseId, sectionId) as { at: string | null }).at,
    list: (caseId: string, sectionId: string) => (list.all(caseId, sectionId) as SummaryRow[]).map(toSummary),
    get(caseId: string, sectionId: string, id: number): (RevisionSummary & { content: RichDocument }) | null {
      const row = one.get(id, caseId, sectionId) as
        (SummaryRow & { doc_schema_version: number; content_json: string }) | undefined;
      if (!row) return null;
      return { ...toSummary(row), content: upgradeDocument(row.doc_schema_version, JSON.parse(row.content_json)) };
    },
    /** Drops the oldest ordinary revisions past `max` for the section. */
    cap(caseId: string, sectionId: string, max: number): void {
      const { n } = count.get(caseId, sectionId) as { n: number };
      if (n > max) dropOldest.run(caseId, sectionId, n - max);
    },
  };
}
