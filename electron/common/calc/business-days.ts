// Business days for California deadlines: Monday–Friday except the state holidays state offices close for.
// Counting starts the day after the anchor, and every holiday skipped is reported so the explanation can name it.
import { AppFailure } from '../errors';
import { addCalendarDays, assertIsoDate, weekdayOf } from './calendar-math';
import { CA_STATE_HOLIDAYS, type HolidayTable, type StateHoliday, stateHolidayOn } from './state-holidays';

function isWeekend(iso: string, rules: HolidayTable = CA_STATE_HOLIDAYS): boolean {
  return rules.weekendDays.includes(weekdayOf(iso));
}

export function isBusinessDay(iso: string, rules: HolidayTable = CA_STATE_HOLIDAYS): boolean {
  assertIsoDate(iso, 'The date');
  return !isWeekend(iso, rules) && stateHolidayOn(iso, rules) === undefined;
}

export interface BusinessDayCount {
  date: string;
  /** Holidays that fell on weekdays inside the counted span and were skipped. */
  skippedHolidays: StateHoliday[];
}

/** Moves `days` business days from `start` (forward when positive, backward when negative); 0 returns `start`. */
export function addBusinessDays(start: string, days: number, rules: HolidayTable = CA_STATE_HOLIDAYS): BusinessDayCount {
  assertIsoDate(start, 'The start date');
  if (!Number.isInteger(days)) throw new AppFailure('invalid-input', `A business-day count must be a whole number; got ${days}.`);
  const step = days < 0 ? -1 : 1;
  const skippedHolidays: StateHoliday[] = [];
  let date = start;
  let remaining = Math.abs(days);
  while (remaining > 0) {
    date = addCalendarDays(date, step);
    if (isWeekend(date, rules)) continue;
    const holiday = stateHolidayOn(date, rules);
    if (holiday) {
      skippedHolidays.push(holiday);
      continue;
    }
    remaining -= 1;
  }
  return { date, skippedHolidays };
}

/** The first business day on or after (`forward`) or on or before (`backward`) the date. */
export function nearestBusinessDay(
  iso: string,
  direction: 'forward' | 'backward',
  rules: HolidayTable = CA_STATE_HOLIDAYS,
): string {
  let date = iso;
  while (!isBusinessDay(date, rules)) date = addCalendarDays(date, direction === 'forward' ? 1 : -1);
  return date;
}

/** Why a date is not a business day ("Saturday", "Christmas Day (observed)"), or null when it is one. */
export function nonBusinessReason(iso: string, rules: HolidayTable = CA_STATE_HOLIDAYS): string | null {
  const holiday = stateHolidayOn(iso, rules);
  if (holiday) return holiday.observed === holiday.date ? holiday.name : `${holiday.name} (observed)`;
  if (isWeekend(iso, rules)) return weekdayOf(iso) === 6 ? 'Saturday' : 'Sunday';
  return null;
}
