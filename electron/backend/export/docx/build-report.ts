// (case, sections) → a docx Document plus warnings. Pure: reads nothing and writes nothing.
import { Document, HeadingLevel, Paragraph, type Table } from 'docx';
import type { CaseRecord } from '../../../common/case/case-model';
import type { RichDocument } from '../../../common/document/doc-model';
import { buildCaption, REPORT_TITLES } from './caption';
import { createListInstanceAllocator, REPORT_NUMBERING } from './numbering';
import { pageFooter, pageProperties } from './page-setup';
import { serializeDocument } from './serialize-block';
import { REPORT_STYLES } from './styles';
import { ExportWarnings } from './warnings';

export interface ReportSectionInput {
  heading: string;
  content: RichDocument;
}

export interface ReportInput {
  caseRecord: CaseRecord;
  sections: ReportSectionInput[];
  /** Shown in document properties instead of the machine's user name. */
  author?: string;
}

export function buildReport(input: ReportInput): { document: Document; warnings: string[] } {
  const warnings = new ExportWarnings();
  const nextListInstance = createListInstanceAllocator();
  const title = REPORT_TITLES[input.caseRecord.reportKind];

  const body: (Paragraph | Table)[] = [...buildCaption(input.caseRecord, title)];
  for (const section of input.sections) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: section.heading }));
    body.push(...serializeDocument(section.content, { nextListInstance, warnings, headingOffset: 1 }));
  }

  const document = new Document({
    creator: input.author ?? 'MedLegal Writer',
    lastModifiedBy: input.author ?? 'MedLegal Writer',
    title: `${title}: ${input.caseRecord.examineeName}`,
    styles: REPORT_STYLES,
    numbering: REPORT_NUMBERING,
    features: { updateFields: false },
    sections: [{ properties: pageProperties(), footers: { default: pageFooter() }, children: body }],
  });
  return { document, warnings: warnings.list() };
}
