// One case's audit trail as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled)
// and back, so an exported trail can be re-checked outside the app with the same hash (scripts/audit-verify.ts).
import { findBrokenLink, type AuditEventRow } from './audit-chain';

const AUDIT_CSV_COLUMNS = ['case_id', 'seq', 'at', 'actor', 'physician', 'action', 'detail', 'prev_hash', 'hash'];

const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function auditCsv(rows: readonly AuditEventRow[]): string {
  const lines = rows.map((r) =>
    [r.caseId, String(r.seq), r.at, r.actorOsUser, r.actorPhysician, r.action, r.detail, r.prevHash, r.hash].map(field).join(','),
  );
  return [AUDIT_CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}

function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  const endField = () => {
    record.push(value);
    value = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') value += c;
      else if (text[i + 1] === '"') value += text[i++];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      records.push(record);
      record = [];
    } else {
      value += c;
    }
  }
  if (value !== '' || record.length) {
    endField();
    records.push(record);
  }
  return records;
}

/** The rows of an exported trail; throws with a message naming the line when the file is not one. */
export function parseAuditCsv(text: string): AuditEventRow[] {
  const [header, ...records] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (header?.join(',') !== AUDIT_CSV_COLUMNS.join(','))
    throw new Error(`Line 1 is not an audit trail header (expected ${AUDIT_CSV_COLUMNS.join(',')}).`);
  return records.map((r, i) => {
    if (r.length !== AUDIT_CSV_COLUMNS.length)
      throw new Error(`Line ${i + 2} has ${r.length} fields, not ${AUDIT_CSV_COLUMNS.length}.`);
    const [caseId, seq, at, actorOsUser, actorPhysician, action, detail, prevHash, hash] = r as [string, ...string[]];
    return { caseId, seq: Number(seq), at, actorOsUser, actorPhysician, action, detail, prevHash, hash } as AuditEventRow;
  });
}

export type AuditCsvCheck =
  { ok: true; events: number } | { ok: false; events: number; line: number; seq: number; at: string; reason: string };

/** Recomputes an exported trail's chain: ok with the count, or the first broken row (its line in the file). */
export function checkAuditCsv(text: string): AuditCsvCheck {
  const rows = parseAuditCsv(text);
  const broken = findBrokenLink(rows);
  if (!broken) return { ok: true, events: rows.length };
  return { ok: false, events: rows.length, line: rows.findIndex((r) => r.seq === broken.seq) + 2, ...broken };
}
