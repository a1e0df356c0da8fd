// Combining across injuries (the Benson exception): the injuries' values combined largest first with each step rounded,
// the per-injury values kept either way, the contract refusing the choice without a reason of enough words, the editor's
// preview saying what the summary says, and the compliance check blocking a short reason.
import { describe, expect, it } from 'vitest';
import {
  COMBINE_ACROSS_REASON_MIN_WORDS,
  type CombineAcross,
  type Impairment,
} from '../../../electron/common/case/discussion-model';
import type { DiscussionSummary } from '../../../electron/common/case/discussion-summary';
import { combineAcrossInjuries } from '../../../electron/common/case/impairment-rules';
import { runComplianceCheck } from '../../../electron/common/compliance/run-compliance-check';
import { discussionContract } from '../../../electron/common/ipc/discussion.contract';
import { blankImpairment, previewAcrossInjuries } from '../../../renderer/src/features/discussion/impairment-preview';
import { specificInjury } from '../../fixtures/case-rows';
import { builtinTemplate, completeQmeCase, complianceContext, QME_IDS, type CaseParts } from '../../fixtures/complete-qme-case';

const SECOND_INJURY = '22222222-2222-4222-8222-222222222223';
const KNEE = '55555555-5555-4555-8555-555555555553';
const REASON =
  'The lifting injury and the later fall both struck the same lumbar levels, and the records after the fall show no ' +
  'separate findings, so the disability caused by each cannot be told apart within reasonable medical probability.';

/** The complete QME case with a second injury whose left knee is rated `kneeWpi`% WPI; the first injury combines to 44%. */
function twoInjuries(kneeWpi: number | null = 20, combineAcross?: CombineAcross): CaseParts {
  const parts = completeQmeCase();
  parts.data.injuries.push(
    specificInjury(SECOND_INJURY, '2025-11-03', [{ name: 'Left knee', status: 'accepted' }], { adjNumber: 'ADJ7654321' }),
  );
  const knee: Impairment = {
    ...blankImpairment(KNEE, SECOND_INJURY, 'Left knee'),
    method: 'Meniscectomy',
    citation: 'Table 17-33',
    wpi: kneeWpi,
  };
  parts.discussion.impairments.push(knee);
  if (combineAcross) parts.discussion.combineAcross = combineAcross;
  return parts;
}

const summaryOf = (parts: CaseParts): DiscussionSummary => complianceContext(parts).summary;

describe('the injuries combined into one value', () => {
  it('combines largest first, each step rounded half up like the Combined Values Chart', () => {
    const r = combineAcrossInjuries([
      { injuryId: 'a', label: 'injury 1', value: 10 },
      { injuryId: 'b', label: 'injury 2', value: 44 },
      { injuryId: 'c', label: 'injury 3', value: 20 },
    ]);
    expect(r.parts.map((p) => p.value)).toEqual([44, 20, 10]);
    // 44 + 20 − 8.8 = 55.2 → 55; 55 + 10 − 5.5 = 59.5 → 60.
    expect(r.result?.steps).toEqual(['44 C 20 = 55', '55 C 10 = 60']);
    expect(r.result?.value).toBe(60);
    expect(r.problem).toBeNull();
  });

  it('needs two injury values, and names an injury left out for lack of one', () => {
    const r = combineAcrossInjuries([
      { injuryId: 'a', label: 'injury 1', value: 44 },
      { injuryId: 'b', label: 'injury 2', value: null },
    ]);
    expect(r.result).toBeNull();
    expect(r.missing).toEqual(['injury 2']);
    expect(r.problem).toBe('Combining across injuries needs two or more injuries with a combined value.');
  });
});

describe('the discussion summary', () => {
  it('rates each injury on its own by default (Benson)', () => {
    const s = summaryOf(twoInjuries());
    expect(s.acrossInjuries).toBeNull();
    expect(s.impairments.map((i) => [i.combined?.value, i.combined?.steps])).toEqual([
      [44, ['30 C 20 = 44']],
      [20, []],
    ]);
  });

  it('keeps the reason but combines nothing while the choice is off', () => {
    expect(summaryOf(twoInjuries(20, { on: false, reason: REASON })).acrossInjuries).toBeNull();
  });

  it('combines the injuries’ values with the steps, and still shows each injury’s own steps', () => {
    const s = summaryOf(twoInjuries(20, { on: true, reason: REASON }));
    expect(s.impairments.map((i) => [i.combined?.value, i.combined?.steps])).toEqual([
      [44, ['30 C 20 = 44']],
      [20, []],
    ]);
    expect(s.acrossInjuries).toMatchObject({
      reason: REASON,
      injuries: [
        { injuryId: QME_IDS.injury, injuryLabel: 'specific injury 06/15/2025, ADJ1234567', value: 44 },
        { injuryId: SECOND_INJURY, injuryLabel: 'specific injury 11/03/2025, ADJ7654321', value: 20 },
      ],
      combined: { value: 55, method: 'combine', steps: ['44 C 20 = 55'] },
      problems: [],
    });
  });

  it('takes the larger second injury first', () => {
    const s = summaryOf(twoInjuries(50, { on: true, reason: REASON }));
    expect(s.acrossInjuries?.combined?.steps).toEqual(['50 C 44 = 72']);
  });

  it('says why there is no value when only one injury has one', () => {
    const s = summaryOf(twoInjuries(null, { on: true, reason: REASON }));
    expect(s.acrossInjuries?.combined).toBeNull();
    expect(s.acrossInjuries?.problems).toEqual([
      'specific injury 11/03/2025, ADJ7654321: no combined value yet, so it is left out of the value across injuries.',
      'Combining across injuries needs two or more injuries with a combined value.',
    ]);
  });

  it('is what the impairment editor previews', () => {
    const parts = twoInjuries(20, { on: true, reason: REASON });
    const preview = previewAcrossInjuries(parts.data.injuries, parts.discussion.impairments, parts.discussion.combine);
    expect(preview).toEqual({
      ratedInjuries: 2,
      value: 55,
      valuesText: '44% (injury 1), 20% (injury 2)',
      stepsText: '44 C 20 = 55',
      problem: null,
      missing: [],
    });
    expect(preview.value).toBe(summaryOf(parts).acrossInjuries?.combined?.value);
  });
});

describe('the contract', () => {
  const schema = discussionContract['discussion:saveImpairments'].input;
  const input = (combineAcross?: unknown) => ({
    caseId: QME_IDS.caseId,
    items: [],
    ...(combineAcross === undefined ? {} : { combineAcross }),
  });
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('accepts the choice off (with or without a kept reason), omitted, or on with a reason of enough words', () => {
    for (const ok of [
      undefined,
      { on: false, reason: '' },
      { on: false, reason: 'short' },
      { on: true, reason: words(COMBINE_ACROSS_REASON_MIN_WORDS) },
      { on: true, reason: REASON },
    ]) {
      expect(schema.safeParse(input(ok)).success, JSON.stringify(ok)).toBe(true);
    }
  });

  it('refuses the choice on without a reason of enough words, in plain words', () => {
    for (const bad of [
      { on: true, reason: '' },
      { on: true, reason: '   ' },
      { on: true, reason: words(COMBINE_ACROSS_REASON_MIN_WORDS - 1) },
    ]) {
      const parsed = schema.safeParse(input(bad));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        [
          'combineAcross.reason',
          'To combine across injuries, write why the disability cannot be parsed among the injuries, in at least 20 words.',
        ],
      ]);
    }
  });

  it('fills a missing reason with an empty one', () => {
    const parsed = schema.parse(input({ on: false }));
    expect(parsed.combineAcross).toEqual({ on: false, reason: '' });
  });
});

describe('the compliance check', () => {
  const template = builtinTemplate('ca-qme-comprehensive');
  const item = (parts: CaseParts) =>
    runComplianceCheck(template, complianceContext(parts)).find((i) => i.id === 'combine-across-injuries');

  it('has nothing to say while the injuries are rated separately', () => {
    expect(item(twoInjuries())).toBeUndefined();
    expect(item(twoInjuries(20, { on: false, reason: '' }))).toBeUndefined();
  });

  it('passes the choice with its reason', () => {
    expect(item(twoInjuries(20, { on: true, reason: REASON }))).toMatchObject({
      status: 'pass',
      blocking: false,
      message: 'The injuries are combined into one value (55% WPI), with the reason they cannot be parsed.',
    });
  });

  it('blocks the report while the reason is too short or missing, in plain words', () => {
    expect(item(twoInjuries(20, { on: true, reason: 'Same levels.' }))).toMatchObject({
      status: 'missing',
      blocking: true,
      label: 'Reason for combining the injuries into one value',
      message:
        'The injuries are combined into one value, but the reason they cannot be parsed is under 20 words. Explain in at least 20 words why the disability caused by each injury cannot be told apart, or rate each injury on its own.',
      target: { step: 'discussion' },
    });
    expect(item(twoInjuries(20, { on: true, reason: '' }))?.message).toContain(
      'the reason they cannot be parsed is not written.',
    );
  });

  it('blocks the report when there is only one injury value to combine', () => {
    const found = item(twoInjuries(null, { on: true, reason: REASON }));
    expect(found).toMatchObject({ status: 'missing', blocking: true });
    expect(found?.message).toContain('Combining across injuries needs two or more injuries with a combined value.');
  });
});
