// A supplemental report lists the report it follows among the records reviewed: the physician's own earlier report, tied
// to no received file, so its pages are not counted again (they were counted on that report).
import { emptyDocument } from '../../common/document/doc-model';
import type { PriorReport } from '../../common/case/supplemental';
import type { PhysicianProfile } from '../../common/settings/settings-model';
import type { RecordReviewedRow, RecordsReviewed } from './docx/generator-data';

function priorReportRow(prior: PriorReport, physician: PhysicianProfile | null): RecordReviewedRow {
  // The name alone: it usually carries the degree already ("Jordan P. Signer, MD"), and the signature block has the rest.
  const author = physician?.name?.trim() ?? '';
  return {
    number: '—',
    date: prior.signingDate,
    author,
    type: `My prior report in this case: ${prior.templateTitle}`,
    pages: null,
    reliedUpon: true,
    source: '',
    summary: emptyDocument(),
  };
}

/** The records reviewed with the prior report first among the records tied to no received file. */
export function withPriorReport(
  records: RecordsReviewed | null,
  prior: PriorReport | null,
  physician: PhysicianProfile | null,
): RecordsReviewed | null {
  if (!prior) return records;
  const base = records ?? { batches: [], unsourced: [], pagesReceived: 0, duplicatePages: 0, pagesReviewed: 0 };
  return { ...base, unsourced: [priorReportRow(prior, physician), ...base.unsourced] };
}
