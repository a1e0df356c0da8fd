// The folders reports are written to, remembered before each write: a crash during the first save to a folder leaves a
// hidden temp copy (with the examinee's name) that no export history entry points to, and the next start sweeps these too.
import type { Migration } from '../migrate';

export const migration0015: Migration = {
  id: 15,
  name: 'export-folders',
  up(db) {
    db.exec(`CREATE TABLE export_folders (folder TEXT PRIMARY KEY, first_used_at TEXT NOT NULL)`);
  },
};
