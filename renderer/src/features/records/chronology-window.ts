// The chronology list as far as it has been read: rows by position in the backend's date order (a sparse array: the
// rows not yet in view are holes). An edit moves its one row and renumbers the rows it passed, from the row and the
// number it had that the backend sends back, instead of reading the list again.
import type { ChronologyRow } from '../../../../electron/common/records/records-types';

export interface ChronologyWindow {
  total: number;
  rows: readonly (ChronologyRow | undefined)[];
}

/** The rows from offset filled in; a different total means the list changed, so what was read before is dropped. */
export function withRows(
  known: ChronologyWindow | null,
  total: number,
  offset: number,
  rows: readonly ChronologyRow[],
): ChronologyWindow {
  const next = known && known.total === total ? known.rows.slice() : new Array<ChronologyRow | undefined>(total);
  rows.forEach((row, i) => {
    if (offset + i < total) next[offset + i] = row;
  });
  return { total, rows: next };
}

/**
 * The entry moved from its previous number to its new one, the rows between renumbered (the others keep their
 * objects, so their rows need not redraw). Null when the row at the previous number is not this entry: the list
 * changed elsewhere, and the caller reads it again (the report's numbering is the backend's, never a guess).
 */
export function withMove(known: ChronologyWindow, entry: ChronologyRow, previousNumber: number): ChronologyWindow | null {
  const from = previousNumber - 1;
  const to = entry.number - 1;
  if (known.rows[from]?.id !== entry.id || to < 0 || to >= known.total) return null;
  const rows = known.rows.slice();
  rows.splice(from, 1);
  rows.splice(to, 0, entry);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const row = rows[i];
    if (row && row.number !== i + 1) rows[i] = { ...row, number: i + 1 };
  }
  return { total: known.total, rows };
}

/** The first position in first..last not read yet, or -1. */
export function firstMissing(known: ChronologyWindow | null, first: number, last: number): number {
  if (!known) return first;
  for (let i = Math.max(0, first); i <= Math.min(last, known.total - 1); i++) if (!known.rows[i]) return i;
  return -1;
}
