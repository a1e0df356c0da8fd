// Nothing unfinished can be signed: export:sign refuses while a blocking compliance item is missing (naming it in plain
// words), and while a warning the check finds now was not accepted with "Sign anyway", so a screen opened before a new
// warning cannot sign past it; the accepted warnings are recorded with the signed export. export:signCheck is the answer the
// screen shows: the same check, stamped with the date of signing as signing stamps it.
import { afterEach, describe, expect, it } from 'vitest';
import { DISMISSED_WARNINGS_VALUE, dismissKey } from '../../../electron/common/compliance/dismissals';
import { signingGate } from '../../../electron/common/report/workflow';
import { openSigningSession, type SigningSession } from './signing-session';

let session: SigningSession;
afterEach(async () => {
  await session?.close();
});

const sign = (extra: { acceptedWarnings?: string[] } = {}) => ({
  caseId: session.caseId,
  county: 'Los Angeles',
  signingDate: '2026-11-24',
  ...extra,
});

/** Codes the first `n` diagnoses as initial encounters ("A"), months after the injury: one warning naming each. */
async function codeAsInitialEncounter(n: number) {
  const { diagnoses } = await session.call('caseData:get', { caseId: session.caseId });
  const codes = ['S33.5XXA', 'S63.501A', 'S83.90XA'];
  await session.call('caseData:saveDiagnoses', {
    caseId: session.caseId,
    items: diagnoses.map((d, i) => (i < n ? { ...d, code: codes[i]! } : d)),
  });
}

const openWarnings = async () =>
  signingGate(await session.call('export:signCheck', { caseId: session.caseId, signingDate: '2026-11-24' })).warnings;

async function expectNothingSigned() {
  expect((await session.call('cases:get', { id: session.caseId })).status).toBe('drafting');
  expect(await session.call('export:history', { caseId: session.caseId })).toEqual([]);
  expect((await session.call('caseData:get', { caseId: session.caseId })).values['signing.date']).toBeUndefined();
}

describe('the check as it will be signed', () => {
  it('does not count the date of signing as missing before signing, unlike the check of the draft as it prints now', async () => {
    session = await openSigningSession();
    const draft = await session.call('compliance:check', { caseId: session.caseId });
    expect(draft.find((i) => i.id === 'declaration-lc4628j')).toMatchObject({
      status: 'missing',
      message: 'Add the date of signing.',
    });
    const asSigned = await session.call('export:signCheck', { caseId: session.caseId });
    expect(asSigned.find((i) => i.id === 'declaration-lc4628j')!.status).toBe('pass');
    expect(signingGate(asSigned)).toEqual({ blocking: [], warnings: [] });
  });

  it('names a missing item and the steps it marks incomplete', async () => {
    session = await openSigningSession();
    await session.call('caseData:saveValues', { caseId: session.caseId, values: { 'exam.streetAddress': null } });
    const { blocking } = signingGate(await session.call('export:signCheck', { caseId: session.caseId }));
    expect(blocking).toEqual([
      expect.objectContaining({
        id: 'exam-date-place',
        message: 'Add the street address of the examination.',
        steps: ['case'],
        target: expect.objectContaining({ step: 'case', sectionId: 'examination-date-and-place' }),
      }),
    ]);
  });
});

describe('signing refuses', () => {
  it('while a blocking item is missing, naming it in plain words', async () => {
    session = await openSigningSession();
    await session.call('caseData:saveValues', { caseId: session.caseId, values: { 'exam.streetAddress': null } });
    const error = await session.fail('export:sign', sign());
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'This report cannot be signed yet. Still missing: Date the exam was completed and its street address: Add the street ' +
        'address of the examination. The compliance check on the Review and sign step links to each; a draft can still be exported.',
    );
    expect(error.message).not.toMatch(/exam\.streetAddress|10682b|\bid\b/);
    await expectNothingSigned();
    // Accepting warnings does not sign past a missing item.
    expect((await session.fail('export:sign', sign({ acceptedWarnings: ['exam-date-place#00000000'] }))).code).toBe(
      'invalid-input',
    );
  });

  it('while a warning was not accepted, naming it', async () => {
    session = await openSigningSession();
    await codeAsInitialEncounter(1);
    const [warning, ...more] = await openWarnings();
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ id: 'encounter-character', status: 'warning' });

    const error = await session.fail('export:sign', sign());
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(
      /^The compliance check has a warning you have not confirmed: Diagnosis codes: the 7th character fits the time since the injury: S33\.5XXA/,
    );
    expect(error.message).toMatch(/"Sign anyway"/);
    await expectNothingSigned();
  });

  it('when the warning changed after it was accepted (a screen opened before the change)', async () => {
    session = await openSigningSession();
    await codeAsInitialEncounter(1);
    const acceptedOnScreen = (await openWarnings()).map(dismissKey);
    // Meanwhile a second code is changed: the warning now says something the physician has not read.
    await codeAsInitialEncounter(2);
    const error = await session.fail('export:sign', sign({ acceptedWarnings: acceptedOnScreen }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/S63\.501A/);
    await expectNothingSigned();
  });
});

describe('accepted warnings', () => {
  it('sign and are recorded with the signed export, also after a restart', async () => {
    session = await openSigningSession();
    await codeAsInitialEncounter(1);
    const warnings = await openWarnings();
    const outcome = await session.call('export:sign', sign({ acceptedWarnings: warnings.map(dismissKey) }));
    expect(outcome.filePath).not.toBeNull();

    const expected = [{ id: 'encounter-character', label: warnings[0]!.label, message: warnings[0]!.message }];
    const [row] = await session.call('export:history', { caseId: session.caseId });
    expect(row).toMatchObject({ id: outcome.historyId, signed: true, incomplete: false, acceptedWarnings: expected });
    await session.reopen();
    expect((await session.call('export:history', { caseId: session.caseId }))[0]!.acceptedWarnings).toEqual(expected);
  });

  it('are not needed for a dismissed warning, and a draft records none', async () => {
    session = await openSigningSession();
    await codeAsInitialEncounter(1);
    const [warning] = await openWarnings();
    await session.call('caseData:saveValues', {
      caseId: session.caseId,
      values: { [DISMISSED_WARNINGS_VALUE]: JSON.stringify([dismissKey(warning!)]) },
    });
    expect(await openWarnings()).toEqual([]);

    await session.call('export:docx', { caseId: session.caseId });
    await session.call('export:sign', sign());
    const history = await session.call('export:history', { caseId: session.caseId });
    expect(history.map((h) => [h.signed, h.acceptedWarnings])).toEqual([
      [true, []],
      [false, []],
    ]);
  });
});
