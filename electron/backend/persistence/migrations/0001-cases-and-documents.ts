// First schema: cases and their rich-text section documents.
import type { Migration } from '../migrate';

export const migration0001: Migration = {
  id: 1,
  name: 'cases-and-documents',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        examinee_name TEXT NOT NULL,
        date_of_birth TEXT,
        claim_number TEXT NOT NULL DEFAULT '',
        employer TEXT NOT NULL DEFAULT '',
        claims_administrator TEXT NOT NULL DEFAULT '',
        report_kind TEXT NOT NULL CHECK (report_kind IN ('QME', 'IME')),
        exam_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX cases_examinee_name ON cases (examinee_name COLLATE NOCASE);
      CREATE TABLE section_documents (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        doc_schema_version INTEGER NOT NULL,
        content_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, section_id)
      );
    `);
  },
};
