// The records overview of one case (batches, files, totals, duplicates), loaded on mount and refreshed on demand;
// while pages still wait for OCR it refreshes every few seconds so "awaiting OCR" counts down on its own.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordsOverview } from '../../../../electron/common/ipc/records.contract';
import { call, messageOf } from '../../api/client';
import { onRecordsChanged, recordsChanged } from './records-events';

const OCR_REFRESH_MS = 5000;

export function useRecordsOverview(caseId: string) {
  const [overview, setOverview] = useState<RecordsOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);

  const load = useCallback(async () => {
    try {
      const next = await call('records:overview', { caseId });
      if (live.current) {
        setOverview(next);
        setError(null);
      }
    } catch (e) {
      if (live.current) setError(messageOf(e));
    }
  }, [caseId]);

  useEffect(() => {
    live.current = true;
    void load();
    const off = onRecordsChanged((changed) => changed === caseId && void load());
    return () => {
      live.current = false;
      off();
    };
  }, [caseId, load]);

  const awaitingOcr = overview?.totals.pagesAwaitingOcr ?? 0;
  useEffect(() => {
    if (awaitingOcr === 0) return;
    const timer = setInterval(() => void load(), OCR_REFRESH_MS);
    return () => clearInterval(timer);
  }, [awaitingOcr, load]);

  /** Reloads here and in every other view of this case's records. */
  const refresh = useCallback(() => recordsChanged(caseId), [caseId]);
  return { overview, error, refresh };
}
