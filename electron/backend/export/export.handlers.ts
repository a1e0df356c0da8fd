// The export:* channels: the draft export, the check as it will be signed, "Sign and export", and the export history.
import type { HandlersOf } from '../ipc/handler-registry';
import type { ExportService } from './export-service';

export const exportHandlers = (exports: ExportService): HandlersOf<'export'> => ({
  'export:docx': ({ caseId, proofOfService }) => exports.exportDraft({ caseId, proofOfService }),
  'export:signCheck': ({ caseId, signingDate }) => exports.signCheck(caseId, signingDate),
  'export:sign': (input) => exports.sign(input),
  'export:history': ({ caseId }) => exports.history(caseId),
});
