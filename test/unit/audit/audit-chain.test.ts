// The audit trail's hashing and CSV: every field of an event in its hash, a CSV that survives commas, quotes and line
// breaks in a field, and a check that names the first broken row of an exported trail.
import { describe, expect, it } from 'vitest';
import {
  auditEventHash,
  AUDIT_GENESIS_HASH,
  canonicalDetail,
  type AuditEventRow,
} from '../../../electron/backend/audit/audit-chain';
import { auditCsv, checkAuditCsv, parseAuditCsv } from '../../../electron/backend/audit/audit-csv';

function chain(details: string[]): AuditEventRow[] {
  let prevHash = AUDIT_GENESIS_HASH;
  return details.map((detail, i) => {
    const row = {
      caseId: 'c1',
      seq: i + 1,
      at: `2026-12-07T08:0${i}:00.000Z`,
      actorOsUser: 'dr "q", user',
      actorPhysician: 'Jordan P. Signer, MD',
      action: 'case.updated',
      detail,
      prevHash,
    };
    prevHash = auditEventHash(row);
    return { ...row, hash: prevHash };
  });
}

describe('audit chain', () => {
  it('puts every field of an event and the link to the one before in its hash', () => {
    const [row] = chain(['{}']);
    const { hash, ...fields } = row!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const [name, value] of Object.entries(fields)) {
      const changed = { ...fields, [name]: typeof value === 'number' ? value + 1 : `${value}x` };
      expect(auditEventHash(changed), name).not.toBe(hash);
    }
  });

  it('writes a detail the same way whatever the order of its keys', () => {
    expect(canonicalDetail({ b: 1, a: 'x' })).toBe(canonicalDetail({ a: 'x', b: 1 }));
  });

  it('reads back its own CSV exactly, quotes and line breaks included, and names the first changed row', () => {
    const rows = chain([canonicalDetail({ note: 'a, "b"\r\nc' }), '{}', '{}']);
    const csv = auditCsv(rows);
    expect(parseAuditCsv(csv)).toEqual(rows);
    expect(checkAuditCsv(csv)).toEqual({ ok: true, events: 3 });
    const tampered = auditCsv(rows.map((r) => (r.seq === 2 ? { ...r, actorPhysician: 'Someone Else' } : r)));
    expect(checkAuditCsv(tampered)).toMatchObject({ ok: false, line: 3, seq: 2, reason: 'its content does not match its hash' });
    expect(checkAuditCsv(auditCsv([rows[0]!, rows[2]!]))).toMatchObject({ ok: false, seq: 3, line: 3 });
    expect(() => checkAuditCsv('seq,at\r\n1,2\r\n')).toThrow(/Line 1 is not an audit trail header/);
  });
});
