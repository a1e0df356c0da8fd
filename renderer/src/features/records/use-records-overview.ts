// The records overview of one case (batches, files, totals, duplicates), loaded on mount and refreshed on demand;
// while pages still wait for OCR it refreshes every few seconds so "awaiting OCR" counts down on its own.
// Every view of a case's records (the workspace's totals, the step, the page-verification line) shares one request.
import { useCallback, useEffect } from 'react';
import type { RecordsOverview } from '../../../../electron/common/ipc/records.contract';
import { useBackendValue } from '../../hooks/use-backend-value';
import { recordsApi } from './records-api';
import { onRecordsChanged, recordsChanged } from './records-events';

const OCR_REFRESH_MS = 2500;
/**
 * How long a reply serves another view that asks for it: opening a case and then its Records step asks from three
 * places within moments. Anything that changes the records announces it (recordsChanged), which drops the reply at once.
 */
const SHARED_FOR_MS = 3000;

const shared = new Map<string, { at: number; reply: Promise<RecordsOverview> }>();
// Registered before any view subscribes, so the views that reload on a change all get the one new request.
onRecordsChanged((caseId) => shared.delete(caseId));

/** The case's overview: the reply already asked for (in flight or a moment old), else a new request. */
export function loadRecordsOverview(caseId: string): Promise<RecordsOverview> {
  const now = Date.now();
  const hit = shared.get(caseId);
  if (hit && now - hit.at < SHARED_FOR_MS) return hit.reply;
  const reply = recordsApi.overview(caseId);
  const entry = { at: now, reply };
  shared.set(caseId, entry);
  // A failed request is not shared: the next view asks again.
  reply.catch(() => shared.get(caseId) === entry && shared.delete(caseId));
  return reply;
}

export function useRecordsOverview(caseId: string) {
  const { value: overview, error, reload } = useBackendValue(() => loadRecordsOverview(caseId), caseId);
  useEffect(() => onRecordsChanged((changed) => changed === caseId && void reload()), [caseId, reload]);

  const awaitingOcr = overview?.totals.pagesAwaitingOcr ?? 0;
  useEffect(() => {
    if (awaitingOcr === 0) return;
    // OCR progresses without an announcement: each tick asks the backend anew.
    const timer = setInterval(() => {
      shared.delete(caseId);
      void reload();
    }, OCR_REFRESH_MS);
    return () => clearInterval(timer);
  }, [awaitingOcr, reload, caseId]);

  /** Reloads here and in every other view of this case's records. */
  const refresh = useCallback(() => recordsChanged(caseId), [caseId]);
  return { overview, error, refresh };
}
