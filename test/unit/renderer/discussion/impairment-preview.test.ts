// The discussion editors' instant feedback: the WPI a row contributes, each injury's combined value with its steps, and
// that it is what the report (the discussion summary) says for the same ratings.
import { describe, expect, it } from 'vitest';
import type { CombineOption, Impairment } from '../../../../electron/common/case/discussion-model';
import { computeDiscussionSummary } from '../../../../electron/common/case/discussion-summary';
import { combineOptionFor, wpiInUse } from '../../../../electron/common/case/impairment-rules';
import {
  blankImpairment,
  previewCombined,
  withCombineOption,
} from '../../../../renderer/src/features/discussion/impairment-preview';
import { completeQmeCase } from '../../../fixtures/complete-qme-case';

const injuryId = '00000000-0000-4000-8000-000000000001';
let n = 0;
function row(bodyPart: string, patch: Partial<Impairment> = {}): Impairment {
  n += 1;
  return { ...blankImpairment(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, injuryId, bodyPart), ...patch };
}
const combine: CombineOption = { injuryId, method: 'combine', addReason: '' };

describe('the WPI a row uses', () => {
  it.each([
    { what: 'an entered WPI', patch: { wpi: 12 }, wpi: 12, source: 'entered' },
    {
      what: 'a regional value converted',
      patch: { regionalValue: 46, regionalLevel: 'index-finger' as const },
      wpi: 5,
      source: 'converted',
    },
    {
      what: 'an entered WPI over the conversion',
      patch: { regionalValue: 8, regionalLevel: 'upper-extremity' as const, wpi: 6 },
      wpi: 6,
      source: 'entered',
    },
    { what: 'a regional value without its level', patch: { regionalValue: 20 }, wpi: null, source: 'none' },
    { what: 'nothing', patch: {}, wpi: null, source: 'none' },
  ])('uses $what', ({ patch, wpi, source }) => {
    const p = wpiInUse(row('Right hand', patch));
    expect(p.wpi).toBe(wpi);
    expect(p.source).toBe(source);
  });

  it('shows every conversion step, rounded, with its table', () => {
    const p = wpiInUse(row('Right index finger', { regionalValue: 46, regionalLevel: 'index-finger' }));
    expect(p.conversion?.explanation).toBe('46% index finger = 9% hand = 8% upper extremity = 5% whole person.');
    expect(p.conversion?.steps.map((s) => s.text)).toEqual([
      expect.stringMatching(/^46% index finger × 0\.20 = 9\.2 → 9% hand \(AMA Guides 5th, Table 16-1/),
      expect.stringMatching(/^9% hand × 0\.90 = 8\.1 → 8% upper extremity \(AMA Guides 5th, Table 16-2/),
      expect.stringMatching(/^8% upper extremity × 0\.60 = 4\.8 → 5% whole person \(AMA Guides 5th, Table 16-3/),
    ]);
  });
});

describe('previewCombined', () => {
  it.each([
    { values: [30, 20], value: 44, steps: '30 C 20 = 44' },
    { values: [50, 50], value: 75, steps: '50 C 50 = 75' },
    { values: [10, 30, 20], value: 50, steps: '30 C 20 = 44, 44 C 10 = 50' },
    { values: [20, 10, 30], value: 50, steps: '30 C 20 = 44, 44 C 10 = 50' },
  ])('combines $values largest first as "$steps"', ({ values, value, steps }) => {
    const p = previewCombined(
      values.map((v) => row('Part', { wpi: v })),
      combine,
    );
    expect(p.value).toBe(value);
    expect(p.stepsText).toBe(steps);
    expect(p.problem).toBeNull();
  });

  it('combines converted and entered values together and names the rows still without a WPI', () => {
    const p = previewCombined(
      [
        row('Lumbar spine', { wpi: 30 }),
        row('Right hand', { regionalValue: 46, regionalLevel: 'index-finger' }),
        row('Left knee'),
      ],
      combine,
    );
    expect(p.stepsText).toBe('30 C 5 = 34');
    expect(p.missing).toEqual(['Left knee']);
  });

  it('adds only with a written reason', () => {
    const rows = [row('Lumbar spine', { wpi: 30 }), row('Cervical spine', { wpi: 20 })];
    const without = previewCombined(rows, { injuryId, method: 'add', addReason: '  ' });
    expect(without.value).toBeNull();
    expect(without.problem).toMatch(/written reason/);
    const withReason = previewCombined(rows, {
      injuryId,
      method: 'add',
      addReason: 'Sitting tolerance and overhead reach are separate activities of daily living.',
    });
    expect(withReason.value).toBe(50);
    expect(withReason.stepsText).toBe('30 + 20 = 50');
    expect(withReason.warnings[0]).toMatch(/under 20 words/);
  });

  it('asks for a WPI when no row has one', () => {
    expect(previewCombined([row('Psyche')], combine)).toMatchObject({
      value: null,
      problem: expect.stringMatching(/Enter a WPI/),
    });
  });
});

describe('combine choices', () => {
  it('keeps one choice per injury', () => {
    const other: CombineOption = { injuryId: '00000000-0000-4000-8000-0000000000ff', method: 'combine', addReason: '' };
    expect(combineOptionFor([], injuryId)).toEqual(combine);
    const once = withCombineOption([other], { injuryId, method: 'add', addReason: 'x' });
    const twice = withCombineOption(once, { injuryId, method: 'combine', addReason: 'x' });
    expect(twice).toEqual([other, { injuryId, method: 'combine', addReason: 'x' }]);
  });
});

describe('screen and report agree', () => {
  const addReason = 'Sitting tolerance and overhead reach are separate activities of daily living.';
  it.each([
    { what: 'entered values combined', rows: [{ wpi: 30 }, { wpi: 20 }, { wpi: 10 }], option: 'combine' as const },
    {
      what: 'a converted value with an entered one',
      rows: [{ wpi: 30 }, { regionalValue: 46, regionalLevel: 'index-finger' as const }, {}],
      option: 'combine' as const,
    },
    { what: 'values added with a reason', rows: [{ wpi: 30 }, { wpi: 20 }], option: 'add' as const },
    { what: 'adding without a reason', rows: [{ wpi: 30 }, { wpi: 20 }], option: 'add-without-reason' as const },
    { what: 'no WPI yet', rows: [{}], option: 'combine' as const },
  ])('$what', ({ rows: patches, option: kind }) => {
    const parts = completeQmeCase();
    const injury = parts.data.injuries[0]!.id;
    const rows = patches.map((patch, k) => ({ ...row(`Part ${k + 1}`, patch), injuryId: injury }));
    const option: CombineOption =
      kind === 'combine'
        ? { injuryId: injury, method: 'combine', addReason: '' }
        : { injuryId: injury, method: 'add', addReason: kind === 'add' ? addReason : '' };
    const summary = computeDiscussionSummary({
      caseRecord: parts.caseRecord,
      injuries: parts.data.injuries,
      discussion: { ...parts.discussion, impairments: rows, combine: [option] },
      today: parts.today,
      records: null,
    });
    const reported = summary.impairments.find((i) => i.injuryId === injury)!;
    const preview = previewCombined(rows, option);

    expect(preview.value).toBe(reported.combined?.value ?? null);
    expect(preview.stepsText).toBe(reported.combined?.steps.join(', ') ?? '');
    expect(preview.warnings).toEqual(reported.combined?.warnings ?? []);
    expect(reported.rows.map((r) => r.wpi)).toEqual(rows.map((r) => wpiInUse(r).wpi));
    if (preview.problem && reported.combined === null && preview.missing.length < rows.length)
      expect(reported.problems).toContain(preview.problem);
  });
});
