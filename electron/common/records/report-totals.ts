// The page totals a report prints (page verification) and the fee counts, from the records review totals.
// Null until records were imported: the template then prints its own "0 pages" wording from the fee fallback.
import type { CaseRecordTotals } from './records-types';

/** The page counts the report prints (page verification) and the fee counts. */
export interface RecordsTotals {
  totalPagesReceived: number;
  totalPagesReviewed: number;
}

export function reportTotalsOf(totals: CaseRecordTotals): RecordsTotals | null {
  if (totals.batches.length === 0) return null;
  return { totalPagesReceived: totals.pagesReceived, totalPagesReviewed: totals.pagesToVerify };
}

/**
 * What a section built from records review still lacks, or null when it has what it needs: one rule for the step
 * rail's completion marks and the compliance check before signing.
 */
export function recordsSectionGap(
  generator: 'records-reviewed-table' | 'page-verification',
  records: RecordsTotals | null,
): string | null {
  if (generator === 'records-reviewed-table')
    return records && records.totalPagesReceived > 0 ? null : 'no records are listed yet (records review has no documents)';
  return records ? null : 'records review has no page count yet';
}
