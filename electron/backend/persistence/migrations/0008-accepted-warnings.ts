// The warnings a physician accepted with "Sign anyway", kept with the export they were signed past (a JSON list of
// { id, label, message }), so the history shows what was knowingly left as it was. Earlier exports accepted none.
import type { Migration } from '../migrate';

export const migration0008: Migration = {
  id: 8,
  name: 'accepted-warnings',
  up(db) {
    db.exec(
      `ALTER TABLE export_history ADD COLUMN accepted_warnings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(accepted_warnings))`,
    );
  },
};
