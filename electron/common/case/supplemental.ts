// "Supplemental from this case": the report a signed case is followed by (QME → ML203 supplemental, IME → addendum), what
// the physician gives to start it (request date, requesting party), and the link the new case keeps to the report it follows.
import { z } from 'zod';
import { isoDate } from '../util/iso-date';
import { singleLineText } from '../util/text-input';
import { CaseIdSchema, type ReportKind, type TemplateRef } from './case-model';

/** The built-in template a signed report of each kind is followed by. */
export const SUPPLEMENTAL_TEMPLATE: Record<ReportKind, TemplateRef> = {
  QME: { id: 'ca-qme-supplemental', version: 1 },
  IME: { id: 'ime-addendum', version: 1 },
};

/** What the dialog shows before the physician starts the supplemental. */
export interface SupplementalOptions {
  from: { id: string; examineeName: string; templateTitle: string };
  /** The signed report the new one follows. */
  follows: { version: number; signingDate: string };
  /** The template the supplemental is written with. */
  template: TemplateRef & { title: string };
  /** The physician's case-list date: the request date defaults to it and cannot be after it. */
  today: string;
}

export const SupplementalRequestSchema = z.object({
  fromCaseId: CaseIdSchema,
  requestDate: isoDate,
  requestingParty: singleLineText(200).min(1, { message: 'Enter who requested the supplemental report.' }),
  /** IME addendum: the due date the request gives (an IME's deadline is the referral's); a QME supplemental's is computed. */
  dueDate: isoDate.nullable().default(null),
});
export type SupplementalRequest = z.infer<typeof SupplementalRequestSchema>;

/** The report a supplemental case follows; the earlier case may since have been deleted (caseId null). */
export interface PriorReport {
  caseId: string | null;
  version: number;
  signingDate: string;
  /** The earlier report's template title, e.g. "California QME/AME comprehensive report (ML201)". */
  templateTitle: string;
}
