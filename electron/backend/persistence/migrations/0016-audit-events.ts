// The audit trail: append-only, one hash chain per case ('' = events without a case). case_id is not a foreign key, so the
// trail outlives its case for the retention period. Triggers refuse any UPDATE, and any DELETE but the retention prune's.
import type { Migration } from '../migrate';

// Written out, not imported: a shipped migration never changes (audit/audit-chain.ts keeps the same list).
const actions = `'case.created', 'case.updated', 'case.deleted', 'case.restored', 'case.purged', 'section.revised',
  'records.imported', 'records.deleted', 'page.counted', 'page.not-counted', 'report.signed', 'report.reopened',
  'report.exported', 'report.served', 'backup.created', 'backup.restored'`;

export const migration0016: Migration = {
  id: 16,
  name: 'audit-events',
  up(db) {
    db.exec(`
      CREATE TABLE audit_events (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        seq INTEGER NOT NULL CHECK (seq >= 1),
        at TEXT NOT NULL,
        actor_os_user TEXT NOT NULL,
        actor_physician TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN (${actions})),
        detail TEXT NOT NULL CHECK (json_valid(detail) AND length(detail) <= 4000),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        UNIQUE (case_id, seq)
      );
      -- The prune's permit: the prune writes a purged case's id here, deletes its chain and removes the id, all in one
      -- transaction (audit/audit-repository.ts). The delete trigger also refuses a chain whose case still exists.
      CREATE TABLE audit_prune_permits (case_id TEXT PRIMARY KEY);
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
      WHEN OLD.case_id = ''
        OR NOT EXISTS (SELECT 1 FROM audit_prune_permits WHERE case_id = OLD.case_id)
        OR EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
      BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
    `);
  },
};
