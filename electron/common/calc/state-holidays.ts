// California state holidays for any covered year, computed from the rules in ../rules/ca-state-holidays.json:
// fixed dates, nth and last weekdays, days after another holiday, and the table's Sunday/Saturday observance.
import { z } from 'zod';
import table from '../rules/ca-state-holidays.json';
import { AppFailure } from '../errors';
import { addCalendarDays, isoOf, weekdayOf } from './calendar-math';
import { loadRuleTable, ruleTableMeta } from './rule-table';

const month = z.number().int().min(1).max(12);
const weekday = z.number().int().min(0).max(6);
const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), month, day: z.number().int().min(1).max(31) }),
  z.object({ kind: z.literal('nth-weekday'), month, weekday, n: z.number().int().min(1).max(5) }),
  z.object({ kind: z.literal('last-weekday'), month, weekday }),
  z.object({ kind: z.literal('days-after'), holiday: z.string().min(1), days: z.number().int().min(1).max(7) }),
]);
const sundayRule = z.enum(['following-monday', 'none']);
const saturdayRule = z.enum(['preceding-friday', 'none']);

const holidayTableSchema = z
  .object({
    ...ruleTableMeta,
    coversYears: z.object({ from: z.number().int(), to: z.number().int() }),
    weekendDays: z.array(weekday),
    observance: z.object({ sunday: sundayRule, saturday: saturdayRule }),
    holidays: z
      .array(
        z.object({
          id: z.string().min(1),
          name: z.string().min(1),
          rule: ruleSchema,
          firstYear: z.number().int().optional(),
          lastYear: z.number().int().optional(),
          observance: z.object({ sunday: sundayRule.optional(), saturday: saturdayRule.optional() }).optional(),
        }),
      )
      .min(1),
  })
  .superRefine((t, ctx) => {
    const ids = t.holidays.map((h) => h.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'Holiday ids must be unique.' });
    t.holidays.forEach((h, i) => {
      if (h.rule.kind === 'days-after') {
        const target = h.rule.holiday;
        const j = ids.indexOf(target);
        if (j < 0 || j >= i)
          ctx.addIssue({ code: 'custom', message: `${h.id} refers to "${target}", which must be listed before it.` });
      }
    });
  });

export type HolidayTable = z.output<typeof holidayTableSchema>;
export const CA_STATE_HOLIDAYS: HolidayTable = loadRuleTable('ca-state-holidays.json', holidayTableSchema, table);

/** Validates a holiday table the same way the bundled one is validated (used by tests and future table versions). */
export function parseHolidayTable(data: unknown): HolidayTable {
  return loadRuleTable('ca-state-holidays.json', holidayTableSchema, data);
}

export interface StateHoliday {
  id: string;
  name: string;
  /** The calendar date of the holiday. */
  date: string;
  /** The weekday state offices close for it, or null when it falls on a weekend with no weekday observed. */
  observed: string | null;
}

function nthWeekday(year: number, m: number, wd: number, n: number): string {
  const first = isoOf(year, m, 1);
  const offset = (wd - weekdayOf(first) + 7) % 7;
  return addCalendarDays(first, offset + 7 * (n - 1));
}

function lastWeekday(year: number, m: number, wd: number): string {
  // Day 1 of the next month minus one; Date.UTC rolls month 13 into January of the next year.
  const last = addCalendarDays(isoOf(year, m + 1, 1), -1);
  return addCalendarDays(last, -((weekdayOf(last) - wd + 7) % 7));
}

const cache = new WeakMap<HolidayTable, Map<number, StateHoliday[]>>();

export function californiaStateHolidays(year: number, rules: HolidayTable = CA_STATE_HOLIDAYS): StateHoliday[] {
  const { from, to } = rules.coversYears;
  if (!Number.isInteger(year) || year < from || year > to) {
    throw new AppFailure(
      'invalid-input',
      `The holiday table covers ${from}–${to}; ${year} is outside it. Check the date's year.`,
    );
  }
  let byYear = cache.get(rules);
  if (!byYear) cache.set(rules, (byYear = new Map()));
  const hit = byYear.get(year);
  if (hit) return hit;

  const dates = new Map<string, string>();
  const result: StateHoliday[] = [];
  for (const h of rules.holidays) {
    if ((h.firstYear !== undefined && year < h.firstYear) || (h.lastYear !== undefined && year > h.lastYear)) continue;
    const r = h.rule;
    const date =
      r.kind === 'fixed'
        ? isoOf(year, r.month, r.day)
        : r.kind === 'nth-weekday'
          ? nthWeekday(year, r.month, r.weekday, r.n)
          : r.kind === 'last-weekday'
            ? lastWeekday(year, r.month, r.weekday)
            : dates.get(r.holiday) !== undefined
              ? addCalendarDays(dates.get(r.holiday)!, r.days)
              : null;
    if (date === null) continue;
    dates.set(h.id, date);
    const wd = weekdayOf(date);
    const sunday = h.observance?.sunday ?? rules.observance.sunday;
    const saturday = h.observance?.saturday ?? rules.observance.saturday;
    let observed: string | null = date;
    if (wd === 0) observed = sunday === 'following-monday' ? addCalendarDays(date, 1) : null;
    else if (wd === 6) observed = saturday === 'preceding-friday' ? addCalendarDays(date, -1) : null;
    result.push({ id: h.id, name: h.name, date, observed });
  }
  byYear.set(year, result);
  return result;
}

/** The holiday state offices close for on this date, if any (observed dates, not weekend calendar dates). */
export function stateHolidayOn(iso: string, rules: HolidayTable = CA_STATE_HOLIDAYS): StateHoliday | undefined {
  const year = Number(iso.slice(0, 4));
  // An observed date can fall in the neighbouring year (e.g. New Year's Day on a Saturday observed on Friday Dec 31).
  const candidates = [year - 1, year, year + 1].filter((y) => y >= rules.coversYears.from && y <= rules.coversYears.to);
  if (!candidates.includes(year)) californiaStateHolidays(year, rules);
  for (const y of candidates) {
    const found = californiaStateHolidays(y, rules).find((h) => h.observed === iso);
    if (found) return found;
  }
  return undefined;
}
