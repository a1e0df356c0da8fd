// The case's choice to combine its injuries' values into one (the Benson exception) and the physician's reason, kept with
// the discussion's other case-level inputs. Off for every existing case: separate injuries are rated separately.
import type { Migration } from '../migrate';

export const migration0010: Migration = {
  id: 10,
  name: 'combine-across-injuries',
  up(db) {
    db.exec(`
      ALTER TABLE discussion_settings ADD COLUMN combine_across INTEGER NOT NULL DEFAULT 0 CHECK (combine_across IN (0, 1));
      ALTER TABLE discussion_settings ADD COLUMN combine_across_reason TEXT NOT NULL DEFAULT '';
    `);
  },
};
