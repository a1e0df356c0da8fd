// The service of each signed version of a report: the date, the method and the parties served (as named then, so a later
// edit of the parties list does not rewrite what was served). It goes with its signed version.
import type { Migration } from '../migrate';

export const migration0009: Migration = {
  id: 9,
  name: 'report-service',
  up(db) {
    db.exec(`
      CREATE TABLE report_service (
        case_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        served_on TEXT NOT NULL CHECK (served_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        method TEXT NOT NULL CHECK (method IN ('mail', 'personal', 'electronic', 'fax', 'other')),
        other_method TEXT NOT NULL DEFAULT '' CHECK (method = 'other' OR other_method = ''),
        parties_json TEXT NOT NULL CHECK (json_valid(parties_json) AND json_array_length(parties_json) >= 1),
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (case_id, version),
        FOREIGN KEY (case_id, version) REFERENCES case_signatures (case_id, version) ON DELETE CASCADE
      );
    `);
  },
};
