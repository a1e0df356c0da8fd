// Combined Values Chart arithmetic: pairs, largest-first ordering, steps for the report, add-instead and invalid input.
import { describe, expect, it } from 'vitest';
import { combinePair, combineValues, type ImpairmentValue } from '../../../electron/common/calc/combined-values';
import { AppFailure } from '../../../electron/common/errors';
import { permutations } from './permutations';

const wp = (...values: number[]): ImpairmentValue[] => values.map((value) => ({ value, level: 'whole-person' }));

describe('combinePair', () => {
  it.each([
    [30, 20, 44],
    [50, 50, 75],
    [20, 30, 44],
    [9, 2, 11], // AMA Guides 5th, Example 17-7: 9% combined with 2% = 11%
    [10, 10, 19],
    [25, 25, 44], // 43.75 rounds up
    [44, 10, 50], // 49.6 rounds up
    [10, 5, 15], // exactly 14.5: half up
    [0, 30, 30],
    [100, 40, 100],
    [0, 0, 0],
  ])('%i C %i = %i', (a, b, c) => {
    expect(combinePair(a, b)).toBe(c);
  });
});

describe('combineValues', () => {
  it.each([
    { values: [30, 20], value: 44, steps: ['30 C 20 = 44'] },
    { values: [50, 50], value: 75, steps: ['50 C 50 = 75'] },
    { values: [30, 20, 10], value: 50, steps: ['30 C 20 = 44', '44 C 10 = 50'] },
    // Largest first matters here: combining 4, 5, 6 smallest-first would give 14.
    { values: [4, 5, 6], value: 15, steps: ['6 C 5 = 11', '11 C 4 = 15'] },
    { values: [40, 25, 15, 5], value: 64, steps: ['40 C 25 = 55', '55 C 15 = 62', '62 C 5 = 64'] },
    { values: [20, 20, 10, 10], value: 48, steps: ['20 C 20 = 36', '36 C 10 = 42', '42 C 10 = 48'] },
  ])('$values gives $value with the same steps in every input order', ({ values, value, steps }) => {
    for (const order of permutations(values)) {
      const result = combineValues(wp(...order));
      expect(result.value).toBe(value);
      expect(result.steps).toEqual(steps);
      expect(result.method).toBe('combine');
      expect(result.level).toBe('whole-person');
    }
  });

  it('explains the result with the chart citation', () => {
    const result = combineValues(wp(10, 30, 20));
    expect(result.explanation).toBe(
      '30 C 20 C 10 = 50% whole person, combined largest first with each step rounded half up (AMA Guides 5th, Combined Values Chart (p. 604)).',
    );
    expect(result.rules.id).toBe('ama5-conversions');
  });

  it('returns a single value unchanged with no steps', () => {
    const result = combineValues(wp(12));
    expect(result.value).toBe(12);
    expect(result.steps).toEqual([]);
    expect(result.explanation).toMatch(/nothing to combine/);
  });

  it('combines values at a regional level when they share it', () => {
    const result = combineValues([
      { value: 10, level: 'upper-extremity', label: 'shoulder ROM' },
      { value: 6, level: 'upper-extremity', label: 'elbow ROM' },
    ]);
    expect(result).toMatchObject({ value: 15, level: 'upper-extremity', steps: ['10 C 6 = 15'] });
  });

  it.each([
    { values: [30, 12.5], message: /12\.5%, which is not a whole number/ },
    { values: [30, -1], message: /-1%, outside 0–100%/ },
    { values: [101, 3], message: /101%, outside 0–100%/ },
    { values: [30, Number.NaN], message: /not a number/ },
    { values: [], message: /at least one impairment value/ },
  ])('rejects $values', ({ values, message }) => {
    expect(() => combineValues(wp(...values))).toThrow(message);
    expect(() => combineValues(wp(...values))).toThrow(AppFailure);
  });

  it('refuses to combine values at different levels and names them', () => {
    const call = () =>
      combineValues([
        { value: 30, level: 'whole-person', label: 'lumbar spine' },
        { value: 20, level: 'upper-extremity', label: 'right shoulder' },
      ]);
    expect(call).toThrow(/different levels/);
    expect(call).toThrow(/30% whole person \(lumbar spine\)/);
    expect(call).toThrow(/20% upper extremity \(right shoulder\)/);
  });

  it('refuses an unknown level', () => {
    expect(() => combineValues([{ value: 10, level: 'elbow' as never }])).toThrow(/no valid level/);
  });
});

describe('add instead of combine (Kite/Vigil)', () => {
  const reason =
    'The lumbar impairment limits sitting and lifting while the knee impairment limits walking and stairs; the effects on activities of daily living do not overlap, so adding reflects the loss of function more accurately.';

  it.each(['', '   '])('requires a written reason (%j)', (blank) => {
    expect(() => combineValues(wp(30, 20), { kind: 'add', reason: blank })).toThrow(/needs a written reason/);
  });

  it.each([
    { values: [30, 20], value: 50, steps: ['30 + 20 = 50'] },
    { values: [10, 30, 20], value: 60, steps: ['30 + 20 = 50', '50 + 10 = 60'] },
    { values: [60, 50], value: 100, steps: ['60 + 50 = 100 (capped at 100)'] },
  ])('adds $values to $value', ({ values, value, steps }) => {
    const result = combineValues(wp(...values), { kind: 'add', reason });
    expect(result).toMatchObject({ value, steps, method: 'add', reason, warnings: [] });
    expect(result.explanation).toContain('added instead of combined');
    expect(result.explanation).toContain('Vigil');
  });

  it('warns when the reason is too thin to be substantial evidence', () => {
    const result = combineValues(wp(30, 20), { kind: 'add', reason: 'Synergistic.' });
    expect(result.value).toBe(50);
    expect(result.warnings[0]).toMatch(/under 20 words/);
  });

  it('still refuses mixed levels when adding', () => {
    expect(() =>
      combineValues(
        [
          { value: 30, level: 'whole-person' },
          { value: 20, level: 'lower-extremity' },
        ],
        { kind: 'add', reason },
      ),
    ).toThrow(/lower extremity/);
  });
});
