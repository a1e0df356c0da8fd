// Word counts on screen: how one reads ("1 word", "12,345 words") and the whole report's, as saved.
import { useEffect, useState } from 'react';
import { documentWordCount } from '../../../../electron/common/document/doc-model';
import { call } from '../../api/client';
import type { FindTarget } from './find-targets';

export const formatWords = (n: number): string => `${n.toLocaleString('en-US')} ${n === 1 ? 'word' : 'words'}`;

/** The words of the report's sections and answers as saved, counted again whenever `refresh` changes (a step change). */
export function useReportWordCount(caseId: string, targets: readonly FindTarget[], refresh: unknown): number | null {
  const [words, setWords] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const inReport = new Set(targets.map((t) => t.sectionId));
    call('documents:list', { caseId })
      .then((docs) => {
        if (!live) return;
        setWords(docs.filter((d) => inReport.has(d.sectionId)).reduce((n, d) => n + documentWordCount(d.content), 0));
      })
      // The count is a convenience: when it cannot be read, it is simply not shown.
      .catch(() => live && setWords(null));
    return () => {
      live = false;
    };
  }, [caseId, targets, refresh]);
  return words;
}
