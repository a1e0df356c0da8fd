// The records table is complete only when records are itemized: imported pages alone would print "No records entered."
import { describe, expect, it } from 'vitest';
import { recordsSectionGap } from '../../../electron/common/records/report-totals';

describe('the records-reviewed section', () => {
  it('needs documents, then at least one itemized record', () => {
    expect(recordsSectionGap('records-reviewed-table', null)).toMatch(/no records are listed/);
    const pages = { totalPagesReceived: 21, totalPagesReviewed: 20 };
    expect(recordsSectionGap('records-reviewed-table', { ...pages, recordsItemized: 0 })).toMatch(/no record is itemized/);
    expect(recordsSectionGap('records-reviewed-table', { ...pages, recordsItemized: 1 })).toBeNull();
  });

  it('judges by pages where the chronology size is not known', () => {
    expect(recordsSectionGap('records-reviewed-table', { totalPagesReceived: 21, totalPagesReviewed: 20 })).toBeNull();
    expect(
      recordsSectionGap('page-verification', { totalPagesReceived: 21, totalPagesReviewed: 20, recordsItemized: 0 }),
    ).toBeNull();
  });
});
