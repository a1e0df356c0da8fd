// Business-day arithmetic: weekends and observed state holidays are skipped and reported.
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  isBusinessDay,
  nearestBusinessDay,
  nonBusinessReason,
} from '../../../electron/common/calc/business-days';

describe('addBusinessDays', () => {
  it.each([
    ['2026-03-02', 5, '2026-03-09', []], // Monday + 5 → next Monday
    ['2026-03-06', 5, '2026-03-13', []], // Friday + 5 → next Friday
    ['2026-03-07', 1, '2026-03-09', []], // from a Saturday
    ['2026-11-25', 5, '2026-12-04', ['Thanksgiving Day', 'Day after Thanksgiving']],
    ['2026-12-22', 5, '2026-12-30', ['Christmas Day']],
    ['2022-12-22', 3, '2022-12-28', ['Christmas Day']], // Christmas 2022 on Sunday, observed Monday 12/26
    ['2026-03-09', -5, '2026-03-02', []],
    ['2026-03-09', 0, '2026-03-09', []],
  ])('%s + %i business days = %s', (start, days, expected, skipped) => {
    const result = addBusinessDays(start, days);
    expect(result.date).toBe(expected);
    expect(result.skippedHolidays.map((h) => h.name)).toEqual(skipped);
  });

  it('rejects fractional counts and impossible dates', () => {
    expect(() => addBusinessDays('2026-03-02', 1.5)).toThrow(/whole number/);
    expect(() => addBusinessDays('2026-02-30', 1)).toThrow(/not a real date/);
  });
});

describe('business-day helpers', () => {
  it.each([
    ['2026-03-02', true, null],
    ['2026-03-07', false, 'Saturday'],
    ['2026-03-08', false, 'Sunday'],
    ['2026-12-25', false, 'Christmas Day'],
    ['2022-12-26', false, 'Christmas Day (observed)'],
    ['2022-12-25', false, 'Sunday'],
  ])('%s business day: %s (%s)', (date, business, reason) => {
    expect(isBusinessDay(date)).toBe(business);
    expect(nonBusinessReason(date)).toBe(reason);
  });

  it('finds the nearest business day in either direction', () => {
    expect(nearestBusinessDay('2026-12-25', 'forward')).toBe('2026-12-28');
    expect(nearestBusinessDay('2026-12-25', 'backward')).toBe('2026-12-24');
    expect(nearestBusinessDay('2026-03-02', 'forward')).toBe('2026-03-02');
  });
});
