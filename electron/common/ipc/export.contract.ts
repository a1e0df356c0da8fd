// Channels for producing the Word report.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import { channel } from './channel';

export interface ExportOutcome {
  /** null when the user cancelled the save dialog. */
  filePath: string | null;
  warnings: string[];
}

export const exportContract = {
  'export:docx': channel(z.object({ caseId: CaseIdSchema })).returns<ExportOutcome>(),
};
