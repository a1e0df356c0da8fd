// The caption block at the top of the report: the report's title and the case fields that identify it.
import { AlignmentType, HeadingLevel, Paragraph, type Table } from 'docx';
import type { CaseRecord } from '../../../common/case/case-model';
import { formatUsDate } from '../../../common/util/iso-date';
import { labelValueTable } from './tables';

export const REPORT_TITLES: Record<CaseRecord['reportKind'], string> = {
  QME: 'Qualified Medical Evaluation',
  IME: 'Independent Medical Examination',
};

export function captionPairs(c: CaseRecord): [string, string][] {
  const orBlank = (v: string) => v || '—';
  return [
    ['Examinee', orBlank(c.examineeName)],
    ['Date of birth', orBlank(formatUsDate(c.dateOfBirth))],
    ['Claim number', orBlank(c.claimNumber)],
    ['Employer', orBlank(c.employer)],
    ['Claims administrator', orBlank(c.claimsAdministrator)],
    ['Date of examination', orBlank(formatUsDate(c.examDate))],
  ];
}

export function buildCaption(c: CaseRecord, title = REPORT_TITLES[c.reportKind]): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: title }),
    labelValueTable(captionPairs(c)),
    new Paragraph({ text: '' }),
  ];
}
