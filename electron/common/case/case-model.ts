// The case record shared by UI, backend and export: the fields a physician enters when opening a case.
import { z } from 'zod';
import type { Urgency } from '../calc/deadlines';
import { isoDate } from '../util/iso-date';
import { singleLineText } from '../util/text-input';
import type { ServiceRecord } from './report-service';

export const REPORT_KINDS = ['QME', 'IME'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const text = singleLineText;

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

export const CASE_STATUSES = ['drafting', 'ready-to-sign', 'signed', 'served'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The template a case was written with; a case keeps it even when a newer version ships. */
export const TemplateRefSchema = z.object({
  id: z
    .string()
    .max(100, { message: 'Unknown template.' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Unknown template.' }),
  version: z.int().min(1).max(100_000),
});
export type TemplateRef = z.infer<typeof TemplateRefSchema>;

/** Built-in template used when none is named: the first of each kind. */
export const DEFAULT_TEMPLATE: Record<ReportKind, TemplateRef> = {
  QME: { id: 'ca-qme-comprehensive', version: 1 },
  IME: { id: 'ime-workers-comp', version: 1 },
};

export interface CaseRecord extends CaseFields {
  id: string;
  template: TemplateRef;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
}

/** The deadline the case list shows: the date the report must be served by, with days left and urgency. */
export interface NextDeadline {
  date: string;
  label: string;
  /** 0 = due today, negative = overdue. */
  daysLeft: number;
  urgency: Urgency;
}

export interface CaseSummary extends CaseRecord {
  /** Null when no deadline can be computed yet (no exam or referral due date) or the report was served. */
  nextDeadline: NextDeadline | null;
  /** The service of the newest served version; the list shows it where a served case has no deadline. */
  served: ServiceRecord | null;
}

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
