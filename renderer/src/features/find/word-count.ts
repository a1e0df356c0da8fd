// Word counts on screen: how one reads ("1 word", "12,345 words") and the whole report's, as saved.
import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { FindTarget } from './find-targets';

export const formatWords = (n: number): string => `${n.toLocaleString('en-US')} ${n === 1 ? 'word' : 'words'}`;

/**
 * The words of the report's sections and answers as saved, counted again whenever `refresh` changes (a step change). The
 * backend counts: sending every section's text to count it here took a long task on a 50-page report.
 */
export function useReportWordCount(caseId: string, targets: readonly FindTarget[], refresh: unknown): number | null {
  const [words, setWords] = useState<number | null>(null);
  // Asked again when the sections in the report change, not each time the list is rebuilt with the same ones (the
  // workspace rebuilds it when a compliance check answers); none yet while the case is still loading.
  const sectionIds = targets.map((t) => t.sectionId).join('\n');
  useEffect(() => {
    if (sectionIds === '') return;
    let live = true;
    const inReport = new Set(sectionIds.split('\n'));
    call('documents:wordCounts', { caseId })
      .then((counts) => {
        if (!live) return;
        setWords(Object.entries(counts).reduce((n, [sectionId, w]) => (inReport.has(sectionId) ? n + w : n), 0));
      })
      // The count is a convenience: when it cannot be read, it is simply not shown.
      .catch(() => live && setWords(null));
    return () => {
      live = false;
    };
  }, [caseId, sectionIds, refresh]);
  return words;
}
