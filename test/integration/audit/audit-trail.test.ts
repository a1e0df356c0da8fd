// The audit trail through the real registry: an event for each action a physician takes, each chain verifies, a row edited
// in the file is named by the check, the triggers refuse edits, a purged case's trail stays and its CSV checks outside the
// app, and the retention prune drops only the chains of cases purged longer ago than the period.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../../electron/backend/audit/record-audit';
import { checkAuditCsv } from '../../../electron/backend/audit/audit-csv';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';
import { openSigningSession, type SigningSession } from '../signing/signing-session';

const fields = (name: string) => ({
  examineeName: name,
  dateOfBirth: null,
  claimNumber: 'AUD-1',
  employer: '',
  claimsAdministrator: '',
  reportKind: 'QME' as const,
  examDate: null,
});

interface EventRow {
  seq: number;
  action: string;
  detail: string;
  actor_physician: string;
  actor_os_user: string;
}
const events = (t: { backend: { db: TempBackend['backend']['db'] } }, caseId: string) =>
  t.backend.db
    .prepare('SELECT seq, action, detail, actor_physician, actor_os_user FROM audit_events WHERE case_id = ? ORDER BY seq')
    .all(caseId) as EventRow[];

describe('events of a signed and served report', () => {
  let s: SigningSession;
  beforeAll(async () => {
    s = await openSigningSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it('records signing, export, service and reopening with the physician, and the chain verifies', async () => {
    const signed = await s.call('export:sign', { caseId: s.caseId, county: 'Los Angeles' });
    const bytes = fs.readFileSync(signed.filePath!);
    const { candidates } = await s.call('cases:getService', { caseId: s.caseId });
    await s.call('cases:recordService', {
      caseId: s.caseId,
      version: 1,
      servedOn: '2026-11-25',
      method: 'mail',
      partyIds: [candidates[0]!.partyId],
    });
    await s.call('cases:reopenForEdit', { caseId: s.caseId });
    await s.call('export:docx', { caseId: s.caseId, proofOfService: false });

    const trail = events(s, s.caseId);
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['report.exported', 'report.signed', 'report.served', 'report.reopened']),
    );
    expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
    const sign = trail.find((e) => e.action === 'report.signed')!;
    const { createHash } = await import('node:crypto');
    expect(JSON.parse(sign.detail)).toMatchObject({
      version: 1,
      signingDate: '2026-11-25',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: path.basename(signed.filePath!),
    });
    expect(sign.actor_physician).toBe((await s.call('settings:getProfile', {}))!.profile!.name);
    expect(sign.actor_os_user).not.toBe('');
    const exports = trail.filter((e) => e.action === 'report.exported').map((e) => JSON.parse(e.detail).kind);
    expect(exports.sort()).toEqual(['draft', 'signed']);
    const served = trail.find((e) => e.action === 'report.served')!;
    expect(JSON.parse(served.detail)).toEqual({ version: 1, servedOn: '2026-11-25', method: 'mail', parties: 1 });
    expect(await s.call('audit:verify', {})).toMatchObject({ ok: true });
  });
});

describe('the trail of cases, records and backups', () => {
  let t: TempBackend;
  let clock = new Date();
  let saveTo: string | null = null;
  beforeAll(() => {
    t = createTempBackend({
      prefix: 'medlegal-audit-',
      dataSubdir: 'data',
      now: () => clock,
      host: { chooseSavePath: async () => saveTo },
    });
  });
  afterEach(() => {
    clock = new Date();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('records case, records and page events in order, and backups in the chain without a case', async () => {
    const sample = await t.invoke('cases:openSample', { sample: 'qme' });
    const { files, batches } = await t.invoke('records:overview', { caseId: sample.id });
    await t.invoke('records:setDuplicateCounted', { fileId: files[0]!.id, pageFrom: 1, pageTo: 2, counted: false });
    await t.invoke('records:setDuplicateCounted', { fileId: files[0]!.id, pageFrom: 1, pageTo: 2, counted: true });
    await t.invoke('records:deleteBatch', { batchId: batches[0]!.id });
    await t.invoke('cases:update', { id: sample.id, fields: fields('Dana Sample') });
    await t.invoke('cases:delete', { id: sample.id });
    await t.invoke('cases:restore', { id: sample.id });
    const actions = events(t, sample.id).map((e) => e.action);
    expect(actions[0]).toBe('case.created');
    expect(actions).toContain('records.imported');
    expect(actions.slice(-6)).toEqual([
      'page.not-counted',
      'page.counted',
      'records.deleted',
      'case.updated',
      'case.deleted',
      'case.restored',
    ]);
    const imported = JSON.parse(events(t, sample.id).find((e) => e.action === 'records.imported')!.detail);
    expect(imported.files).toBeGreaterThan(0);
    expect(imported.pages).toBeGreaterThan(0);

    saveTo = path.join(t.dir, 'backup.zip');
    await t.invoke('backup:create', {});
    expect(events(t, '').map((e) => e.action)).toEqual(['backup.created']);
    expect(await t.invoke('audit:verify', {})).toMatchObject({ ok: true, chains: 2 });
  });

  it('refuses to change or delete an event in the file', () => {
    const { db } = t.backend;
    expect(() => db.prepare("UPDATE audit_events SET actor_physician = 'Someone Else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
    // Not even with a permit while the case exists.
    const live = db.prepare("SELECT case_id FROM audit_events WHERE case_id <> '' LIMIT 1").pluck().get() as string;
    db.prepare('INSERT INTO audit_prune_permits (case_id) VALUES (?)').run(live);
    expect(() => db.prepare('DELETE FROM audit_events WHERE case_id = ?').run(live)).toThrow(/append-only/);
    db.prepare('DELETE FROM audit_prune_permits').run();
  });

  it('records an action whose detail is too large by its size, never failing the action', async () => {
    const made = await t.invoke('cases:create', { fields: fields('Lee Large') });
    recordAudit(t.backend.db, { caseId: made.id, action: 'case.updated', detail: { note: 'x'.repeat(5000) } });
    expect(JSON.parse(events(t, made.id).at(-1)!.detail)).toEqual({ detailTooLong: 5011 });
  });

  it('keeps a purged case’s trail, exports it as CSV that checks outside the app, and names a tampered row', async () => {
    const made = await t.invoke('cases:create', { fields: fields('Rowan Purged') });
    await t.invoke('cases:update', { id: made.id, fields: fields('Rowan Purged-Ellis') });
    await t.invoke('cases:delete', { id: made.id });
    await t.reopen(); // closing the app purges the trash
    await expect(t.invoke('cases:get', { id: made.id })).rejects.toMatchObject({ code: 'not-found' });
    expect(events(t, made.id).map((e) => e.action)).toEqual(['case.created', 'case.updated', 'case.deleted', 'case.purged']);

    saveTo = path.join(t.dir, 'trail.csv');
    expect(await t.invoke('audit:exportCase', { caseId: made.id })).toEqual({ filePath: saveTo, events: 4 });
    const csv = fs.readFileSync(saveTo, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('case_id,seq,at,actor,physician,action,detail,prev_hash,hash');
    expect(csv).not.toContain('Rowan');
    expect(checkAuditCsv(csv)).toEqual({ ok: true, events: 4 });
    expect(checkAuditCsv(csv.replace('case.updated', 'case.created'))).toMatchObject({ ok: false, line: 3, seq: 2 });

    const { db } = t.backend;
    db.exec('DROP TRIGGER audit_events_no_update');
    db.prepare('UPDATE audit_events SET detail = \'{"note":1}\' WHERE case_id = ? AND seq = 3').run(made.id);
    const result = await t.invoke('audit:verify', {});
    expect(result).toMatchObject({ ok: false, broken: { caseId: made.id, seq: 3 } });
    // Put back as recorded, the trail verifies again.
    db.prepare("UPDATE audit_events SET detail = '{}' WHERE case_id = ? AND seq = 3").run(made.id);
    db.exec(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
      BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`);
    expect(await t.invoke('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('keeps the retention period in settings, 1 to 30 years', async () => {
    expect(await t.invoke('audit:getRetention', {})).toEqual({ years: 7 });
    await expect(t.invoke('audit:saveRetention', { years: 31 })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(t.invoke('audit:saveRetention', { years: 2.5 })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await t.invoke('audit:saveRetention', { years: 3 })).toEqual({ years: 3 });
    expect(await t.invoke('audit:getRetention', {})).toEqual({ years: 3 });
  });

  it('drops at start only the chains of cases purged longer ago than the retention period', async () => {
    const purged = t.backend.db
      .prepare("SELECT DISTINCT case_id FROM audit_events WHERE action = 'case.purged'")
      .pluck()
      .all() as string[];
    expect(purged).toHaveLength(1);
    const chains = () => t.backend.db.prepare('SELECT DISTINCT case_id FROM audit_events').pluck().all() as string[];
    const before = chains();
    const years = (n: number) => new Date(Date.now() + n * 365.25 * 24 * 3600 * 1000);
    clock = years(2.9);
    await t.reopen();
    expect(chains().sort()).toEqual(before.sort());
    clock = years(3.1);
    await t.reopen();
    expect(chains().sort()).toEqual(before.filter((id) => id !== purged[0]).sort());
    expect(await t.invoke('audit:verify', {})).toMatchObject({ ok: true });
  });
});

describe('a restore from backup', () => {
  it('is recorded in the restored data when the next start swaps it in', async () => {
    let saveTo: string | null = null;
    let openFile: string | null = null;
    const t = createTempBackend({
      prefix: 'medlegal-audit-restore-',
      dataSubdir: 'data',
      host: { chooseSavePath: async () => saveTo, chooseOpenFile: async () => openFile },
    });
    try {
      await t.invoke('cases:create', { fields: fields('Sam Restore') });
      saveTo = openFile = path.join(t.dir, 'backup.zip');
      await t.invoke('backup:create', {});
      const preview = await t.invoke('backup:inspect', {});
      await t.invoke('backup:restore', { stagedId: preview!.stagedId });
      await t.reopen();
      const trail = events(t, '');
      expect(trail.at(-1)).toMatchObject({ action: 'backup.restored', detail: JSON.stringify({ fileName: 'backup.zip' }) });
      expect(await t.invoke('audit:verify', {})).toMatchObject({ ok: true });
    } finally {
      fs.rmSync(`${t.dataDir} backups`, { recursive: true, force: true });
      await t.cleanup();
    }
  });
});
