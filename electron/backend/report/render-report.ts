// An AssembledReport → the Word file's bytes: the docx built and packed, then placed inside the physician's letterhead.
// Choosing where to save, signing and the export history belong to the export room.
import type { AssembledReport } from './assemble-report';
import { buildTemplateReport, type RenderOptions } from './docx/build-template-report';
import { packReport } from './docx/pack-report';
import { ExportWarnings } from './docx/warnings';

export interface RenderedDocx {
  buffer: Buffer;
  warnings: string[];
  fileName: string;
  /** The document title written to its properties. */
  title: string;
  /** Values printed as [bracketed] placeholders (label and sections); signing refuses a report with any. */
  unfilled: string[];
}

/** "<examinee> - <exam date>.docx"; a report with no examination (a supplemental) is named by its date instead. */
function suggestedReportFileName(examineeName: string, date: string): string {
  const name =
    examineeName
      .replace(/[^A-Za-z0-9 .'-]+/g, '')
      .trim()
      .replace(/\s+/g, ' ') || 'Report';
  return `${name} - ${date}.docx`;
}

export async function renderReport(report: AssembledReport, options: RenderOptions): Promise<RenderedDocx> {
  const built = buildTemplateReport(report, options);
  const { warnings, title, unfilled } = built;
  const letterheadWarnings = new ExportWarnings();
  const buffer = await packReport(
    built,
    options.letterhead ? { letterhead: options.letterhead, warnings: letterheadWarnings } : undefined,
  );
  const { examineeName, examDate } = report.caseRecord;
  return {
    buffer,
    warnings: [...warnings, ...letterheadWarnings.list()],
    fileName: suggestedReportFileName(examineeName, examDate ?? report.today),
    title,
    unfilled,
  };
}
