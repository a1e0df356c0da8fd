// Calendar dates are stored as ISO strings (YYYY-MM-DD) and checked as real dates, not just by shape.
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
}

export const isoDate = z.string().refine(isValidIsoDate, { message: 'Enter a real date (MM/DD/YYYY).' });

/** MM/DD/YYYY for display, as physicians and courts in the US read dates. */
export function formatUsDate(iso: string | null | undefined): string {
  if (!iso || !isValidIsoDate(iso)) return '';
  const [y, m, d] = iso.split('-');
  return `${m}/${d}/${y}`;
}

export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
