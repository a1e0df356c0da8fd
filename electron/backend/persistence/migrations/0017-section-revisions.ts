// Section revision history (issue #16): copies of a section's text kept while editing, at signing and before a restore,
// stored as section_documents stores them. They go with the case when it is purged; the audit trail is what outlives it.
import type { Migration } from '../migrate';

export const migration0017: Migration = {
  id: 17,
  name: 'section-revisions',
  up(db) {
    db.exec(`
      CREATE TABLE section_revisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        author TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'signed', 'before-restore')),
        signed_version INTEGER,
        doc_schema_version INTEGER NOT NULL,
        content_json TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        UNIQUE (case_id, section_id, number)
      );
    `);
  },
};
