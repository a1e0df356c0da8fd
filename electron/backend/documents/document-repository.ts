// Section documents (Slate JSON) per case, stored with their document-schema version.
import type { Db } from '../persistence/open-database';
import { DOC_SCHEMA_VERSION, upgradeDocument } from '../../common/document/doc-version';
import type { RichDocument } from '../../common/document/doc-model';

interface DocumentRow {
  doc_schema_version: number;
  content_json: string;
  updated_at: string;
}

export function createDocumentRepository(db: Db) {
  const get = db.prepare(
    'SELECT doc_schema_version, content_json, updated_at FROM section_documents WHERE case_id = ? AND section_id = ?',
  );
  const all = db.prepare(
    'SELECT section_id, doc_schema_version, content_json, updated_at FROM section_documents WHERE case_id = ?',
  );
  const upsert = db.prepare(`INSERT INTO section_documents (case_id, section_id, doc_schema_version, content_json, updated_at)
    VALUES (@caseId, @sectionId, @version, @json, @now)
    ON CONFLICT (case_id, section_id) DO UPDATE SET doc_schema_version = excluded.doc_schema_version,
      content_json = excluded.content_json, updated_at = excluded.updated_at`);

  return {
    get(caseId: string, sectionId: string): { content: RichDocument; updatedAt: string } | null {
      const row = get.get(caseId, sectionId) as DocumentRow | undefined;
      if (!row) return null;
      return { content: upgradeDocument(row.doc_schema_version, JSON.parse(row.content_json)), updatedAt: row.updated_at };
    },
    /** Every saved section of a case, upgraded and validated; keyed by section id. */
    allForCase(caseId: string): Map<string, RichDocument> {
      const rows = all.all(caseId) as (DocumentRow & { section_id: string })[];
      return new Map(rows.map((r) => [r.section_id, upgradeDocument(r.doc_schema_version, JSON.parse(r.content_json))]));
    },
    /** Every saved section of a case with when it was saved, in section-id order. */
    listForCase(caseId: string): { sectionId: string; content: RichDocument; updatedAt: string }[] {
      const rows = all.all(caseId) as (DocumentRow & { section_id: string })[];
      return rows
        .map((r) => ({
          sectionId: r.section_id,
          content: upgradeDocument(r.doc_schema_version, JSON.parse(r.content_json)),
          updatedAt: r.updated_at,
        }))
        .sort((a, b) => a.sectionId.localeCompare(b.sectionId));
    },
    save(caseId: string, sectionId: string, content: RichDocument): string {
      const now = new Date().toISOString();
      upsert.run({ caseId, sectionId, version: DOC_SCHEMA_VERSION, json: JSON.stringify(content), now });
      return now;
    },
    /** Saves several sections in one transaction: all of them or, on any failure, none. */
    saveMany(caseId: string, docs: { sectionId: string; content: RichDocument }[]): string {
      const now = new Date().toISOString();
      db.transaction(() => {
        for (const d of docs)
          upsert.run({ caseId, sectionId: d.sectionId, version: DOC_SCHEMA_VERSION, json: JSON.stringify(d.content), now });
      })();
      return now;
    },
  };
}
export type DocumentRepository = ReturnType<typeof createDocumentRepository>;
