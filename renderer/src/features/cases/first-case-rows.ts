// The case list's first rows, asked for by the tiny start script (renderer/src/start.ts) while the app's code is still
// loading, so the list can be drawn in the app's first frame instead of one round trip after it.
import type { CaseSummary } from '../../../../electron/common/case/case-model';
import { UNLOCK_HASH } from '../../../../electron/common/ipc/unlock-hash';
import { casesApi } from './cases-api';

/**
 * Rows asked for first when the app opens, more than a tall window shows: they are drawn while the rest (a busy
 * practice has a thousand cases) are on their way.
 */
export const FIRST_ROWS = 60;

let pending: Promise<CaseSummary[]> | null = null;
let arrived: CaseSummary[] | null = null;

/** Asks for the first rows of the unfiltered list, once; not while the data is locked (the backend would refuse). */
export function askFirstCaseRows(): void {
  if (pending || window.location.hash === UNLOCK_HASH) return;
  pending = casesApi.list('', FIRST_ROWS);
  // Whoever takes the promise sees a failure; this only keeps it from being reported as unhandled before then.
  pending.then((rows) => (arrived = rows)).catch(() => undefined);
}

/**
 * Resolves once the first rows have arrived (or failed), or after `maxMs`: the app's first frame waits that long for
 * them, so the list is drawn with it rather than in a second full draw one round trip later.
 */
export function firstCaseRowsSettled(maxMs: number): Promise<void> {
  if (!pending) return Promise.resolve();
  const settled = pending.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, maxMs))]);
}

/** The rows if they have already arrived (for the list's first frame); they stay for takeFirstCaseRows. */
export function firstCaseRowsArrived(): CaseSummary[] | null {
  return arrived;
}

/**
 * The request made at start, once: the list's later loads (a search, a change) ask the backend afresh. Null when none
 * was made (a test mounting the page alone, or the app opened locked).
 */
export function takeFirstCaseRows(): Promise<CaseSummary[]> | null {
  const taken = pending;
  pending = null;
  arrived = null;
  return taken;
}
