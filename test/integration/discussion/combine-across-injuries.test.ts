// Combining across injuries (the Benson exception) through the real registry over a temp SQLite file: off by default, saved
// with its reason and read back after a restart, a short reason refused without touching what was saved, the reason kept
// when turned off, the summary and the compliance check, and the exported .docx with the value, steps and reason.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { specificInjury } from '../../fixtures/case-rows';
import { docxText } from '../../helpers/docx';
import { createTempBackend, noonOn, type TempBackend } from '../../helpers/temp-backend';

type Impairment = InputOf<'discussion:saveImpairments'>['items'][number];

const REASON =
  'The lifting injury and the later fall both injured the same lumbar levels, and the records after the fall show no ' +
  'separate findings, so the disability caused by each cannot be told apart within reasonable medical probability.';

let t: TempBackend;
let saveTo = '';

beforeEach(() => {
  t = createTempBackend({
    prefix: 'medlegal-across-',
    now: () => noonOn('2026-03-12'),
    host: { chooseSavePath: async () => saveTo },
  });
  saveTo = path.join(t.dir, 'report.docx');
});
afterEach(async () => {
  await t.cleanup();
});

/** A QME case with two injuries: the lumbar spine (30% and 20% WPI, combined 44%) and the left knee (20% WPI). */
async function twoInjuryCase() {
  const c = await t.invoke('cases:create', {
    fields: {
      examineeName: 'Across Injuries',
      dateOfBirth: null,
      claimNumber: 'AI-1',
      employer: 'E',
      claimsAdministrator: 'CA',
      reportKind: 'QME',
      examDate: '2026-03-02',
    },
  });
  const first = specificInjury(randomUUID(), '2025-06-15', [{ name: 'Lumbar spine', status: 'accepted' }], {
    adjNumber: 'ADJ1234567',
  });
  const second = specificInjury(randomUUID(), '2025-11-03', [{ name: 'Left knee', status: 'accepted' }], {
    adjNumber: 'ADJ7654321',
  });
  await t.invoke('caseData:saveInjuries', { caseId: c.id, items: [first, second] });
  const rating = (injuryId: string, bodyPart: string, wpi: number): Impairment => ({
    id: randomUUID(),
    injuryId,
    bodyPart,
    method: 'DRE',
    citation: 'Table 15-3',
    wpi,
  });
  const items = [rating(first.id, 'Lumbar spine', 30), rating(first.id, 'Lumbar spine', 20), rating(second.id, 'Left knee', 20)];
  await t.invoke('discussion:saveImpairments', { caseId: c.id, items });
  return { caseId: c.id, items };
}

const acrossItem = async (caseId: string) =>
  (await t.invoke('compliance:check', { caseId })).find((i) => i.id === 'combine-across-injuries');

describe('combining across injuries', () => {
  it('is off by default: each injury is combined on its own', async () => {
    const { caseId } = await twoInjuryCase();
    expect((await t.invoke('discussion:get', { caseId })).combineAcross).toEqual({ on: false, reason: '' });
    const s = await t.invoke('discussion:summary', { caseId });
    expect(s.acrossInjuries).toBeNull();
    expect(s.impairments.map((i) => i.combined?.value)).toEqual([44, 20]);
    expect(await acrossItem(caseId)).toBeUndefined();
  });

  it('saves the choice with its reason, keeps it over a restart and over saves without it, and keeps the reason when off', async () => {
    const { caseId, items } = await twoInjuryCase();
    await t.invoke('discussion:saveImpairments', { caseId, items, combineAcross: { on: true, reason: REASON } });
    await t.reopen();
    expect((await t.invoke('discussion:get', { caseId })).combineAcross).toEqual({ on: true, reason: REASON });

    // Ratings saved without the choice leave it as it was.
    await t.invoke('discussion:saveImpairments', { caseId, items });
    expect((await t.invoke('discussion:get', { caseId })).combineAcross).toEqual({ on: true, reason: REASON });

    const s = await t.invoke('discussion:summary', { caseId });
    expect(s.acrossInjuries).toMatchObject({
      reason: REASON,
      injuries: [
        { injuryLabel: 'specific injury 06/15/2025, ADJ1234567', value: 44 },
        { injuryLabel: 'specific injury 11/03/2025, ADJ7654321', value: 20 },
      ],
      combined: { value: 55, steps: ['44 C 20 = 55'] },
      problems: [],
    });
    expect(s.impairments.map((i) => i.combined?.steps)).toEqual([['30 C 20 = 44'], []]);
    expect(await acrossItem(caseId)).toMatchObject({ status: 'pass', blocking: false });

    // Turned off, the reason stays, so turning it on again (Undo) needs nothing retyped.
    await t.invoke('discussion:saveImpairments', { caseId, items, combineAcross: { on: false, reason: REASON } });
    expect((await t.invoke('discussion:get', { caseId })).combineAcross).toEqual({ on: false, reason: REASON });
    expect((await t.invoke('discussion:summary', { caseId })).acrossInjuries).toBeNull();
  });

  it('refuses the choice with a short reason and keeps what was saved', async () => {
    const { caseId, items } = await twoInjuryCase();
    const result = await t.invokeRaw('discussion:saveImpairments', {
      caseId,
      items,
      combineAcross: { on: true, reason: 'Same lumbar levels.' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain(
        'To combine across injuries, write why the disability cannot be parsed among the injuries, in at least 20 words.',
      );
    }
    expect((await t.invoke('discussion:get', { caseId })).combineAcross).toEqual({ on: false, reason: '' });
  });

  it('blocks the report when a saved choice has too short a reason (a file from before the minimum)', async () => {
    const { caseId } = await twoInjuryCase();
    t.backend.db
      .prepare(
        "INSERT INTO discussion_settings (case_id, updated_at, combine_across, combine_across_reason) VALUES (?, '2026-03-12', 1, 'Same levels.')",
      )
      .run(caseId);
    expect(await acrossItem(caseId)).toMatchObject({
      status: 'missing',
      blocking: true,
      message:
        'The injuries are combined into one value, but the reason they cannot be parsed is under 20 words. Explain in at least 20 words why the disability caused by each injury cannot be told apart, or rate each injury on its own.',
    });
  });

  it('prints each injury’s combination, then the value across injuries, its steps and the reason in the exported report', async () => {
    const { caseId, items } = await twoInjuryCase();
    await t.invoke('discussion:saveImpairments', { caseId, items, combineAcross: { on: true, reason: REASON } });
    const outcome = await t.invoke('export:docx', { caseId });
    expect(outcome.filePath).toBe(saveTo);
    const text = await docxText(saveTo);
    const at = (line: string) => text.indexOf(line);
    expect(at('Combined whole person impairment, specific injury 06/15/2025, ADJ1234567: 44% WPI')).toBeGreaterThan(-1);
    expect(at('Combined whole person impairment, specific injury 11/03/2025, ADJ7654321: 20% WPI')).toBeGreaterThan(-1);
    const across = at('Combined across injuries: 55% WPI');
    expect(across).toBeGreaterThan(at('Combined whole person impairment, specific injury 11/03/2025, ADJ7654321: 20% WPI'));
    expect(text.slice(across)).toMatch(
      /^Combined across injuries: 55% WPI\n+The injuries’ values, 44% WPI \(specific injury 06\/15\/2025, ADJ1234567\) and 20% WPI \(specific injury 11\/03\/2025, ADJ7654321\), combined using the [^\n]*Combined Values Chart[^\n]*, largest value first, each step rounded half up:\n+44 C 20 = 55\n+The injuries cannot be parsed: /,
    );
    expect(text).toContain(`The injuries cannot be parsed: ${REASON}`);
  });
});
