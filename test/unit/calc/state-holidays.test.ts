// California state holidays computed from the rule table, checked against published CalHR schedules and weekend observance.
import { describe, expect, it } from 'vitest';
import {
  CA_STATE_HOLIDAYS,
  californiaStateHolidays,
  parseHolidayTable,
  stateHolidayOn,
} from '../../../electron/common/calc/state-holidays';
import { isBusinessDay } from '../../../electron/common/calc/business-days';

const observed = (year: number) =>
  californiaStateHolidays(year)
    .map((h) => h.observed)
    .filter(Boolean);

describe('californiaStateHolidays', () => {
  it('matches the CalHR 2024 schedule (Cesar Chavez Day on a Sunday observed Monday)', () => {
    expect(observed(2024)).toEqual([
      '2024-01-01',
      '2024-01-15',
      '2024-02-19',
      '2024-04-01',
      '2024-05-27',
      '2024-07-04',
      '2024-09-02',
      '2024-11-11',
      '2024-11-28',
      '2024-11-29',
      '2024-12-25',
    ]);
  });

  it('matches the CalHR 2014 schedule', () => {
    expect(observed(2014)).toEqual([
      '2014-01-01',
      '2014-01-20',
      '2014-02-17',
      '2014-03-31',
      '2014-05-26',
      '2014-07-04',
      '2014-09-01',
      '2014-11-11',
      '2014-11-27',
      '2014-11-28',
      '2014-12-25',
    ]);
  });

  it.each([
    ['independence-day', 2021, '2021-07-04', '2021-07-05'], // Sunday → Monday (SOS 2021 list)
    ['christmas-day', 2022, '2022-12-25', '2022-12-26'], // Sunday → Monday
    ['independence-day', 2026, '2026-07-04', null], // Saturday: holiday credit only, no weekday off
    ['christmas-day', 2021, '2021-12-25', null],
    ['veterans-day', 2023, '2023-11-11', '2023-11-10'], // Saturday Veterans Day → preceding Friday
    ['new-years-day', 2023, '2023-01-01', '2023-01-02'],
  ])('%s %i on %s is observed on %s', (id, year, date, obs) => {
    expect(californiaStateHolidays(year).find((h) => h.id === id)).toMatchObject({ date, observed: obs });
  });

  it('leaves the Friday before a Saturday holiday a business day under the bundled table', () => {
    expect(isBusinessDay('2026-07-03')).toBe(true);
    expect(isBusinessDay('2023-11-10')).toBe(false);
  });

  it('follows the table when it says Saturday holidays move to Friday, including across the new year', () => {
    const fridayRule = parseHolidayTable({
      ...CA_STATE_HOLIDAYS,
      observance: { sunday: 'following-monday', saturday: 'preceding-friday' },
    });
    expect(isBusinessDay('2026-07-03', fridayRule)).toBe(false);
    // New Year's Day 2022 was a Saturday: observed Friday 12/31/2021.
    expect(stateHolidayOn('2021-12-31', fridayRule)?.id).toBe('new-years-day');
    expect(isBusinessDay('2021-12-31')).toBe(true);
  });

  it.each([
    [2000, 'cesar-chavez-day', false],
    [2001, 'cesar-chavez-day', true],
    [2009, 'lincolns-birthday', true],
    [2010, 'lincolns-birthday', false],
    [2009, 'columbus-day', true],
    [2010, 'columbus-day', false],
  ])('in %i includes %s: %s', (year, id, present) => {
    expect(californiaStateHolidays(year).some((h) => h.id === id)).toBe(present);
  });

  it('puts the weekday holidays on the right weekday in every year 2000–2100', () => {
    const wd = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
    const dom = (iso: string) => Number(iso.slice(8));
    for (let year = 2000; year <= 2100; year++) {
      const h = Object.fromEntries(californiaStateHolidays(year).map((x) => [x.id, x.date]));
      const check = (id: string, weekday: number, month: number, from: number, to: number) => {
        const date = h[id]!;
        expect(wd(date), `${id} ${date}`).toBe(weekday);
        expect(Number(date.slice(5, 7))).toBe(month);
        expect(dom(date)).toBeGreaterThanOrEqual(from);
        expect(dom(date)).toBeLessThanOrEqual(to);
      };
      check('martin-luther-king-jr-day', 1, 1, 15, 21);
      check('presidents-day', 1, 2, 15, 21);
      check('memorial-day', 1, 5, 25, 31);
      check('labor-day', 1, 9, 1, 7);
      check('thanksgiving-day', 4, 11, 22, 28);
      check('day-after-thanksgiving', 5, 11, 23, 29);
    }
  });

  it.each([1999, 2101])('refuses year %i outside the table', (year) => {
    expect(() => californiaStateHolidays(year)).toThrow(/covers 2000–2100/);
  });

  it('rejects a broken table loudly, naming the file', () => {
    expect(() => parseHolidayTable({ ...CA_STATE_HOLIDAYS, observance: { sunday: 'tuesday', saturday: 'none' } })).toThrow(
      /ca-state-holidays\.json is invalid/,
    );
    expect(() =>
      parseHolidayTable({
        ...CA_STATE_HOLIDAYS,
        holidays: [{ id: 'x', name: 'X', rule: { kind: 'days-after', holiday: 'missing', days: 1 } }],
      }),
    ).toThrow(/refers to "missing"/);
  });
});
