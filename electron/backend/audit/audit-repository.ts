// Rows of the audit trail (read only; events are added by record-audit.ts), its retention setting in the settings table,
// and the retention prune, the only delete the triggers of migration 0016 let through.
import type { AuditEventRow } from './audit-chain';
import { AUDIT_RETENTION_DEFAULT_YEARS } from '../../common/ipc/audit.contract';
import type { Db } from '../persistence/open-database';

const RETENTION_KEY = 'audit-retention-years';
const COLUMNS = `case_id AS caseId, seq, at, actor_os_user AS actorOsUser, actor_physician AS actorPhysician, action, detail,
  prev_hash AS prevHash, hash`;

export function createAuditRepository(db: Db) {
  const s = {
    chain: db.prepare(`SELECT ${COLUMNS} FROM audit_events WHERE case_id = ? ORDER BY seq`),
    chainIds: db.prepare('SELECT DISTINCT case_id AS caseId FROM audit_events ORDER BY case_id'),
    retention: db.prepare('SELECT value_json AS json FROM settings WHERE key = ?'),
    saveRetention: db.prepare(`INSERT INTO settings (key, value_json, updated_at) VALUES (@key, @json, @now)
      ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`),
    // Chains whose case is gone and whose last purge is older than the cutoff.
    expired: db.prepare(`SELECT case_id AS caseId FROM audit_events e
      WHERE action = 'case.purged' AND case_id <> '' AND NOT EXISTS (SELECT 1 FROM cases WHERE id = e.case_id)
      GROUP BY case_id HAVING max(at) < ?`),
    permit: db.prepare('INSERT INTO audit_prune_permits (case_id) VALUES (?)'),
    dropChain: db.prepare('DELETE FROM audit_events WHERE case_id = ?'),
    revoke: db.prepare('DELETE FROM audit_prune_permits WHERE case_id = ?'),
  };
  return {
    chain: (caseId: string) => s.chain.all(caseId) as AuditEventRow[],
    chainIds: () => (s.chainIds.all() as { caseId: string }[]).map((r) => r.caseId),
    retentionYears(): number {
      const row = s.retention.get(RETENTION_KEY) as { json: string | null } | undefined;
      const years = row?.json ? Number(JSON.parse(row.json)) : NaN;
      return Number.isInteger(years) && years >= 1 && years <= 30 ? years : AUDIT_RETENTION_DEFAULT_YEARS;
    },
    saveRetentionYears(years: number): void {
      s.saveRetention.run({ key: RETENTION_KEY, json: JSON.stringify(years), now: new Date().toISOString() });
    },
    /**
     * Drops whole chains of cases purged before `cutoff` (ISO time). The delete trigger lets a row go only while its case
     * has a permit here and no longer exists; the permit is written and removed in the same transaction, so none outlives it.
     */
    pruneBefore(cutoff: string): number {
      return db.transaction(() => {
        const ids = (s.expired.all(cutoff) as { caseId: string }[]).map((r) => r.caseId);
        for (const id of ids) {
          s.permit.run(id);
          s.dropChain.run(id);
          s.revoke.run(id);
        }
        return ids.length;
      })();
    },
  };
}
