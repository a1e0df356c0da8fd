// The audit trail's rules: the retention period, the prune at start, the check of every chain, and one case's trail
// written as CSV where the physician chooses.
import { findBrokenLink } from './audit-chain';
import { auditCsv } from './audit-csv';
import { AppFailure } from '../../common/errors';
import type { AuditVerifyResult } from '../../common/ipc/audit.contract';
import { writeFileAtomic } from '../fs/atomic-write';
import type { BackendHost } from '../host';
import type { Db } from '../persistence/open-database';
import { createAuditRepository } from './audit-repository';

export interface AuditServiceDeps {
  db: Db;
  host: BackendHost;
  now: () => Date;
}

export function createAuditService({ db, host, now }: AuditServiceDeps) {
  const repo = createAuditRepository(db);
  return {
    retention: () => ({ years: repo.retentionYears() }),
    saveRetention(years: number) {
      repo.saveRetentionYears(years);
      return { years };
    },
    /** Drops the chains of cases purged longer ago than the retention period; returns how many. */
    pruneExpired(): number {
      const cutoff = new Date(now()); // a copy: the clock may hand out one shared Date
      cutoff.setFullYear(cutoff.getFullYear() - repo.retentionYears());
      return repo.pruneBefore(cutoff.toISOString());
    },
    verify(): AuditVerifyResult {
      let events = 0;
      const ids = repo.chainIds();
      for (const caseId of ids) {
        const rows = repo.chain(caseId);
        events += rows.length;
        const broken = findBrokenLink(rows);
        if (broken) return { ok: false, chains: ids.length, events, broken };
      }
      return { ok: true, chains: ids.length, events };
    },
    async exportCase(caseId: string): Promise<{ filePath: string | null; events: number }> {
      const rows = repo.chain(caseId);
      if (rows.length === 0)
        throw new AppFailure('not-found', 'This case has no audit trail to export (it was made before the trail began).');
      const filePath = await host.chooseSavePath(`Audit trail ${caseId.slice(0, 8)}.csv`, {
        name: 'CSV file',
        extensions: ['csv'],
      });
      if (!filePath) return { filePath: null, events: rows.length };
      writeFileAtomic(filePath, new TextEncoder().encode(auditCsv(rows)));
      return { filePath, events: rows.length };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
