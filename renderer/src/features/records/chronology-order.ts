// The chronology's order and numbering as the backend gives them, so an edit that moves an entry renumbers the list on
// screen from the one entry sent back instead of reloading every entry (summaries included) of a 2,000-entry chronology.
import type { ChronologyEntry } from '../../../../electron/common/records/records-types';

/** chronology-repository's ORDER: undated last, then by date, then the physician's order, then creation. */
function byChronology(a: ChronologyEntry, b: ChronologyEntry): number {
  if ((a.dateOfService === null) !== (b.dateOfService === null)) return a.dateOfService === null ? 1 : -1;
  const key = (e: ChronologyEntry) => [e.dateOfService ?? '', e.sortOrder, e.createdAt] as const;
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i]! !== y[i]!) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

/**
 * The list with one entry replaced, re-sorted and renumbered; entries whose number stays keep their object, so their
 * rows need not redraw. Null when the result disagrees with the number the backend gave the edited entry (then the
 * caller reloads): the report's numbering is the backend's, never a guess.
 */
export function renumberedWith(list: readonly ChronologyEntry[], updated: ChronologyEntry): ChronologyEntry[] | null {
  const next = list
    .map((e) => (e.id === updated.id ? updated : e))
    .sort(byChronology)
    .map((e, i) => (e.number === i + 1 ? e : { ...e, number: i + 1 }));
  return next.find((e) => e.id === updated.id)?.number === updated.number ? next : null;
}
