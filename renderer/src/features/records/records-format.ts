// How records figures read on screen: counts with separators, the import and OCR progress lines and the count-check flag.
// Pure, so every wording is in one place; page citations are electron/common/records/page-citation.ts (the report's too).
import {
  PAGE_PROBLEM_MESSAGE,
  type BatchTotals,
  type ImportStatus,
  type OcrProgress,
} from '../../../../electron/common/records/records-types';

export const count = (n: number) => n.toLocaleString('en-US');

export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

function secondsLeftText(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `about ${minutes} min left` : `about ${Math.floor(minutes / 60)} h ${minutes % 60} min left`;
}

/** "files 2 of 5 · pages 1,200 of 10,000 · 850 pages/s · about 10 s left" (parts appear once they are known). */
export function progressLine(s: ImportStatus): string {
  const parts = [`files ${count(s.filesDone)} of ${count(s.filesTotal)}`];
  if (s.pagesTotal > 0) parts.push(`pages ${count(s.pagesDone)} of ${count(s.pagesTotal)}`);
  if (s.pagesPerSecond > 0) parts.push(`${count(Math.round(s.pagesPerSecond))} pages/s`);
  if (s.secondsLeft !== null && s.state !== 'done') parts.push(secondsLeftText(s.secondsLeft));
  return parts.join(' · ');
}

/** "12 scanned pages left · 24 pages/min · about 1 min left" (parts appear once they are known). */
export function ocrLine(ocr: OcrProgress): string {
  if (ocr.pausedByUser && ocr.running > 0) return `Pausing: ${plural(ocr.running, 'page')} already being read will finish first.`;
  if (ocr.pausedByUser)
    return `Paused: ${plural(ocr.awaiting, 'scanned page')} of this case wait. Search and suggestions skip them until OCR runs.`;
  if (ocr.waitingForImport) return `${plural(ocr.awaiting, 'scanned page')} wait for the import to finish.`;
  const parts = [`${plural(ocr.awaiting, 'scanned page')} left`];
  if (ocr.pagesPerMinute !== null) parts.push(`${count(Math.round(ocr.pagesPerMinute))} pages/min`);
  if (ocr.secondsLeft !== null) parts.push(secondsLeftText(ocr.secondsLeft));
  return parts.join(' · ');
}

/** "Declared 120, counted 118" when the sender's attested count differs from the pages in the files; null when they agree. */
export function mismatchText(b: Pick<BatchTotals, 'declaredPageCount' | 'countedPages' | 'countMismatch'>): string | null {
  if (!b.countMismatch || b.declaredPageCount === null) return null;
  return `Declared ${count(b.declaredPageCount)}, counted ${count(b.countedPages)}`;
}

export const isFinished = (s: ImportStatus) => s.state === 'done' || s.state === 'cancelled' || s.state === 'failed';

/** "2 pages could not be read: ask the sender for a new copy" (they are counted as received). */
export function damagedText(pages: number): string {
  return `${plural(pages, 'page')} ${PAGE_PROBLEM_MESSAGE}`;
}
