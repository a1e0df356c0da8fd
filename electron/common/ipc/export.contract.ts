// Channels for producing the Word report: the draft export, the check of the report as it will be signed, "Sign and export"
// (refused while a blocking item is missing or a warning is not accepted), and the export history.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import type { ExportHistoryEntry } from '../case/signing-model';
import type { ComplianceItem } from '../compliance/run-compliance-check';
import { CountySchema } from '../settings/settings-model';
import { isoDate } from '../util/iso-date';
import { multiLine, singleLine } from '../util/text-input';
import { channel } from './channel';

export interface ExportOutcome {
  /** null when the user cancelled the save dialog. */
  filePath: string | null;
  warnings: string[];
  /** The export history row written for this file (null when cancelled). */
  historyId?: string | null;
}

export interface SignOutcome extends ExportOutcome {
  historyId: string | null;
  /** The version that was signed. */
  version: number;
  /** ISO date printed in the declaration. */
  signingDate: string;
  county: string;
  /**
   * The PDF copy beside the .docx: 'converting' while LibreOffice writes it in the background (export:history shows
   * its path once done), 'unavailable' when LibreOffice is not installed, 'off' when not made (or cancelled).
   */
  pdf: 'converting' | 'unavailable' | 'off';
}

/** The report as it would be signed now, for the preview on the Review and sign step (nothing is written or recorded). */
export interface ReportPreview {
  /** The .docx export would write, base64-encoded so it crosses any bridge unchanged. */
  docxBase64: string;
  /** Values still printed as [brackets]: signing refuses the report until each is entered. */
  unfilled: string[];
  warnings: string[];
}

/** A warning the physician signed past with "Sign anyway", worded as the check worded it then. */
export interface AcceptedWarning {
  id: string;
  label: string;
  message: string;
}

/** One export as the history lists it: a signed one also names the warnings accepted when it was signed. */
export type ExportRecord = ExportHistoryEntry & { acceptedWarnings: AcceptedWarning[] };

export const exportContract = {
  /** The unsigned export with the DRAFT watermark, optionally with the proof of service; recorded in the history. */
  'export:docx': channel(z.object({ caseId: CaseIdSchema, proofOfService: z.boolean().default(false) })).returns<ExportOutcome>(),
  /**
   * The compliance check of the report as it will be signed: stamped with the signing date (today when not given) as
   * signing stamps it, or as signed once it is. The step rail, the compliance list and "Sign and export" read this answer.
   */
  'export:signCheck': channel(z.object({ caseId: CaseIdSchema, signingDate: isoDate.optional() })).returns<ComplianceItem[]>(),
  'export:sign': channel(
    z.object({
      caseId: CaseIdSchema,
      county: CountySchema.pipe(z.string().min(1, { message: 'Enter the county where you sign the report.' })),
      /** Today when not given; never after today. */
      signingDate: isoDate.optional(),
      proofOfService: z.boolean().default(false),
      serviceMethod: z.enum(['mail', 'electronic']).default('mail'),
      /** Who serves the report and signs the declaration of service, when not the physician. */
      serviceDeclarant: singleLine(z.string().trim().max(200)).optional(),
      /**
       * The warnings confirmed with "Sign anyway", by their keys (dismissKey: the check and its exact message). Signing is
       * refused unless they cover every warning the check finds now, so a screen opened before a new warning cannot sign past it.
       */
      acceptedWarnings: z
        .array(multiLine(z.string().min(1).max(300)))
        .max(500)
        .default([]),
    }),
  ).returns<SignOutcome>(),
  /**
   * The report as "Sign and export" would write it now (signed on `signingDate`, today when not given, in `county`), for
   * the preview; a signed case shows its signed version. Nothing is saved or recorded.
   */
  'export:preview': channel(
    z.object({ caseId: CaseIdSchema, signingDate: isoDate.optional(), county: CountySchema.optional() }),
  ).returns<ReportPreview>(),
  /** Every export of the case, newest first. */
  'export:history': channel(z.object({ caseId: CaseIdSchema })).returns<ExportRecord[]>(),
  /**
   * Opens an exported file, or shows it in its folder: named by its export history row, never by a path, so the page
   * cannot make the app open anything it did not write.
   */
  'export:openFile': channel(
    z.object({ historyId: z.uuid(), kind: z.enum(['docx', 'pdf']).default('docx'), action: z.enum(['open', 'show']) }),
  ).returns<{ done: true }>(),
};
