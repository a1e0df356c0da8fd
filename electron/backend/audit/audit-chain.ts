// The audit trail's hash chain: the fixed list of actions, the canonical text of one event and its hash, and the check of a
// chain. Used by the backend (which writes and verifies the trail) and by scripts/audit-verify.ts (an outside party's check).
import { createHash } from 'node:crypto';

export const AUDIT_ACTIONS = [
  'case.created',
  'case.updated',
  'case.deleted',
  'case.restored',
  'case.purged',
  'section.revised',
  'records.imported',
  'records.deleted',
  'page.counted',
  'page.not-counted',
  'report.signed',
  'report.reopened',
  'report.exported',
  'report.served',
  'backup.created',
  'backup.restored',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The first event of a chain links to this. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/** One event as stored and exported; `detail` is canonical JSON text (keys sorted), hashed as written. */
export interface AuditEventRow {
  caseId: string;
  seq: number;
  at: string;
  actorOsUser: string;
  actorPhysician: string;
  action: string;
  detail: string;
  prevHash: string;
  hash: string;
}

type DetailValue = string | number | boolean | null;
export type AuditDetail = Readonly<Record<string, DetailValue | readonly DetailValue[]>>;

/** JSON with the keys sorted, so the same detail always reads (and hashes) the same. */
export function canonicalDetail(detail: AuditDetail = {}): string {
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(detail)
        .sort()
        .map((k) => [k, detail[k]]),
    ),
  );
}

/** sha256(prev_hash + the row's fields as a JSON array in a fixed order). */
export function auditEventHash(row: Omit<AuditEventRow, 'hash'>): string {
  const fields = [row.caseId, row.seq, row.at, row.actorOsUser, row.actorPhysician, row.action, row.detail];
  return createHash('sha256')
    .update(row.prevHash + JSON.stringify(fields), 'utf8')
    .digest('hex');
}

export interface BrokenLink {
  caseId: string;
  seq: number;
  at: string;
  reason: string;
}

/** Checks one chain in seq order: numbering from 1, each link to the previous hash, each hash over its row. */
export function findBrokenLink(rows: readonly AuditEventRow[]): BrokenLink | null {
  let prevHash = AUDIT_GENESIS_HASH;
  for (const [i, row] of rows.entries()) {
    const at = { caseId: row.caseId, seq: row.seq, at: row.at };
    if (row.seq !== i + 1) return { ...at, reason: `expected event number ${i + 1}: an event is missing or out of order` };
    if (row.prevHash !== prevHash) return { ...at, reason: 'does not link to the previous event' };
    if (auditEventHash(row) !== row.hash) return { ...at, reason: 'its content does not match its hash' };
    prevHash = row.hash;
  }
  return null;
}
