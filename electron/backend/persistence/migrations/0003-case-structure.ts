// Templates pinned per case, and the structured parts of a case: field values, injuries and body parts, parties,
// diagnoses, examination measurements and the parties' questions.
import type { Migration } from '../migrate';

export const migration0003: Migration = {
  id: 3,
  name: 'case-structure',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN template_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE cases ADD COLUMN template_version INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE cases ADD COLUMN status TEXT NOT NULL DEFAULT 'drafting';
      UPDATE cases SET template_id = CASE report_kind WHEN 'QME' THEN 'ca-qme-comprehensive' ELSE 'ime-workers-comp' END,
        template_version = 1;

      CREATE TABLE field_values (
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        value_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (case_id, name)
      );
      CREATE TABLE injuries (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('specific', 'cumulative')),
        injury_date TEXT,
        ct_from TEXT,
        ct_to TEXT,
        adj_number TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        psych_claimed INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX injuries_case ON injuries (case_id, position);
      CREATE TABLE injury_body_parts (
        injury_id TEXT NOT NULL REFERENCES injuries (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('accepted', 'disputed', 'undetermined')),
        PRIMARY KEY (injury_id, position)
      );
      CREATE TABLE parties (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        name TEXT NOT NULL,
        organization TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX parties_case ON parties (case_id, position);
      CREATE TABLE diagnoses (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        body_part TEXT NOT NULL DEFAULT '',
        code TEXT NOT NULL,
        description TEXT NOT NULL
      );
      CREATE INDEX diagnoses_case ON diagnoses (case_id, position);
      CREATE TABLE exam_measurements (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        body_part TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        side TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT '',
        normal TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX exam_measurements_case ON exam_measurements (case_id, position);
      CREATE TABLE party_questions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        party_id TEXT REFERENCES parties (id) ON DELETE SET NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX party_questions_case ON party_questions (case_id, position);
    `);
  },
};
