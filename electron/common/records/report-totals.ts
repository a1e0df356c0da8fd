// The page totals a report prints (page verification) and the fee counts, from the records review totals.
// Null until records were imported: the template then prints its own "0 pages" wording from the fee fallback.
import type { CaseRecordTotals } from './records-types';

/** The page counts the report prints (page verification) and the fee counts. */
export interface RecordsTotals {
  totalPagesReceived: number;
  totalPagesReviewed: number;
  /** Records the chronology itemizes; absent where only page counts are known (fixtures, the fee tool). */
  recordsItemized?: number;
  /** Who sent the records, in the order received (a supplemental says what it received since the last report). */
  senders?: string[];
}

/** `recordsItemized` where the caller knows the chronology's size (the backend); the page counts alone otherwise. */
export function reportTotalsOf(totals: CaseRecordTotals, recordsItemized?: number): RecordsTotals | null {
  if (totals.batches.length === 0) return null;
  const pages = {
    totalPagesReceived: totals.pagesReceived,
    totalPagesReviewed: totals.pagesToVerify,
    senders: totals.senders.map((s) => s.sender),
  };
  return recordsItemized === undefined ? pages : { ...pages, recordsItemized };
}

/**
 * What a section built from records review still lacks, or null when it has what it needs: one rule for the step
 * rail's completion marks and the compliance check before signing.
 */
export function recordsSectionGap(
  generator: 'records-reviewed-table' | 'page-verification',
  records: RecordsTotals | null,
): string | null {
  if (generator === 'records-reviewed-table') {
    if (!records || records.totalPagesReceived === 0) return 'no records are listed yet (records review has no documents)';
    // Pages alone print "No records entered." in the table: the report lists records, so at least one must be itemized.
    return records.recordsItemized === 0 ? 'no record is itemized yet: add a chronology entry for each record relied on' : null;
  }
  return records ? null : 'records review has no page count yet';
}
