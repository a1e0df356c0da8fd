// The page totals a report prints (page verification) and the fee counts, from the records review totals.
// Null until records were imported: the template then prints its own "0 pages" wording from the fee fallback.
import type { RecordsTotals } from '../report/template-values';
import type { CaseRecordTotals } from './records-types';

export function reportTotalsOf(totals: CaseRecordTotals): RecordsTotals | null {
  if (totals.batches.length === 0) return null;
  return { totalPagesReceived: totals.pagesReceived, totalPagesReviewed: totals.pagesToVerify };
}
