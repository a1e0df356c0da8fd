// Calendar arithmetic on ISO date strings via UTC day numbers, so time zones and DST never shift a deadline by a day.
import { AppFailure } from '../errors';
import { isValidIsoDate } from '../util/iso-date';

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function assertIsoDate(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !isValidIsoDate(value)) {
    throw new AppFailure('invalid-input', `${what} "${String(value)}" is not a real date. Enter it as MM/DD/YYYY.`);
  }
}

/** Days since 1970-01-01 for a (valid) ISO date. */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isoOf(year: number, month: number, day: number): string {
  return fromDayNumber(Math.round(Date.UTC(year, month - 1, day) / DAY_MS));
}

export function addCalendarDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function weekdayName(iso: string): string {
  return WEEKDAY_NAMES[weekdayOf(iso)]!;
}
