// The one call other rooms make to add an event to the audit trail: recordAudit(db, { caseId, action, detail }).
// Runs inside the caller's transaction (a savepoint when there is one), so the event and the change commit together.
import os from 'node:os';
import { auditEventHash, AUDIT_GENESIS_HASH, canonicalDetail } from './audit-chain';
import type { AuditAction, AuditDetail } from './audit-chain';
import type { Db } from '../persistence/open-database';

export interface AuditEventInput {
  /** The case the event belongs to; null for an event of the whole app (a backup). */
  caseId: string | null;
  action: AuditAction;
  /** Ids, names of sections, counts, file names: never patient text. */
  detail?: AuditDetail;
}

let osUser: string | null = null;
function osUserName(): string {
  if (osUser === null) {
    try {
      osUser = os.userInfo().username;
    } catch {
      osUser = '';
    }
  }
  return osUser;
}

interface Statements {
  last: { get: (caseId: string) => unknown };
  profile: { get: () => unknown };
  insert: { run: (row: Record<string, unknown>) => unknown };
}
const statements = new WeakMap<Db, Statements>();

function prepared(db: Db): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      last: db.prepare('SELECT seq, hash FROM audit_events WHERE case_id = ? ORDER BY seq DESC LIMIT 1'),
      profile: db.prepare("SELECT value_json AS json FROM settings WHERE key = 'physician-profile'"),
      insert:
        db.prepare(`INSERT INTO audit_events (case_id, seq, at, actor_os_user, actor_physician, action, detail, prev_hash, hash)
        VALUES (@caseId, @seq, @at, @actorOsUser, @actorPhysician, @action, @detail, @prevHash, @hash)`),
    };
    statements.set(db, s);
  }
  return s;
}

/** The physician's name as the profile holds it now ('' before a profile is saved). */
function physicianName(s: Statements): string {
  const row = s.profile.get() as { json: string | null } | undefined;
  try {
    const name = row?.json ? (JSON.parse(row.json) as { name?: unknown }).name : '';
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

/** The table refuses a detail over 4,000 characters; the action must not fail for it, so an oversized one says its size. */
const MAX_DETAIL = 4000;
function boundedDetail(detail: AuditDetail | undefined): string {
  const text = canonicalDetail(detail);
  return text.length <= MAX_DETAIL ? text : canonicalDetail({ detailTooLong: text.length });
}

export function recordAudit(db: Db, event: AuditEventInput): void {
  const s = prepared(db);
  db.transaction(() => {
    const caseId = event.caseId ?? '';
    const last = s.last.get(caseId) as { seq: number; hash: string } | undefined;
    const row = {
      caseId,
      seq: (last?.seq ?? 0) + 1,
      at: new Date().toISOString(),
      actorOsUser: osUserName(),
      actorPhysician: physicianName(s),
      action: event.action,
      detail: boundedDetail(event.detail),
      prevHash: last?.hash ?? AUDIT_GENESIS_HASH,
    };
    s.insert.run({ ...row, hash: auditEventHash(row) });
  })();
}
