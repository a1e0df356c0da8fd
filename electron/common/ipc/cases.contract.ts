// Channels for the case list and case details, and the recorded service of a signed version.
import { z } from 'zod';
import { CaseFieldsSchema, CaseIdSchema, TemplateRefSchema, type CaseRecord, type CaseSummary } from '../case/case-model';
import { CopyForwardRequestSchema, type CopyForwardOptions } from '../case/copy-forward';
import { SupplementalRequestSchema, type PriorReport, type SupplementalOptions } from '../case/supplemental';
import { RecordServiceSchema, type CaseServiceView } from '../case/report-service';
import type { CaseDetail } from '../case/signing-model';
import { multiLine } from '../util/text-input';
import { channel } from './channel';

export const casesContract = {
  /** The cases by urgency; with `limit`, only the first ones (the list opens with what a window shows, then asks for all). */
  'cases:list': channel(
    z.object({
      query: multiLine(z.string().max(200)).default(''),
      limit: z.int().min(1, { message: 'Ask for at least one case.' }).optional(),
    }),
  ).returns<CaseSummary[]>(),
  /** The case with its version and signed state (signedVersion is null while the current version is being drafted). */
  'cases:get': channel(z.object({ id: CaseIdSchema })).returns<CaseDetail>(),
  'cases:create': channel(z.object({ fields: CaseFieldsSchema, template: TemplateRefSchema.optional() })).returns<CaseRecord>(),
  'cases:update': channel(z.object({ id: CaseIdSchema, fields: CaseFieldsSchema })).returns<CaseRecord>(),
  /** What an earlier case can bring to a new one: its parties and its written narrative sections. */
  'cases:copyForwardOptions': channel(z.object({ fromCaseId: CaseIdSchema })).returns<CopyForwardOptions>(),
  /** A new case of the earlier one's template, with the parties and sections chosen; never its records, dates or signature. */
  'cases:createFrom': channel(CopyForwardRequestSchema).returns<CaseRecord>(),
  /** What a supplemental (QME) or addendum (IME) from a signed case starts with; refused while the report is not signed. */
  'cases:supplementalOptions': channel(z.object({ fromCaseId: CaseIdSchema })).returns<SupplementalOptions>(),
  /**
   * A new case of the supplemental template that follows the signed report: its identity, parties, injuries and diagnoses,
   * the request, the deadline; never its records, narrative, answers or dates.
   */
  'cases:createSupplemental': channel(SupplementalRequestSchema).returns<CaseRecord>(),
  /** The signed report a supplemental case follows, or null for a case that follows none. */
  'cases:priorReport': channel(z.object({ caseId: CaseIdSchema })).returns<PriorReport | null>(),
  /** Moves the case to the trash; it is removed for good when the app closes. */
  'cases:delete': channel(z.object({ id: CaseIdSchema })).returns<{ deleted: true }>(),
  /** Brings a deleted case back (Undo), until the app closes. */
  'cases:restore': channel(z.object({ id: CaseIdSchema })).returns<CaseRecord>(),
  /** Starts the next version of a signed case (status back to drafting, version + 1); the signed file stays in the history. */
  'cases:reopenForEdit': channel(z.object({ caseId: CaseIdSchema })).returns<CaseDetail>(),
  'cases:openSample': channel(z.object({ sample: z.enum(['qme', 'ltd']).default('qme') })).returns<CaseRecord>(),
  /** Who the signed version can be served on (the rules' choice marked), and every version's recorded service. */
  'cases:getService': channel(z.object({ caseId: CaseIdSchema })).returns<CaseServiceView>(),
  /**
   * Records (or corrects) the service of the current signed version and marks the case served, which closes its deadline.
   * The date must fall between the signing date and today: checked by the backend, which knows both.
   */
  'cases:recordService': channel(RecordServiceSchema).returns<CaseServiceView>(),
  /** Removes the current signed version's service record; the case is signed (not served) again. */
  'cases:removeService': channel(
    z.object({ caseId: CaseIdSchema, version: z.int().min(1).max(100_000) }),
  ).returns<CaseServiceView>(),
};
