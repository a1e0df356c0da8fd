// Recording the service of a signed report through the IPC registry: who is offered and chosen by default, the case
// marked served with its deadline closed in the case list, the plain messages for wrong input, correcting and removing
// the record, and a supplemental request after service opening the supplemental deadline again.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../electron/common/errors';
import type { ChannelName, InputOf } from '../../../electron/common/ipc/contract';
import { createTempBackend, fixedClock, type TempBackend } from '../../helpers/temp-backend';
import { PARTIES } from '../../unit/report/docx/report-fixture';
import { putFixtureQmeCase } from '../export/seed-qme-case';
import { putSignedFixtureCase } from './signed-case';

interface Session {
  t: TempBackend;
  caseId: string;
  call: TempBackend['invoke'];
  fail<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<AppError>;
}

let t: TempBackend | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** A backend whose "today" is 11/25/2026 with the fixture case (report due 12/02/2026), signed on 11/24/2026 unless told. */
async function openCase(signed = true): Promise<Session> {
  t = createTempBackend({ prefix: 'medlegal-service-', now: fixedClock('2026-11-25') });
  const backend = t.backend;
  const caseId = signed ? await putSignedFixtureCase(backend, '2026-11-24') : await putFixtureQmeCase(backend);
  const temp = t;
  return {
    t: temp,
    caseId,
    call: temp.invoke,
    async fail(channel, input) {
      const result = await temp.invokeRaw(channel, input);
      if (result.ok) throw new Error(`${channel} was expected to fail but succeeded`);
      return result.error;
    },
  };
}
const signedCase = () => openCase(true);

const [claimsAdmin, applicantAttorney, defenseAttorney, employer, examinee] = PARTIES.map((p) => p.id);

const byMail = (caseId: string, overrides: Partial<InputOf<'cases:recordService'>> = {}): InputOf<'cases:recordService'> => ({
  caseId,
  version: 1,
  servedOn: '2026-11-25',
  method: 'mail',
  partyIds: [claimsAdmin!, applicantAttorney!],
  ...overrides,
});

const listed = async (s: Session) => (await s.call('cases:list', { query: '' })).find((c) => c.id === s.caseId)!;

describe('recording service', () => {
  it('offers every party, the ones the service rules name chosen, and the examinee by name', async () => {
    const s = await signedCase();
    const view = await s.call('cases:getService', { caseId: s.caseId });
    expect(view).toMatchObject({
      caseId: s.caseId,
      examineeName: 'Maria Q. Sample',
      signed: { version: 1, signingDate: '2026-11-24' },
      today: '2026-11-25',
      records: [],
    });
    // Represented (an applicant attorney is on the list): the worker, both attorneys and the claims administrator; the
    // employer is on the list but does not get the medical report.
    expect(view.candidates.map((c) => [c.partyId, c.getsReport])).toEqual([
      [claimsAdmin, true],
      [applicantAttorney, true],
      [defenseAttorney, true],
      [employer, false],
      [examinee, true],
    ]);

    // Unrepresented and without the examinee on the list: the attorney is no longer served, the examinee is offered by name.
    await s.call('caseData:saveParties', {
      caseId: s.caseId,
      items: PARTIES.filter((p) => p.role !== 'applicant-attorney' && p.role !== 'examinee'),
    });
    const unrepresented = await s.call('cases:getService', { caseId: s.caseId });
    expect(unrepresented.candidates.map((c) => [c.name, c.getsReport])).toEqual([
      ['Maria Q. Sample', true],
      ['Dana Adjuster', true],
      ['Casey Counsel, Esq.', false],
      ['Harbor View Distribution, Inc.', false],
    ]);
  });

  it('marks the case served, closes its deadline in the case list, and keeps the record after a restart', async () => {
    const s = await signedCase();
    expect((await listed(s)).nextDeadline).toMatchObject({ date: '2026-12-02', daysLeft: 7 });

    const view = await s.call(
      'cases:recordService',
      byMail(s.caseId, { servedOn: '2026-11-24', method: 'electronic', partyIds: [examinee!, claimsAdmin!, examinee!] }),
    );
    const record = {
      version: 1,
      servedOn: '2026-11-24',
      method: 'electronic',
      otherMethod: '',
      parties: [
        { partyId: examinee, name: 'Maria Q. Sample', role: 'examinee' },
        { partyId: claimsAdmin, name: 'Dana Adjuster', role: 'claims-administrator' },
      ],
    };
    expect(view.records).toEqual([{ ...record, recordedAt: expect.any(String) }]);
    expect((await s.call('cases:get', { id: s.caseId })).status).toBe('served');

    await s.t.reopen();
    const row = await listed(s);
    expect(row).toMatchObject({ status: 'served', nextDeadline: null, served: record });
    // Editing the parties later does not rewrite who was served.
    await s.call('caseData:saveParties', { caseId: s.caseId, items: PARTIES.filter((p) => p.role !== 'examinee') });
    expect((await s.call('cases:getService', { caseId: s.caseId })).records[0]!.parties).toEqual(record.parties);
  });

  it.each<[string, Partial<InputOf<'cases:recordService'>>, string]>([
    [
      'a date before the signing',
      { servedOn: '2026-11-23' },
      'The report was signed on 11/24/2026, so it cannot have been served earlier. Enter 11/24/2026 or a later date.',
    ],
    [
      'a date in the future',
      { servedOn: '2026-11-26' },
      '11/26/2026 is in the future. Enter the date the report was served: today (11/25/2026) or earlier.',
    ],
    ['no date', { servedOn: '' }, 'servedOn: Enter the date the report was served (MM/DD/YYYY).'],
    ['an impossible date', { servedOn: '2026-02-30' }, 'servedOn: Enter the date the report was served (MM/DD/YYYY).'],
    ['no party', { partyIds: [] }, 'partyIds: Choose at least one party the report was served on.'],
    [
      '"other" without saying how',
      { method: 'other', otherMethod: '  ' },
      'otherMethod: Say how the report was served (for example, overnight courier).',
    ],
  ])('refuses %s with a plain message and changes nothing', async (_, bad, message) => {
    const s = await signedCase();
    expect(await s.fail('cases:recordService', byMail(s.caseId, bad))).toEqual({
      code: 'invalid-input',
      message,
    });
    expect(await listed(s)).toMatchObject({ status: 'signed', served: null, nextDeadline: { date: '2026-12-02' } });
  });

  it('refuses a method that is not on the list', async () => {
    const s = await signedCase();
    // A method the contract does not know: the untyped escape.
    const result = await s.t.invokeRaw('cases:recordService', { ...byMail(s.caseId), method: 'carrier pigeon' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'method: Choose how the report was served: mail, personal delivery, electronic service, fax or other.',
      },
    });
  });

  it('refuses an unsigned version, a version that is not the signed one, and a person not on the case', async () => {
    const s = await openCase(false);
    expect(await s.fail('cases:recordService', byMail(s.caseId))).toEqual({
      code: 'conflict',
      message: 'Version 1 of this report is not signed yet. Sign and export it first; then record its service.',
    });
    expect((await s.call('cases:getService', { caseId: s.caseId })).signed).toBeNull();
    s.t.backend.services.cases.markSigned(s.caseId, {
      version: 1,
      signedAt: '2026-11-24T18:00:00.000Z',
      signingDate: '2026-11-24',
      county: 'Los Angeles',
    });
    expect((await s.fail('cases:recordService', byMail(s.caseId, { version: 2 }))).message).toBe(
      'Version 2 is not the signed version of this report any more (version 1 is). Close this and open it again.',
    );
    expect(await s.fail('cases:recordService', byMail(s.caseId, { partyIds: ['someone-else'] }))).toEqual({
      code: 'conflict',
      message:
        'One of the people chosen is no longer on the case’s parties list. Close this, open Record service again and choose again.',
    });
    expect((await listed(s)).status).toBe('signed');
  });
});

describe('correcting and removing a service record', () => {
  it('replaces the record when corrected, and removing it makes the case signed with its deadline again', async () => {
    const s = await signedCase();
    await s.call('cases:recordService', byMail(s.caseId));
    const corrected = await s.call(
      'cases:recordService',
      byMail(s.caseId, {
        servedOn: '2026-11-24',
        method: 'other',
        otherMethod: 'overnight courier',
        partyIds: [defenseAttorney!],
      }),
    );
    expect(corrected.records).toHaveLength(1);
    expect(corrected.records[0]).toMatchObject({
      servedOn: '2026-11-24',
      method: 'other',
      otherMethod: 'overnight courier',
      parties: [{ name: 'Casey Counsel, Esq.' }],
    });
    // The words "other" is stored with are dropped when another method is chosen.
    const byFax = await s.call('cases:recordService', byMail(s.caseId, { method: 'fax', otherMethod: 'ignored' }));
    expect(byFax.records[0]).toMatchObject({ method: 'fax', otherMethod: '' });

    const removed = await s.call('cases:removeService', { caseId: s.caseId, version: 1 });
    expect(removed.records).toEqual([]);
    expect(await listed(s)).toMatchObject({ status: 'signed', served: null, nextDeadline: { date: '2026-12-02' } });
    expect(await s.fail('cases:removeService', { caseId: s.caseId, version: 1 })).toEqual({
      code: 'not-found',
      message: 'No service is recorded for version 1, so there is nothing to remove.',
    });
  });

  it('keeps a removed party of the record being corrected choosable', async () => {
    const s = await signedCase();
    await s.call('cases:recordService', byMail(s.caseId, { partyIds: [defenseAttorney!] }));
    await s.call('caseData:saveParties', { caseId: s.caseId, items: PARTIES.filter((p) => p.role !== 'defense-attorney') });
    const corrected = await s.call('cases:recordService', byMail(s.caseId, { partyIds: [defenseAttorney!, claimsAdmin!] }));
    expect(corrected.records[0]!.parties.map((p) => p.name)).toEqual(['Casey Counsel, Esq.', 'Dana Adjuster']);
  });
});

describe('the deadline after service', () => {
  it('stays closed when the served version is reopened, and opens for a supplemental report requested after service', async () => {
    const s = await signedCase();
    await s.call('cases:recordService', byMail(s.caseId, { servedOn: '2026-11-24' }));

    // A supplemental request dated on or before the service was answered by it.
    await s.call('discussion:saveSchedule', { caseId: s.caseId, schedule: { supplementalRequestDate: '2026-11-24' } });
    expect((await listed(s)).nextDeadline).toBeNull();

    await s.call('cases:reopenForEdit', { caseId: s.caseId });
    expect(await listed(s)).toMatchObject({ status: 'drafting', nextDeadline: null, served: { version: 1 } });

    await s.call('discussion:saveSchedule', { caseId: s.caseId, schedule: { supplementalRequestDate: '2026-11-25' } });
    expect((await listed(s)).nextDeadline).toMatchObject({ label: 'Supplemental report due', date: '2027-01-24' });
    // The record of version 1 stays; version 2 is not signed, so there is nothing to record for it yet.
    expect(await s.call('cases:getService', { caseId: s.caseId })).toMatchObject({ signed: null, records: [{ version: 1 }] });
  });

  it('goes with its case when the case is deleted for good', async () => {
    const s = await signedCase();
    await s.call('cases:recordService', byMail(s.caseId));
    await s.call('cases:delete', { id: s.caseId });
    s.t.backend.services.cases.purgeDeleted();
    expect(s.t.backend.db.prepare('SELECT COUNT(*) AS n FROM report_service').get()).toEqual({ n: 0 });
  });
});
