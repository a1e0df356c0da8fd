// The records overview of one case (batches, files, totals, duplicates), loaded on mount and refreshed on demand;
// while pages still wait for OCR it refreshes every few seconds so "awaiting OCR" counts down on its own.
import { useCallback, useEffect } from 'react';
import { useBackendValue } from '../../hooks/use-backend-value';
import { recordsApi } from './records-api';
import { onRecordsChanged, recordsChanged } from './records-events';

const OCR_REFRESH_MS = 2500;

export function useRecordsOverview(caseId: string) {
  const { value: overview, error, reload: load } = useBackendValue(() => recordsApi.overview(caseId), caseId);
  useEffect(() => onRecordsChanged((changed) => changed === caseId && void load()), [caseId, load]);

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
