// The records:* and chronology:* channels: imports into sender batches, OCR, search, the page viewer and the
// chronology of the records reviewed (the chronology is part of records review, so its channels live here too).
import type { HandlersOf } from '../ipc/handler-registry';
import type { RecordsService } from './records-service';

export const recordsHandlers = (records: RecordsService): HandlersOf<'records' | 'chronology'> => ({
  'records:overview': ({ caseId }) => records.overview(caseId),
  'records:chooseAndImport': ({ caseId, batch }) => records.chooseAndImport(caseId, batch),
  'records:importPaths': ({ caseId, batch, paths }) => records.importPaths(caseId, batch, paths),
  'records:importStatus': ({ jobId }) => records.importStatus(jobId),
  'records:setOcrPaused': ({ paused }) => records.setOcrPaused(paused),
  'records:cancelImport': ({ jobId }) => records.cancelImport(jobId),
  'records:updateBatch': ({ batchId, batch }) => records.updateBatch(batchId, batch),
  'records:deleteBatch': ({ batchId }) => records.deleteBatch(batchId),
  'records:setDuplicateCounted': ({ fileId, pageFrom, pageTo, counted }) =>
    records.setDuplicateCounted(fileId, pageFrom, pageTo, counted),
  'records:search': ({ caseId, query, limit }) => records.search(caseId, query, limit),
  'records:readFile': ({ fileId, start, length }) => records.readFile(fileId, start, length),
  'records:viewerLength': ({ fileId }) => records.viewerLength(fileId),
  'records:openViewer': ({ fileId, pageNumber, chunkSize }) => records.openViewer(fileId, pageNumber, chunkSize),
  'records:viewingPage': ({ fileId, pageNumber }) => records.viewingPage(fileId, pageNumber),
  'records:pageText': ({ fileId, pageNumber }) => records.pageText(fileId, pageNumber),
  'records:suggestEntry': ({ fileId, pageNumber }) => records.suggestEntry(fileId, pageNumber),
  'chronology:rows': ({ caseId, offset, limit }) => records.chronologyRows(caseId, offset, limit),
  'chronology:get': ({ entryId }) => records.getEntry(entryId),
  'chronology:create': ({ caseId, entry }) => records.createEntry(caseId, entry),
  'chronology:update': ({ entryId, entry }) => records.updateEntry(entryId, entry),
  'chronology:delete': ({ entryId }) => records.deleteEntry(entryId),
});
