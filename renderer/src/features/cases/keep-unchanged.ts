// A new case list with every case that did not change since the last reply kept as the very same object: the table's
// rows are memoised by their case, so only rows whose case changed are drawn again (the rest of a 1,000-case list
// arriving after its first rows redrew every row in view, one long task).
import type { CaseSummary } from '../../../../electron/common/case/case-model';

export function keepUnchanged(previous: readonly CaseSummary[] | null, next: CaseSummary[]): CaseSummary[] {
  if (!previous || previous.length === 0) return next;
  const before = new Map(previous.map((c) => [c.id, c]));
  let same = previous.length === next.length;
  const kept = next.map((c, i) => {
    const old = before.get(c.id);
    const keep = old !== undefined && JSON.stringify(old) === JSON.stringify(c);
    if (!keep || previous[i] !== old) same = false;
    return keep ? old : c;
  });
  // Nothing changed at all: the same list, so nothing is drawn again.
  return same ? (previous as CaseSummary[]) : kept;
}
