// Regional conversions (AMA Guides 5th): rounded steps with citations, the AMA newsletter chain, and invalid paths.
import { describe, expect, it } from 'vitest';
import { AMA5 } from '../../../electron/common/calc/ama5-table';
import { convertImpairment, totalHandFromDigits } from '../../../electron/common/calc/regional-conversion';

describe('convertImpairment', () => {
  it('converts 46% index finger to 5% whole person with rounded, cited steps', () => {
    const result = convertImpairment(46, 'index-finger');
    expect(result.value).toBe(5);
    expect(result.level).toBe('whole-person');
    expect(result.steps.map((s) => s.text)).toEqual([
      '46% index finger × 0.20 = 9.2 → 9% hand (AMA Guides 5th, Table 16-1)',
      '9% hand × 0.90 = 8.1 → 8% upper extremity (AMA Guides 5th, Table 16-2)',
      '8% upper extremity × 0.60 = 4.8 → 5% whole person (AMA Guides 5th, Table 16-3)',
    ]);
    expect(result.explanation).toBe('46% index finger = 9% hand = 8% upper extremity = 5% whole person.');
  });

  // AMA Guides Newsletter: 5% WPI = 8% UE = 9% hand = 23% thumb = 46% index/middle = 93% ring/little.
  it.each([
    [23, 'thumb', 'whole-person', 5],
    [46, 'index-finger', 'whole-person', 5],
    [46, 'middle-finger', 'whole-person', 5],
    [93, 'ring-finger', 'whole-person', 5],
    [93, 'little-finger', 'whole-person', 5],
    [9, 'hand', 'whole-person', 5],
    [8, 'upper-extremity', 'whole-person', 5],
    [23, 'thumb', 'hand', 9],
    [23, 'thumb', 'upper-extremity', 8],
    [93, 'ring-finger', 'upper-extremity', 8],
    [9, 'hand', 'upper-extremity', 8],
  ] as const)('newsletter chain: %i%% %s = %i%% … %s', (value, from, to, expected) => {
    expect(convertImpairment(value, from, to).value).toBe(expected);
  });

  it.each([
    [5, 'hand', 'upper-extremity', 5, '4.5'], // half rounds up
    [35, 'ring-finger', 'hand', 4, '3.5'],
    [50, 'hand', 'upper-extremity', 45, '45'],
    [100, 'thumb', 'hand', 40, '40'],
    [0, 'hand', 'whole-person', 0, '0'],
  ] as const)('%i%% %s → %s rounds %s to %i', (value, from, to, expected, exact) => {
    const result = convertImpairment(value, from, to);
    expect(result.value).toBe(expected);
    expect(result.steps[0]!.exact).toBe(exact);
  });

  it('shows an exact product without an arrow', () => {
    expect(convertImpairment(50, 'hand', 'upper-extremity').steps[0]!.text).toMatch(/^50% hand × 0\.90 = 45% upper extremity \(/);
  });

  it('converts foot → lower extremity → whole person', () => {
    const result = convertImpairment(50, 'foot');
    expect(result.steps.map((s) => [s.to, s.output])).toEqual([
      ['lower-extremity', 35],
      ['whole-person', 14],
    ]);
    expect(convertImpairment(25, 'lower-extremity').value).toBe(10);
  });

  it('returns the value unchanged when already at the target level', () => {
    expect(convertImpairment(12, 'whole-person')).toMatchObject({ value: 12, steps: [] });
  });

  it.each([
    [10, 'foot', 'hand', /Cannot convert foot to hand/],
    [10, 'whole-person', 'upper-extremity', /Cannot convert whole person to upper extremity/],
    [10, 'hand', 'thumb', /only go upward/],
    [10.5, 'hand', 'whole-person', /not a whole number/],
    [120, 'hand', 'whole-person', /outside 0–100/],
    [10, 'elbow', 'whole-person', /Unknown from level "elbow"/],
  ] as const)('rejects %s%% %s → %s', (value, from, to, message) => {
    expect(() => convertImpairment(value, from as never, to as never)).toThrow(message);
  });

  it('marks every conversion factor in the table as needing verification, with a table citation', () => {
    for (const c of AMA5.conversions) {
      expect(c.citation).toMatch(/^AMA Guides 5th, /);
      expect(c.status).toMatch(/verify against the Guides/);
    }
  });
});

describe('totalHandFromDigits', () => {
  it('converts each digit to hand and adds the hand values', () => {
    const result = totalHandFromDigits([
      { digit: 'thumb', value: 23 },
      { digit: 'index-finger', value: 46 },
      { digit: 'little-finger', value: 50 },
    ]);
    expect(result.value).toBe(23);
    expect(result.steps.at(-1)).toBe('9 + 9 + 5 = 23% hand');
    expect(result.explanation).toMatch(/hand values added/);
  });

  it('caps the total hand impairment at 100', () => {
    const result = totalHandFromDigits([
      { digit: 'thumb', value: 100 },
      { digit: 'index-finger', value: 100 },
      { digit: 'middle-finger', value: 100 },
      { digit: 'ring-finger', value: 100 },
      { digit: 'little-finger', value: 100 },
    ]);
    expect(result.value).toBe(100);
    expect(result.steps.at(-1)).toBe('40 + 20 + 20 + 10 + 10 = 100% hand');
  });

  it.each([
    [[], /at least one digit/],
    [
      [
        { digit: 'thumb', value: 10 },
        { digit: 'thumb', value: 5 },
      ],
      /entered twice/,
    ],
    [[{ digit: 'hand', value: 10 }], /not a digit/],
  ] as const)('rejects %j', (digits, message) => {
    expect(() => totalHandFromDigits(digits as never)).toThrow(message);
  });
});
