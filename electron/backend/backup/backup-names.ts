// The names of the backup files the app writes: "MedLegal Writer backup 2026-12-07 013005.zip" (local time). Keep-N
// pruning deletes only files that match this pattern exactly, so nothing else in a folder is ever touched.
const PREFIX = 'MedLegal Writer backup ';
const PATTERN = /^MedLegal Writer backup \d{4}-\d{2}-\d{2} \d{6}\.zip$/;

/** A file-name-safe local time: 2026-12-07 013005 (sorts in time order). */
export function stamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

export const backupFileName = (date: Date) => `${PREFIX}${stamp(date)}.zip`;

export const isBackupFileName = (name: string) => PATTERN.test(name);
