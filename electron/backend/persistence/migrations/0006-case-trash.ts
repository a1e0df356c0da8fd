// Deleted cases wait in a trash until the app closes (or next starts), so a deletion can be undone; then they and
// everything that cascades from them are removed for good.
import type { Migration } from '../migrate';

export const migration0006: Migration = {
  id: 6,
  name: 'case-trash',
  up(db) {
    db.exec(`ALTER TABLE cases ADD COLUMN deleted_at TEXT`);
  },
};
