// The export:* channels: the draft export, the check as it will be signed, the preview, "Sign and export", the export
// history, and opening an exported file or its folder.
import type { HandlersOf } from '../ipc/handler-registry';
import type { ExportService } from './export-service';

export const exportHandlers = (exports: ExportService): HandlersOf<'export'> => ({
  'export:docx': ({ caseId, proofOfService }) => exports.exportDraft({ caseId, proofOfService }),
  'export:signCheck': ({ caseId, signingDate }) => exports.signCheck(caseId, signingDate),
  'export:sign': (input) => exports.sign(input),
  'export:preview': ({ caseId, signingDate, county }) => exports.preview(caseId, signingDate, county),
  'export:history': ({ caseId }) => exports.history(caseId),
  'export:openFile': ({ historyId, kind, action }) => exports.openFile(historyId, kind, action),
});
