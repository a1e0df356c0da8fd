// "Supplemental from this case" (issue #15): a supplemental or addendum case keeps the signed report it follows. The
// earlier report's date and title stay when the earlier case is deleted for good (its id then becomes null).
import type { Migration } from '../migrate';

export const migration0014: Migration = {
  id: 14,
  name: 'case-follows',
  up(db) {
    db.exec(`
      CREATE TABLE case_follows (
        case_id TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        prior_case_id TEXT REFERENCES cases (id) ON DELETE SET NULL,
        prior_version INTEGER NOT NULL,
        prior_signing_date TEXT NOT NULL,
        prior_template_title TEXT NOT NULL
      );
      CREATE INDEX case_follows_prior ON case_follows (prior_case_id);
    `);
  },
};
