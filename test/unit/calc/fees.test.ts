// Medical-Legal Fee Schedule: worked examples from the requirements, MLPRR, time-based codes, modifiers, invalid input.
import { describe, expect, it } from 'vitest';
import { calculateFee, type FeeInput, formatCents } from '../../../electron/common/calc/fees';
import { AppFailure } from '../../../electron/common/errors';

const on = '2026-03-02';

describe('calculateFee worked examples', () => {
  it.each<[string, FeeInput, string, number]>([
    ['ML201 with 350 pages', { code: 'ML201', serviceDate: on, pagesReviewed: 350 }, '$2,465.00', 246500],
    ['ML203 with 80 new pages', { code: 'ML203', serviceDate: on, pagesReviewed: 80 }, '$740.00', 74000],
    ['ML201-93', { code: 'ML201', serviceDate: on, modifiers: ['93'] }, '$2,216.50', 221650],
    [
      'ML201-94-96-93 additive',
      { code: 'ML201', serviceDate: on, modifiers: ['94', '96', '93'], combining: 'additive' },
      '$4,936.75',
      493675,
    ],
    [
      'ML201-94-96-93 multiplicative',
      { code: 'ML201', serviceDate: on, modifiers: ['94', '96', '93'], combining: 'multiplicative' },
      '$5,984.55',
      598455,
    ],
    ['ML201 with 200 pages (all included)', { code: 'ML201', serviceDate: on, pagesReviewed: 200 }, '$2,015.00', 201500],
    ['ML202 with 250 new pages', { code: 'ML202', serviceDate: on, pagesReviewed: 250 }, '$1,466.25', 146625],
    ['ML200 missed appointment', { code: 'ML200', serviceDate: on }, '$503.75', 50375],
    ['ML201 on the first day of the schedule', { code: 'ML201', serviceDate: '2021-04-01' }, '$2,015.00', 201500],
  ])('%s = %s', (_name, input, total, cents) => {
    const result = calculateFee(input);
    expect(result.total).toBe(total);
    expect(result.totalCents).toBe(cents);
    expect(result.lineItems.reduce((s, li) => s + li.amountCents, 0)).toBe(cents);
  });

  it('itemizes ML201 and MLPRR with explanations', () => {
    const result = calculateFee({ code: 'ML201', serviceDate: on, pagesReviewed: 350 });
    expect(result.lineItems).toEqual([
      expect.objectContaining({
        code: 'ML201',
        quantity: 1,
        unitCents: 201500,
        amountCents: 201500,
        explanation: 'ML201 $2,015.00 (includes review of 200 pages)',
      }),
      expect.objectContaining({
        code: 'MLPRR',
        quantity: 150,
        unit: 'page',
        unitCents: 300,
        amountCents: 45000,
        explanation: '350 pages reviewed − 200 included with ML201 = 150 pages × $3.00 = $450.00',
      }),
    ]);
    expect(result.warnings.join(' ')).toMatch(/declaration/);
    expect(result.rules).toEqual({ id: 'ca-ml-fee-schedule', version: '2021-04-01.1', effectiveFrom: '2021-04-01' });
  });

  it('shows the modifier arithmetic and keeps the billed code in the entered order', () => {
    const additive = calculateFee({ code: 'ML201', serviceDate: on, modifiers: ['-94', '-96', '-93'] });
    expect(additive.combining).toBe('additive');
    expect(additive.lineItems[0]!.code).toBe('ML201-94-96-93');
    expect(additive.lineItems[0]!.explanation).toContain('100% + 35% + 100% + 10% = 245% of $2,015.00 = $4,936.75');
    const multiplicative = calculateFee({
      code: 'ML201',
      serviceDate: on,
      modifiers: ['94', '96', '93'],
      combining: 'multiplicative',
    });
    expect(multiplicative.lineItems[0]!.explanation).toContain('×1.35 ×2.00 ×1.10 = ×2.97 of $2,015.00 = $5,984.55');
    expect(multiplicative.warnings.join(' ')).toMatch(/against 8 CCR §9795 before billing/);
  });

  it('never applies modifiers to MLPRR', () => {
    const result = calculateFee({ code: 'ML201', serviceDate: on, modifiers: ['94'], pagesReviewed: 300 });
    expect(result.lineItems.map((li) => [li.code, li.amountCents])).toEqual([
      ['ML201-94', 272025],
      ['MLPRR', 30000],
    ]);
    expect(result.total).toBe('$3,020.25');
    expect(result.lineItems[1]!.explanation).toContain('modifiers do not apply to MLPRR');
  });
});

describe('time-based codes', () => {
  it.each<[string, FeeInput, string, number, RegExp]>([
    [
      'ML204 1h30m → 2-hour minimum',
      { code: 'ML204', serviceDate: on, minutes: 90 },
      '$910.00',
      8,
      /1 h 30 min billed at the 2 h minimum = 8 × \$113\.75/,
    ],
    ['ML204 exactly 2 hours', { code: 'ML204', serviceDate: on, minutes: 120 }, '$910.00', 8, /2 h = 8 ×/],
    [
      'ML204 2h01m rounds up to 2h15m',
      { code: 'ML204', serviceDate: on, minutes: 121 },
      '$1,023.75',
      9,
      /2 h 1 min rounded up to 2 h 15 min/,
    ],
    ['ML204 2h30m', { code: 'ML204', serviceDate: on, minutes: 150 }, '$1,137.50', 10, /= 10 ×/],
    [
      'ML204 cancelled 5 days before',
      { code: 'ML204', serviceDate: '2026-03-10', cancelledOn: '2026-03-05' },
      '$455.00',
      4,
      /5 days before \(within 8 days\): 1 h payable/,
    ],
    [
      'ML204 cancelled 8 days before',
      { code: 'ML204', serviceDate: '2026-03-10', cancelledOn: '2026-03-02' },
      '$455.00',
      4,
      /within 8 days/,
    ],
    [
      'ML204 cancelled 9 days before',
      { code: 'ML204', serviceDate: '2026-03-10', cancelledOn: '2026-03-01' },
      '$0.00',
      0,
      /more than 8 days\): nothing payable/,
    ],
    [
      'ML205 50 minutes',
      { code: 'ML205', serviceDate: on, minutes: 50 },
      '$325.00',
      4,
      /50 min rounded up to 1 h = 4 × \$81\.25/,
    ],
    ['ML205 10 minutes', { code: 'ML205', serviceDate: on, minutes: 10 }, '$81.25', 1, /= 1 × \$81\.25/],
    [
      'ML204-94 2 hours',
      { code: 'ML204', serviceDate: on, minutes: 120, modifiers: ['94'] },
      '$1,228.50',
      8,
      /135% of \$910\.00/,
    ],
  ])('%s = %s', (_name, input, total, units, explanation) => {
    const result = calculateFee(input);
    expect(result.total).toBe(total);
    expect(result.lineItems).toHaveLength(1);
    expect(result.lineItems[0]!.quantity).toBe(units);
    expect(result.lineItems[0]!.unit).toBe('15-minute unit');
    expect(result.lineItems[0]!.explanation).toMatch(explanation);
  });
});

describe('invalid fee input', () => {
  it.each<[string, FeeInput, RegExp]>([
    [
      'service before the schedule',
      { code: 'ML201', serviceDate: '2021-03-31' },
      /03\/31\/2021 is before 04\/01\/2021.*ML100–ML106/,
    ],
    ['impossible date', { code: 'ML201', serviceDate: '2026-02-29' }, /not a real date/],
    ['unknown code', { code: 'ML106' as never, serviceDate: on }, /Unknown code "ML106"/],
    ['unknown modifier', { code: 'ML201', serviceDate: on, modifiers: ['98'] }, /Unknown modifier "98"/],
    ['duplicate modifier', { code: 'ML201', serviceDate: on, modifiers: ['93', '-93'] }, /-93 is entered twice/],
    [
      'modifier not for the code',
      { code: 'ML203', serviceDate: on, modifiers: ['93'] },
      /-93 \(Interpreter needed\) does not apply to ML203/,
    ],
    ['AME with panel QME', { code: 'ML201', serviceDate: on, modifiers: ['94', '95'] }, /-94 and -95 cannot be used together/],
    ['negative pages', { code: 'ML201', serviceDate: on, pagesReviewed: -3 }, /Pages reviewed must be a whole number/],
    ['fractional pages', { code: 'ML201', serviceDate: on, pagesReviewed: 12.5 }, /Pages reviewed must be a whole number/],
    ['minutes on a flat code', { code: 'ML201', serviceDate: on, minutes: 60 }, /flat fee; remove the minutes/],
    ['pages on a time code', { code: 'ML204', serviceDate: on, minutes: 60, pagesReviewed: 10 }, /billed by time/],
    ['no minutes for testimony', { code: 'ML204', serviceDate: on }, /Enter the minutes/],
    ['zero minutes', { code: 'ML205', serviceDate: on, minutes: 0 }, /greater than 0/],
    [
      'cancellation after testimony',
      { code: 'ML204', serviceDate: '2026-03-10', cancelledOn: '2026-03-11' },
      /after the testimony date/,
    ],
    ['cancellation on ML205', { code: 'ML205', serviceDate: on, cancelledOn: '2026-03-01' }, /no cancellation fee/],
    ['unknown combining', { code: 'ML201', serviceDate: on, combining: 'compound' as never }, /additive or multiplicative/],
  ])('%s', (_name, input, message) => {
    expect(() => calculateFee(input)).toThrow(message);
    expect(() => calculateFee(input)).toThrow(AppFailure);
  });
});

describe('formatCents', () => {
  it.each([
    [0, '$0.00'],
    [5, '$0.05'],
    [246500, '$2,465.00'],
    [598455, '$5,984.55'],
    [123456789, '$1,234,567.89'],
    [-250, '-$2.50'],
  ])('%i cents → %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('refuses fractional cents', () => {
    expect(() => formatCents(1.5)).toThrow(/whole number of cents/);
  });
});
