// The physician's phrases (issue #15): named rich text inserted by a trigger or from the picker. Name and trigger are
// each unique without regard to case, so ";LumbarExam" and ";lumbarexam" can never both exist.
import type { Migration } from '../migrate';

export const migration0013: Migration = {
  id: 13,
  name: 'phrases',
  up(db) {
    db.exec(`
      CREATE TABLE phrases (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
        trigger TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trigger) BETWEEN 2 AND 40),
        section_kind TEXT NOT NULL,
        doc_schema_version INTEGER NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
        updated_at TEXT NOT NULL
      );
      CREATE INDEX phrases_by_section ON phrases (section_kind, name);
    `);
  },
};
