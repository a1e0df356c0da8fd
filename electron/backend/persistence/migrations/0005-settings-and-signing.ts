// Settings (physician profile, signature image, letterhead), the signed versions of each case, and the export history
// that lets the physician prove what was written where (SHA-256 of each file as written to disk).
import type { Migration } from '../migrate';

export const migration0005: Migration = {
  id: 5,
  name: 'settings-and-signing',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT,
        value_blob BLOB CHECK (value_blob IS NULL OR length(value_blob) <= 10485760),
        updated_at TEXT NOT NULL
      );
      CREATE TABLE case_signatures (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        signed_at TEXT NOT NULL,
        signing_date TEXT NOT NULL,
        county TEXT NOT NULL,
        reopened_at TEXT,
        PRIMARY KEY (case_id, version)
      );
      CREATE TABLE export_history (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        case_version INTEGER NOT NULL CHECK (case_version >= 1),
        exported_at TEXT NOT NULL,
        file_path TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        bytes INTEGER NOT NULL CHECK (bytes >= 0),
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        signed INTEGER NOT NULL CHECK (signed IN (0, 1)),
        incomplete INTEGER NOT NULL DEFAULT 0 CHECK (incomplete IN (0, 1)),
        blocking_items TEXT NOT NULL DEFAULT '[]',
        proof_of_service INTEGER NOT NULL DEFAULT 0 CHECK (proof_of_service IN (0, 1)),
        letterhead INTEGER NOT NULL DEFAULT 0 CHECK (letterhead IN (0, 1)),
        pdf_path TEXT
      );
      CREATE INDEX export_history_case ON export_history (case_id, exported_at);
    `);
  },
};
