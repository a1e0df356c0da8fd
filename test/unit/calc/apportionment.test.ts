// Apportionment checks: totals of exactly 100, how-and-why explanations, "cannot apportion" reasons,
// LC §4663(e) presumption warnings and the LC §4664(c) region cap.
import { describe, expect, it } from 'vitest';
import {
  type ApportionmentEntry,
  type ApportionmentFactor,
  checkRegionCaps,
  explanationShortfall,
  validateApportionment,
} from '../../../electron/common/calc/apportionment';

const GOOD =
  'The MRI of 2019 shows multilevel degenerative disc disease that predates the injury, and within reasonable medical probability it now causes part of the loss of lumbar motion and the radicular complaints.';
const GOOD_INDUSTRIAL =
  'The lifting injury of 03/02/2024 caused the L4-5 disc herniation seen on the 2024 MRI, which within reasonable medical probability causes most of the present loss of motion and radiculopathy.';

function entry(
  industrialPercent: number,
  factors: ApportionmentFactor[],
  extra: Partial<ApportionmentEntry> = {},
): ApportionmentEntry {
  return {
    bodyPart: 'Lumbar spine',
    injury: 'specific injury 03/02/2024',
    determination: { kind: 'apportioned', industrialPercent, industrialExplanation: GOOD_INDUSTRIAL, factors },
    ...extra,
  };
}
const factor = (percent: number, explanation = GOOD): ApportionmentFactor => ({
  kind: 'pre-existing-pathology',
  percent,
  explanation,
  description: 'degenerative disc disease',
});

describe('validateApportionment totals', () => {
  it.each([
    {
      industrial: 60,
      other: 39,
      ok: false,
      message: 'totals 99% (60 + 39); it must total exactly 100% (1% is not assigned to any cause)',
    },
    { industrial: 60, other: 40, ok: true, message: null },
    {
      industrial: 60,
      other: 41,
      ok: false,
      message: 'totals 101% (60 + 41); it must total exactly 100% (1% too much is assigned)',
    },
    { industrial: 100, other: null, ok: true, message: null },
  ])('industrial $industrial + other $other → ok=$ok', ({ industrial, other, ok, message }) => {
    const check = validateApportionment(entry(industrial, other === null ? [] : [factor(other)]));
    expect(check.ok).toBe(ok);
    expect(check.total).toBe(industrial + (other ?? 0));
    const totalIssue = check.issues.find((i) => i.field === 'total');
    if (message) expect(totalIssue?.message).toContain(message);
    else expect(totalIssue).toBeUndefined();
  });

  it('adds several factors of different kinds', () => {
    const check = validateApportionment(
      entry(50, [
        factor(30),
        { kind: 'prior-injury-or-award', percent: 15, explanation: GOOD },
        { kind: 'subsequent-injury', percent: 5, explanation: GOOD },
      ]),
    );
    expect(check).toMatchObject({ ok: true, total: 100, issues: [] });
    expect(check.summary).toEqual([
      'Industrial (specific injury 03/02/2024): 50%',
      'Pre-existing pathology (degenerative disc disease): 30%',
      'Prior injury or award: 15%',
      'Subsequent injury: 5%',
    ]);
  });

  it.each([
    [12.5, 'factors.0.percent'],
    [-5, 'factors.0.percent'],
    [140, 'factors.0.percent'],
  ])('rejects a factor of %s%%', (percent, field) => {
    const check = validateApportionment(entry(60, [factor(percent)]));
    expect(check.ok).toBe(false);
    expect(check.total).toBeNull();
    expect(check.issues.find((i) => i.field === field)?.message).toMatch(/Enter a whole percent from 0 to 100/);
  });
});

describe('validateApportionment explanations (Escobedo)', () => {
  it('flags an empty factor explanation as an error on that factor', () => {
    const check = validateApportionment(entry(60, [factor(40, '  ')]));
    expect(check.ok).toBe(false);
    const issue = check.issues.find((i) => i.field === 'factors.0.explanation');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toMatch(/Factor 1 \(Pre-existing pathology: degenerative disc disease\).*how and why/);
  });

  it('flags an empty industrial explanation', () => {
    const e = entry(100, []);
    if (e.determination.kind === 'apportioned') e.determination = { ...e.determination, industrialExplanation: '' };
    const check = validateApportionment(e);
    expect(check.issues).toEqual([expect.objectContaining({ severity: 'error', field: 'industrial.explanation' })]);
  });

  it.each([
    ['Degenerative changes.', 'one-line'],
    [
      'degenerative disc disease at L4-5 and L5-S1 seen on the 2019 MRI which predates the injury and now causes part of the loss of motion and pain',
      'one-line',
    ],
    [GOOD, null],
    ['', 'empty'],
  ])('classifies %j as %s', (text, expected) => {
    expect(explanationShortfall(text)).toBe(expected);
  });

  it('flags a one-line explanation as a warning per factor but stays valid', () => {
    const check = validateApportionment(entry(60, [factor(30), factor(10, 'Age.')]));
    expect(check.ok).toBe(true);
    expect(check.issues).toEqual([expect.objectContaining({ severity: 'warning', field: 'factors.1.explanation' })]);
    expect(check.issues[0]!.message).toMatch(/reads as one line/);
  });
});

describe('cannot apportion', () => {
  it.each(['', '   '])('requires specific reasons (%j)', (reasons) => {
    const check = validateApportionment({
      bodyPart: 'Cervical spine',
      injury: 'CT 2020–2023',
      determination: { kind: 'cannot-apportion', reasons },
    });
    expect(check.ok).toBe(false);
    expect(check.total).toBeNull();
    expect(check.issues[0]).toMatchObject({ severity: 'error', field: 'reasons' });
    expect(check.issues[0]!.message).toMatch(/specific reasons.*LC §4663\(c\)/);
  });

  it('accepts specific reasons and puts them in the summary', () => {
    const reasons =
      'No records before the injury are available and the examinee denies prior neck symptoms, so there is no medical basis to say what part of the disability pre-existing degeneration causes. I have asked for the prior records.';
    const check = validateApportionment({
      bodyPart: 'Cervical spine',
      injury: 'CT 2020–2023',
      determination: { kind: 'cannot-apportion', reasons },
    });
    expect(check).toMatchObject({ ok: true, issues: [] });
    expect(check.summary[0]).toContain('cannot be determined');
  });

  it('warns when the reasons are a single phrase', () => {
    const check = validateApportionment({
      bodyPart: 'Cervical spine',
      injury: 'CT',
      determination: { kind: 'cannot-apportion', reasons: 'Insufficient information' },
    });
    expect(check.ok).toBe(true);
    expect(check.issues[0]?.severity).toBe('warning');
  });
});

describe('LC §4663(e) presumption injuries', () => {
  it('warns that §4663 apportionment does not apply', () => {
    const check = validateApportionment(entry(70, [factor(30)], { bodyPart: 'Heart', presumptionType: 'heart' }));
    expect(check.ok).toBe(true);
    const issue = check.issues.find((i) => i.field === 'presumption');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toMatch(/Heart trouble.*LC §4663\(e\).*does not apply/);
  });

  it('rejects an unknown presumption type', () => {
    const check = validateApportionment(entry(100, [], { presumptionType: 'sunburn' }));
    expect(check.ok).toBe(false);
    expect(check.issues[0]?.message).toMatch(/Unknown presumption type "sunburn"/);
  });
});

describe('checkRegionCaps (LC §4664(c))', () => {
  it('warns when prior awards plus the new disability exceed 100% in a region', () => {
    const check = checkRegionCaps(
      [
        { region: 'E', percent: 40, description: '2015 award, right shoulder' },
        { region: 'E', percent: 20, description: '2018 award, left wrist' },
      ],
      [
        { region: 'E', percent: 50 },
        { region: 'D', percent: 10 },
      ],
    );
    expect(check.rows).toEqual([
      { region: 'D', label: 'Spine', prior: 0, current: 10, total: 10, overCap: false },
      { region: 'E', label: 'Upper extremities, including the shoulders', prior: 60, current: 50, total: 110, overCap: true },
    ]);
    expect(check.warnings).toEqual([
      'Region E (Upper extremities, including the shoulders): prior awards 60% + new 50% = 110%, over the 100% lifetime cap of LC §4664(c)(1). At most 40% more can be awarded for this region.',
    ]);
  });

  it.each([
    [60, 40, false],
    [60, 41, true],
    [0, 100, false],
  ])('prior %i + new %i → over cap %s', (prior, current, over) => {
    const check = checkRegionCaps([{ region: 'F', percent: prior }], [{ region: 'F', percent: current }]);
    expect(check.rows[0]!.overCap).toBe(over);
    expect(check.warnings.length).toBe(over ? 1 : 0);
  });

  it.each([
    [[{ region: 'H', percent: 10 }], /region "H"/],
    [[{ region: 'A', percent: 10.5 }], /whole percent/],
  ])('rejects invalid prior awards %j', (prior, message) => {
    expect(() => checkRegionCaps(prior as never, [])).toThrow(message);
  });
});
