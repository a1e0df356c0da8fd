// The discussion step through the real registry over a temp SQLite file: each list saved and read back (also after
// reopening), the summary (combined WPI with steps, apportionment flags, deadlines against an injected clock, fee with the
// records page count), refusals that keep what was saved, and the case list sorted by deadline urgency.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/common/ipc/contract';
import type { RecordsTotals } from '../../../electron/common/records/report-totals';
import { specificInjury } from '../../fixtures/case-rows';
import { createTempBackend, noonOn, type TempBackend } from '../../helpers/temp-backend';

type Injury = InputOf<'caseData:saveInjuries'>['items'][number];
type Impairment = InputOf<'discussion:saveImpairments'>['items'][number];
type Combine = NonNullable<InputOf<'discussion:saveImpairments'>['combine']>[number];
type Apportionment = InputOf<'discussion:saveApportionment'>['items'][number];
type TdPeriod = InputOf<'discussion:saveDisability'>['tdPeriods'][number];

let t: TempBackend;
let today = '2026-03-12';
let records: RecordsTotals | null = null;

/** The message of a call that must be refused; the payloads are deliberately wrong, so the untyped escape. */
async function refused(channel: string, payload: unknown): Promise<string> {
  const result = await t.invokeRaw(channel, payload);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.error.message;
}

const FIELDS: InputOf<'cases:create'>['fields'] = {
  examineeName: 'Discussion Case',
  dateOfBirth: null,
  claimNumber: 'DC-1',
  employer: 'E',
  claimsAdministrator: 'CA',
  reportKind: 'QME',
  examDate: '2026-03-02',
};

async function caseWithInjury(fields: Partial<typeof FIELDS> = {}) {
  const c = await t.invoke('cases:create', { fields: { ...FIELDS, ...fields } });
  const injury: Injury = specificInjury(
    randomUUID(),
    '2025-06-15',
    [
      { name: 'Lumbar spine', status: 'accepted' },
      { name: 'Right shoulder', status: 'accepted' },
      { name: 'Left knee', status: 'disputed' },
    ],
    { adjNumber: 'ADJ1234567' },
  );
  await t.invoke('caseData:saveInjuries', { caseId: c.id, items: [injury] });
  return { c, injuryId: injury.id };
}

const impairment = (injuryId: string, bodyPart: string, wpi: number | null, extra: Partial<Impairment> = {}): Impairment => ({
  id: randomUUID(),
  injuryId,
  bodyPart,
  method: 'DRE',
  citation: 'Table 15-3',
  wpi,
  ...extra,
});

const HOW_AND_WHY =
  'The lifting injury caused an acute disc protrusion documented on the MRI, and the present loss of motion follows directly from it.';

beforeEach(() => {
  today = '2026-03-12';
  records = null;
  t = createTempBackend({ prefix: 'medlegal-discussion-', now: () => noonOn(today), recordsTotals: () => records });
});
afterEach(async () => {
  await t.cleanup();
});

describe('saving and reading the discussion', () => {
  it('saves every list and input, reads them back after reopening the database, and drops them with the case', async () => {
    const { c, injuryId } = await caseWithInjury();
    const imps = [
      impairment(injuryId, 'Lumbar spine', 30, {
        almarazGuzman: { strictWpi: 25, alternativeWpi: 30, reasons: 'The DRE category understates the radiculopathy.' },
      }),
      impairment(injuryId, 'Right shoulder', null, { regionalValue: 33, regionalLevel: 'upper-extremity', region: 'E' }),
    ];
    const combine: Combine[] = [
      { injuryId, method: 'add', addReason: 'Each impairment affects different activities of daily living without overlap.' },
    ];
    const apportionment: Apportionment = {
      id: randomUUID(),
      injuryId,
      bodyPart: 'Lumbar spine',
      industrialPercent: 80,
      industrialExplanation: HOW_AND_WHY,
      factors: [{ kind: 'pre-existing-pathology', label: 'Degenerative disc disease', percent: 20, explanation: HOW_AND_WHY }],
    };
    const td: TdPeriod[] = [
      { id: randomUUID(), from: '2025-06-16', to: '2025-09-30', kind: 'total' },
      { id: randomUUID(), from: '2025-10-01', to: null, kind: 'partial' },
    ];
    await t.invoke('discussion:saveImpairments', { caseId: c.id, items: imps, combine });
    await t.invoke('discussion:saveApportionment', { caseId: c.id, items: [apportionment] });
    await t.invoke('discussion:savePriorAwards', {
      caseId: c.id,
      items: [{ region: 'D', percent: 15, description: '2010 lumbar award' }],
    });
    await t.invoke('discussion:saveDisability', {
      caseId: c.id,
      tdPeriods: td,
      ps: { status: 'permanent-and-stationary', date: '2026-03-02' },
    });
    await t.invoke('discussion:saveSchedule', {
      caseId: c.id,
      schedule: { extension: { kind: 'good-cause', days: 10, approved: false } },
    });
    await t.invoke('discussion:saveFee', { caseId: c.id, fee: { code: 'ML201', modifiers: ['93'], pagesReviewedOverride: 250 } });

    await t.reopen();
    const d = await t.invoke('discussion:get', { caseId: c.id });
    expect(d.impairments).toEqual([
      { ...imps[0], regionalValue: null, regionalLevel: null, region: null },
      { ...imps[1], almarazGuzman: null },
    ]);
    expect(d.combine).toEqual(combine);
    expect(d.apportionments).toEqual([{ ...apportionment, cannotApportion: false, cannotApportionReasons: '' }]);
    expect(d.priorAwards).toEqual([{ region: 'D', percent: 15, description: '2010 lumbar award' }]);
    expect(d.tdPeriods).toEqual(td);
    expect(d.ps).toEqual({ status: 'permanent-and-stationary', date: '2026-03-02' });
    expect(d.schedule).toEqual({
      referralDueDate: null,
      supplementalRequestDate: null,
      agreedExtraDays: 0,
      extension: { kind: 'good-cause', days: 10, approved: false },
    });
    expect(d.fee).toEqual({ code: 'ML201', modifiers: ['93'], pagesReviewedOverride: 250, minutes: null, combining: null });

    // Whole-list saves: an edit replaces, an empty list clears; ratings saved without choices keep the saved choices.
    await t.invoke('discussion:saveImpairments', { caseId: c.id, items: [imps[1]!] });
    expect((await t.invoke('discussion:get', { caseId: c.id })).combine).toEqual(combine);
    await t.invoke('discussion:saveImpairments', { caseId: c.id, items: [imps[1]!], combine: [] });
    await t.invoke('discussion:saveDisability', { caseId: c.id, tdPeriods: [], ps: null });
    await t.invoke('discussion:saveFee', { caseId: c.id, fee: null });
    const after = await t.invoke('discussion:get', { caseId: c.id });
    expect(after.impairments.map((i) => i.bodyPart)).toEqual(['Right shoulder']);
    expect([after.combine, after.tdPeriods, after.ps, after.fee]).toEqual([[], [], null, null]);
    expect(after.apportionments).toHaveLength(1);

    await t.invoke('cases:delete', { id: c.id });
    // Deleted cases stay restorable until the app closes; the next start finds them gone with all they held.
    const { db } = await t.reopen();
    for (const table of [
      'discussion_impairments',
      'discussion_apportionments',
      'discussion_apportionment_factors',
      'discussion_prior_awards',
      'discussion_td_periods',
      'discussion_settings',
    ]) {
      expect((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n).toBe(0);
    }
  });

  it('removes an injury’s ratings and apportionment when the injury is removed', async () => {
    const { c, injuryId } = await caseWithInjury();
    await t.invoke('discussion:saveImpairments', { caseId: c.id, items: [impairment(injuryId, 'Lumbar spine', 10)] });
    await t.invoke('discussion:saveApportionment', {
      caseId: c.id,
      items: [
        { id: randomUUID(), injuryId, bodyPart: 'Lumbar spine', industrialPercent: 100, industrialExplanation: HOW_AND_WHY },
      ],
    });
    await t.invoke('caseData:saveInjuries', { caseId: c.id, items: [] });
    const d = await t.invoke('discussion:get', { caseId: c.id });
    expect([d.impairments, d.apportionments]).toEqual([[], []]);
  });

  it.each([
    [
      'adding without a reason',
      'discussion:saveImpairments',
      (injuryId: string) => ({ items: [], combine: [{ injuryId, method: 'add', addReason: '  ' }] }),
      'Kite',
    ],
    [
      'a WPI over 100',
      'discussion:saveImpairments',
      (injuryId: string) => ({ items: [impairment(injuryId, 'Lumbar spine', 101)] }),
      'cannot exceed 100%',
    ],
    [
      'a regional value without its level',
      'discussion:saveImpairments',
      (injuryId: string) => ({ items: [impairment(injuryId, 'Lumbar spine', null, { regionalValue: 20 })] }),
      'Choose the level',
    ],
    [
      'a good-cause extension of 20 days',
      'discussion:saveSchedule',
      () => ({ schedule: { extension: { kind: 'good-cause', days: 20, approved: true } } }),
      'up to 15 days for good cause',
    ],
    ['40 agreed extra days', 'discussion:saveSchedule', () => ({ schedule: { agreedExtraDays: 40 } }), 'at most 30 extra days'],
    [
      'a disability period ending before it starts',
      'discussion:saveDisability',
      () => ({ tdPeriods: [{ id: randomUUID(), from: '2025-06-16', to: '2025-06-01', kind: 'total' }], ps: null }),
      'end on or after',
    ],
    ['an unknown fee modifier', 'discussion:saveFee', () => ({ fee: { code: 'ML201', modifiers: ['99'] } }), 'fee.modifiers'],
    [
      'a rating of an injury of another case',
      'discussion:saveImpairments',
      () => ({ items: [impairment(randomUUID(), 'Lumbar spine', 10)] }),
      'not part of this case',
    ],
  ])('refuses %s with a clear message and keeps what was saved', async (_, channel, payload, message) => {
    const { c, injuryId } = await caseWithInjury();
    const kept = impairment(injuryId, 'Lumbar spine', 12);
    await t.invoke('discussion:saveImpairments', { caseId: c.id, items: [kept] });
    await t.invoke('discussion:saveSchedule', { caseId: c.id, schedule: { agreedExtraDays: 5 } });
    expect(await refused(channel, { caseId: c.id, ...payload(injuryId) })).toContain(message);
    const d = await t.invoke('discussion:get', { caseId: c.id });
    expect(d.impairments.map((i) => i.id)).toEqual([kept.id]);
    expect(d.schedule.agreedExtraDays).toBe(5);
  });

  it('does not let one case take over another case’s rows by id', async () => {
    const a = await caseWithInjury();
    const b = await caseWithInjury({ examineeName: 'Other' });
    const shared = impairment(a.injuryId, 'Lumbar spine', 10);
    await t.invoke('discussion:saveImpairments', { caseId: a.c.id, items: [shared] });
    const result = t.invoke('discussion:saveImpairments', { caseId: b.c.id, items: [{ ...shared, injuryId: b.injuryId }] });
    await expect(result).rejects.toMatchObject({ code: 'conflict' });
    expect((await t.invoke('discussion:get', { caseId: a.c.id })).impairments).toEqual([
      { ...shared, regionalValue: null, regionalLevel: null, region: null, almarazGuzman: null },
    ]);
  });
});

describe('the discussion summary', () => {
  it('combines the WPI largest first with each step shown, converting a regional value', async () => {
    const { c, injuryId } = await caseWithInjury();
    await t.invoke('discussion:saveImpairments', {
      caseId: c.id,
      items: [
        impairment(injuryId, 'Right shoulder', null, { regionalValue: 33, regionalLevel: 'upper-extremity' }),
        impairment(injuryId, 'Lumbar spine', 30),
      ],
    });
    let s = await t.invoke('discussion:summary', { caseId: c.id });
    const inj = s.impairments[0]!;
    expect(inj.rows.map((r) => [r.bodyPart, r.wpi, r.source])).toEqual([
      ['Right shoulder', 20, 'converted'],
      ['Lumbar spine', 30, 'entered'],
    ]);
    expect(inj.rows[0]!.conversion?.explanation).toBe('33% upper extremity = 20% whole person.');
    expect(inj.combined).toMatchObject({ value: 44, method: 'combine', steps: ['30 C 20 = 44'] });
    expect(inj.injuryLabel).toContain('06/15/2025');

    await t.invoke('discussion:saveImpairments', {
      caseId: c.id,
      items: [
        impairment(injuryId, 'Lumbar spine', 30),
        impairment(injuryId, 'Right shoulder', 20),
        impairment(injuryId, 'Left knee', 10),
      ],
      combine: [{ injuryId, method: 'add', addReason: 'Synergistic.' }],
    });
    s = await t.invoke('discussion:summary', { caseId: c.id });
    expect(s.impairments[0]!.combined).toMatchObject({
      value: 60,
      method: 'add',
      steps: ['30 + 20 = 50', '50 + 10 = 60'],
      reason: 'Synergistic.',
    });
    expect(s.impairments[0]!.combined!.warnings.join(' ')).toContain('Vigil');
  });

  it('flags an apportionment that does not total 100%, then passes once fixed', async () => {
    const { c, injuryId } = await caseWithInjury();
    const entry: Apportionment = {
      id: randomUUID(),
      injuryId,
      bodyPart: 'Lumbar spine',
      industrialPercent: 60,
      industrialExplanation: HOW_AND_WHY,
      factors: [{ kind: 'pre-existing-pathology', label: 'Degenerative disc disease', percent: 30, explanation: HOW_AND_WHY }],
    };
    await t.invoke('discussion:saveApportionment', { caseId: c.id, items: [entry] });
    let a = (await t.invoke('discussion:summary', { caseId: c.id })).apportionment[0]!;
    expect(a).toMatchObject({ ok: false, total: 90 });
    expect(a.issues.find((i) => i.field === 'total')!.message).toContain('totals 90% (60 + 30)');

    await t.invoke('discussion:saveApportionment', { caseId: c.id, items: [{ ...entry, industrialPercent: 70 }] });
    a = (await t.invoke('discussion:summary', { caseId: c.id })).apportionment[0]!;
    expect(a).toMatchObject({ ok: true, total: 100, issues: [] });
  });

  it('warns when prior awards and the apportioned new disability pass a region’s 100% cap', async () => {
    const { c, injuryId } = await caseWithInjury();
    await t.invoke('discussion:saveImpairments', { caseId: c.id, items: [impairment(injuryId, 'Lumbar spine', 40)] });
    await t.invoke('discussion:saveApportionment', {
      caseId: c.id,
      items: [
        {
          id: randomUUID(),
          injuryId,
          bodyPart: 'Lumbar spine',
          industrialPercent: 50,
          industrialExplanation: HOW_AND_WHY,
          factors: [{ kind: 'prior-injury-or-award', label: '2010 award', percent: 50, explanation: HOW_AND_WHY }],
        },
      ],
    });
    await t.invoke('discussion:savePriorAwards', { caseId: c.id, items: [{ region: 'D', percent: 85 }] });
    const s = await t.invoke('discussion:summary', { caseId: c.id });
    expect(s.regionCaps!.rows).toEqual([{ region: 'D', label: 'Spine', prior: 85, current: 20, total: 105, overCap: true }]);
    expect(s.regionCaps!.warnings[0]).toContain('Region D (Spine)');
  });

  it.each([
    // [exam, today, due, Form 112 last day, days left, urgency]
    ['2026-01-31', '2026-02-27', '2026-03-02', '2026-02-25', 3, 'due-within-5'],
    ['2028-01-31', '2028-02-20', '2028-03-01', '2028-02-25', 10, 'due-within-10'],
    ['2026-02-28', '2026-03-01', '2026-03-30', '2026-03-25', 29, 'ok'],
    ['2026-03-31', '2026-05-01', '2026-04-30', '2026-04-25', -1, 'overdue'],
  ])('exam %s seen on %s: report due %s, Form 112 by %s, %i days left (%s)', async (exam, now, due, form112, left, urgency) => {
    today = now;
    const { c } = await caseWithInjury({ examDate: exam });
    const d = (await t.invoke('discussion:summary', { caseId: c.id })).deadlines;
    expect(d).toMatchObject({
      today: now,
      kind: 'qme-report',
      reportDue: { date: due, ruleId: 'qme-report-due' },
      form112: { date: form112 },
      urgency: { daysLeft: left, urgency },
    });
    expect(d.reportDue!.explanation).toContain('+ 30 calendar days (8 CCR §38(a))');
  });

  it('moves the due date for an approved extension only, and counts a supplemental report from its request', async () => {
    const { c } = await caseWithInjury({ examDate: '2026-01-31' });
    await t.invoke('discussion:saveSchedule', {
      caseId: c.id,
      schedule: { extension: { kind: 'pending-tests', days: 30, approved: false } },
    });
    let d = (await t.invoke('discussion:summary', { caseId: c.id })).deadlines;
    expect([d.effectiveDue!.date, d.extended, d.notes.join(' ')]).toEqual([
      '2026-03-02',
      null,
      expect.stringContaining('not recorded as approved'),
    ]);
    await t.invoke('discussion:saveSchedule', {
      caseId: c.id,
      schedule: { extension: { kind: 'pending-tests', days: 30, approved: true } },
    });
    d = (await t.invoke('discussion:summary', { caseId: c.id })).deadlines;
    expect(d.effectiveDue).toMatchObject({ date: '2026-04-01', ruleId: 'extension-pending-tests' });

    await t.invoke('discussion:saveSchedule', {
      caseId: c.id,
      schedule: { supplementalRequestDate: '2026-01-30', agreedExtraDays: 30 },
    });
    d = (await t.invoke('discussion:summary', { caseId: c.id })).deadlines;
    expect(d).toMatchObject({
      kind: 'supplemental',
      reportDue: { date: '2026-04-30', ruleId: 'supplemental-report-due' },
      form112: null,
    });
  });

  it('takes an IME due date from the referral', async () => {
    const { c } = await caseWithInjury({ reportKind: 'IME' });
    let d = (await t.invoke('discussion:summary', { caseId: c.id })).deadlines;
    expect([d.effectiveDue, d.notes]).toEqual([null, [expect.stringContaining('due date the referral gives')]]);
    await t.invoke('discussion:saveSchedule', { caseId: c.id, schedule: { referralDueDate: '2026-03-20' } });
    d = (await t.invoke('discussion:summary', { caseId: c.id })).deadlines;
    expect(d).toMatchObject({
      kind: 'ime',
      effectiveDue: { date: '2026-03-20', ruleId: 'ime-report-due' },
      urgency: { daysLeft: 8, urgency: 'due-within-10' },
    });
  });

  it('prices the fee with the records page count once records review has one, and the entered count until then', async () => {
    const { c } = await caseWithInjury();
    await t.invoke('discussion:saveFee', { caseId: c.id, fee: { code: 'ML201', pagesReviewedOverride: 300 } });
    let fee = (await t.invoke('discussion:summary', { caseId: c.id })).fee!;
    expect([fee.pagesSource, fee.pagesReviewed, fee.result!.total]).toEqual(['entered', 300, '$2,315.00']);

    records = { totalPagesReceived: 360, totalPagesReviewed: 350 };
    fee = (await t.invoke('discussion:summary', { caseId: c.id })).fee!;
    expect([fee.pagesSource, fee.pagesReviewed, fee.result!.total]).toEqual(['records', 350, '$2,465.00']);
    expect(fee.result!.lineItems.map((l) => [l.code, l.quantity, l.amountCents])).toEqual([
      ['ML201', 1, 201500],
      ['MLPRR', 150, 45000],
    ]);
    expect(fee.notes.join(' ')).toContain('300 pages entered earlier are no longer used');

    await t.invoke('discussion:saveFee', { caseId: c.id, fee: { code: 'ML203' } });
    fee = (await t.invoke('discussion:summary', { caseId: c.id })).fee!;
    expect([fee.result, fee.problems]).toEqual([null, [expect.stringContaining('supplemental report was requested')]]);
    records = { totalPagesReceived: 80, totalPagesReviewed: 80 };
    await t.invoke('discussion:saveSchedule', { caseId: c.id, schedule: { supplementalRequestDate: '2026-03-01' } });
    fee = (await t.invoke('discussion:summary', { caseId: c.id })).fee!;
    expect(fee.result!.total).toBe('$740.00');
  });
});

describe('the case list', () => {
  it('shows each case’s next deadline and sorts overdue first, then the soonest, then cases without a deadline', async () => {
    today = '2026-03-12';
    const make = async (name: string, examDate: string | null, reportKind: 'QME' | 'IME' = 'QME') =>
      t.invoke('cases:create', { fields: { ...FIELDS, examineeName: name, examDate, reportKind } });
    await make('No exam yet', null);
    await make('Due in 20 days', '2026-03-02');
    await make('Overdue', '2026-02-01');
    const ime = await make('IME due in 3 days', '2026-03-01', 'IME');
    await t.invoke('discussion:saveSchedule', { caseId: ime.id, schedule: { referralDueDate: '2026-03-15' } });
    await make('Due in 9 days', '2026-02-19');

    const list = await t.invoke('cases:list', { query: '' });
    expect(list.map((c) => [c.examineeName, c.nextDeadline?.daysLeft ?? null, c.nextDeadline?.urgency ?? null])).toEqual([
      ['Overdue', -9, 'overdue'],
      ['IME due in 3 days', 3, 'due-within-5'],
      ['Due in 9 days', 9, 'due-within-10'],
      ['Due in 20 days', 20, 'ok'],
      ['No exam yet', null, null],
    ]);
    expect(list[0]!.nextDeadline).toEqual({ date: '2026-03-03', label: 'Report due', daysLeft: -9, urgency: 'overdue' });
    expect(list[1]!.nextDeadline!.label).toBe('IME report due');
    expect((await t.invoke('cases:list', { query: 'due in' })).map((c) => c.examineeName)).toEqual([
      'IME due in 3 days',
      'Due in 9 days',
      'Due in 20 days',
    ]);
  });
});
