// The backend calls of the records step: the overview, imports (picker or dropped paths) and their progress, OCR pause,
// batches and duplicates, search, byte ranges of stored PDFs for the viewer, entry suggestions and the chronology.
import type { ChronologyEntryInput, ImportBatchTarget, NewBatchInput } from '../../../../electron/common/records/records-types';
import { call } from '../../api/client';

/** pdf.js's chunk size for the viewer's range requests: a page's parts are a few KB, so small chunks carry little else. */
export const VIEWER_CHUNK = 32 * 1024;

export const recordsApi = {
  overview: (caseId: string) => call('records:overview', { caseId }),
  /** Opens the host's file picker; null when the physician closed it without choosing. */
  chooseAndImport: (caseId: string, batch: ImportBatchTarget) => call('records:chooseAndImport', { caseId, batch }),
  importPaths: (caseId: string, batch: ImportBatchTarget, paths: string[]) =>
    call('records:importPaths', { caseId, batch, paths }),
  importStatus: (jobId: string) => call('records:importStatus', { jobId }),
  cancelImport: (jobId: string) => call('records:cancelImport', { jobId }),
  setOcrPaused: (paused: boolean) => call('records:setOcrPaused', { paused }),
  updateBatch: (batchId: string, batch: NewBatchInput) => call('records:updateBatch', { batchId, batch }),
  deleteBatch: (batchId: string) => call('records:deleteBatch', { batchId }),
  setDuplicateCounted: (fileId: string, pageNumber: number, counted: boolean) =>
    call('records:setDuplicateCounted', { fileId, pageFrom: pageNumber, pageTo: pageNumber, counted }),
  search: (caseId: string, query: string, limit: number) => call('records:search', { caseId, query, limit }),
  readFile: (fileId: string, start: number, length: number) => call('records:readFile', { fileId, start, length }),
  /** The file's whole length as the viewer reads it, sent beside the first reply so pdf.js can start before it lands. */
  viewerLength: (fileId: string) => call('records:viewerLength', { fileId }),
  /** The viewer's first reply for a file opened on a page: its head and the chunks that page needs, in one call. */
  openViewer: (fileId: string, pageNumber: number) => call('records:openViewer', { fileId, pageNumber, chunkSize: VIEWER_CHUNK }),
  /** Only a hint for the OCR queue: the page shown is recognised first if it still waits. */
  viewingPage: (fileId: string, pageNumber: number) => call('records:viewingPage', { fileId, pageNumber }),
  suggestEntry: (fileId: string, pageNumber: number) => call('records:suggestEntry', { fileId, pageNumber }),

  chronologyRows: (caseId: string, offset: number, limit: number) => call('chronology:rows', { caseId, offset, limit }),
  entry: (entryId: string) => call('chronology:get', { entryId }),
  createEntry: (caseId: string, entry: ChronologyEntryInput) => call('chronology:create', { caseId, entry }),
  updateEntry: (entryId: string, entry: ChronologyEntryInput) => call('chronology:update', { entryId, entry }),
  deleteEntry: (entryId: string) => call('chronology:delete', { entryId }),
};
