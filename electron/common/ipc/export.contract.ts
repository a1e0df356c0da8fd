// Channels for producing the Word report: the draft export, "Sign and export", and the export history.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import type { ExportHistoryEntry } from '../case/signing-model';
import { CountySchema } from '../settings/settings-model';
import { isoDate } from '../util/iso-date';
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
  /** True when the compliance check had blocking items; the export is recorded as incomplete. */
  incomplete: boolean;
}

export const exportContract = {
  /** The unsigned export with the DRAFT watermark, optionally with the proof of service; recorded in the history. */
  'export:docx': channel(z.object({ caseId: CaseIdSchema, proofOfService: z.boolean().default(false) })).returns<ExportOutcome>(),
  'export:sign': channel(
    z.object({
      caseId: CaseIdSchema,
      county: CountySchema.pipe(z.string().min(1, { message: 'Enter the county where you sign the report.' })),
      /** Today when not given; never after today. */
      signingDate: isoDate.optional(),
      proofOfService: z.boolean().default(false),
      serviceMethod: z.enum(['mail', 'electronic']).default('mail'),
      /** Who serves the report and signs the declaration of service, when not the physician. */
      serviceDeclarant: z.string().trim().max(200).optional(),
    }),
  ).returns<SignOutcome>(),
  /** Every export of the case, newest first. */
  'export:history': channel(z.object({ caseId: CaseIdSchema })).returns<ExportHistoryEntry[]>(),
};
