// Channels of the audit trail: its retention period (Settings → Audit trail), the check of every chain, and the export of
// one case's trail as CSV for a deposition (the file is chosen in the host's save dialog).
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import { channel } from './channel';

export const AUDIT_RETENTION_DEFAULT_YEARS = 7;

const AuditRetentionSchema = z.object({
  years: z
    .number({ message: 'Enter the retention period as a whole number of years.' })
    .int({ message: 'Enter the retention period as a whole number of years.' })
    .min(1, { message: 'Keep the audit trail at least 1 year.' })
    .max(30, { message: 'Enter at most 30 years.' }),
});

export type AuditVerifyResult =
  | { ok: true; chains: number; events: number }
  | { ok: false; chains: number; events: number; broken: { caseId: string; seq: number; at: string; reason: string } };

export const auditContract = {
  'audit:getRetention': channel(z.object({})).returns<{ years: number }>(),
  'audit:saveRetention': channel(AuditRetentionSchema).returns<{ years: number }>(),
  /** Recomputes every chain; names the first broken link. */
  'audit:verify': channel(z.object({})).returns<AuditVerifyResult>(),
  /** Asks where to save, then writes the case's trail as CSV (a purged case's trail too); null path when cancelled. */
  'audit:exportCase': channel(z.object({ caseId: CaseIdSchema })).returns<{ filePath: string | null; events: number }>(),
};
