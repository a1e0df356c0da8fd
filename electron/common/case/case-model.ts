// The case record shared by UI, backend and export: the fields a physician enters when opening a case.
import { z } from 'zod';
import { isoDate } from '../util/iso-date';

export const REPORT_KINDS = ['QME', 'IME'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const text = (max: number) => z.string().trim().max(max, { message: `Keep this under ${max} characters.` });

export const CaseFieldsSchema = z.object({
  examineeName: text(200).min(1, { message: 'Enter the examinee’s name.' }),
  dateOfBirth: isoDate.nullable(),
  claimNumber: text(100),
  employer: text(200),
  claimsAdministrator: text(200),
  reportKind: z.enum(REPORT_KINDS),
  examDate: isoDate.nullable(),
});
export type CaseFields = z.infer<typeof CaseFieldsSchema>;

export interface CaseRecord extends CaseFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type CaseSummary = CaseRecord;

export const CaseIdSchema = z.string().uuid({ message: 'Unknown case id.' });

export const EMPTY_CASE_FIELDS: CaseFields = {
  examineeName: '',
  dateOfBirth: null,
  claimNumber: '',
  employer: '',
  claimsAdministrator: '',
  reportKind: 'QME',
  examDate: null,
};
