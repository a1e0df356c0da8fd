// Channels for records review: sender batches and their import (with progress and cancel), the page-count check,
// duplicate pages, full-text search with page citations, the stored PDFs for the viewer, and the chronology. Record input
// schemas come from records-types (one schema per record type); RecordsOverview and FileSlice are output-only interfaces.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import type { EntrySuggestion } from '../records/suggest-entry';
import {
  ChronologyEntryInputSchema,
  ImportBatchTargetSchema,
  NewBatchSchema,
  PageNumberSchema as pageNumber,
  PdfPathsSchema,
  RecordIdSchema as id,
  type CaseRecordTotals,
  type DamagedPage,
  type ChronologyEdit,
  type ChronologyEntry,
  type ChronologyRows,
  type DuplicateGroup,
  type ImportStatus,
  type NewSinceTotals,
  type OcrProgress,
  type RecordBatch,
  type RecordFile,
  type SearchResult,
} from '../records/records-types';
import { multiLine } from '../util/text-input';
import { channel } from './channel';

const CHRONOLOGY_ROWS_MAX = 500;
const ROWS_LIMIT = `Ask for 1–${CHRONOLOGY_ROWS_MAX} chronology rows at a time.`;

/** The records input schemas live with the records model; re-exported for the UI, which has always imported them here. */
export { ChronologyEntryInputSchema, NewBatchSchema };

export interface RecordsOverview {
  batches: RecordBatch[];
  files: RecordFile[];
  totals: CaseRecordTotals;
  duplicates: DuplicateGroup[];
  /** Pages received that could not be read, each to ask the sender for again. */
  damagedPages: DamagedPage[];
  /** Pages received after the last report (its date: the prior report date entered, else the last signing); null when there is none. */
  newSinceLastReport: NewSinceTotals | null;
  ocr: OcrProgress;
}

/** A slice of a stored PDF, base64-encoded so it crosses any bridge unchanged; the viewer loads PDFs range by range. */
export interface FileSlice {
  base64: string;
  start: number;
  total: number;
}

/**
 * A file shorter than this comes whole in the viewer's first reply (cheaper than a round trip per range); a longer one
 * costs more to carry across than the parts pdf.js reads to open it.
 */
export const VIEWER_WHOLE_FILE_BELOW = 512 * 1024;

/** The viewer's first reply for a file: the whole length and the slices sent ahead (the head first, then in order). */
export interface ViewerOpening {
  total: number;
  slices: { start: number; base64: string }[];
}

export const recordsContract = {
  'records:overview': channel(z.object({ caseId: CaseIdSchema })).returns<RecordsOverview>(),
  /** Opens the system's file picker (PDFs, many at once); null when cancelled. */
  'records:chooseAndImport': channel(z.object({ caseId: CaseIdSchema, batch: ImportBatchTargetSchema })).returns<{
    jobId: string;
  } | null>(),
  /** Files dropped on the window. */
  'records:importPaths': channel(
    z.object({ caseId: CaseIdSchema, batch: ImportBatchTargetSchema, paths: PdfPathsSchema }),
  ).returns<{ jobId: string }>(),
  'records:importStatus': channel(z.object({ jobId: id })).returns<ImportStatus>(),
  /** Pauses or resumes background OCR for every case (it stays paused until resumed or the app restarts). */
  'records:setOcrPaused': channel(z.object({ paused: z.boolean() })).returns<{ pausedByUser: boolean }>(),
  'records:cancelImport': channel(z.object({ jobId: id })).returns<ImportStatus>(),
  'records:updateBatch': channel(z.object({ batchId: id, batch: NewBatchSchema })).returns<RecordBatch>(),
  'records:deleteBatch': channel(z.object({ batchId: id })).returns<{ deleted: boolean }>(),
  'records:setDuplicateCounted': channel(
    z.object({ fileId: id, pageFrom: pageNumber, pageTo: pageNumber, counted: z.boolean() }),
  ).returns<{ changed: number }>(),
  'records:search': channel(
    z.object({ caseId: CaseIdSchema, query: multiLine(z.string().max(500)), limit: z.int().min(1).max(500).default(50) }),
  ).returns<SearchResult>(),
  'records:readFile': channel(
    z.object({
      fileId: id,
      start: z.int().min(0),
      length: z
        .int()
        .min(1)
        .max(8 * 1024 * 1024),
    }),
  ).returns<FileSlice>(),
  /** The whole length of what the viewer reads for a file: pdf.js starts on it while the first reply travels. */
  'records:viewerLength': channel(z.object({ fileId: id })).returns<{ total: number }>(),
  /**
   * The viewer opens a file on a page: the file's head (a small file whole) and the chunks pdf.js reads to show that page,
   * cut at multiples of `chunkSize` as pdf.js asks for ranges, in one reply.
   */
  'records:openViewer': channel(
    z.object({
      fileId: id,
      pageNumber,
      chunkSize: z
        .int()
        .min(16 * 1024)
        .max(1024 * 1024),
    }),
  ).returns<ViewerOpening>(),
  /** The viewer shows this page: OCR takes it first if it still waits. */
  'records:viewingPage': channel(z.object({ fileId: id, pageNumber })).returns<{ ok: true }>(),
  'records:pageText': channel(z.object({ fileId: id, pageNumber })).returns<{ text: string; ocrPending: boolean } | null>(),
  'records:suggestEntry': channel(z.object({ fileId: id, pageNumber })).returns<EntrySuggestion | null>(),
  /** A window of the list (a screenful and some), so a 2,000-entry chronology opens without sending every summary. */
  'chronology:rows': channel(
    z.object({
      caseId: CaseIdSchema,
      offset: z.number().int().min(0, 'The first row must be 0 or more.'),
      limit: z.number().int().min(1, ROWS_LIMIT).max(CHRONOLOGY_ROWS_MAX, ROWS_LIMIT),
    }),
  ).returns<ChronologyRows>(),
  /** One entry with its summary, for the editor. */
  'chronology:get': channel(z.object({ entryId: id })).returns<ChronologyEntry>(),
  'chronology:create': channel(z.object({ caseId: CaseIdSchema, entry: ChronologyEntryInputSchema })).returns<ChronologyEntry>(),
  'chronology:update': channel(z.object({ entryId: id, entry: ChronologyEntryInputSchema })).returns<ChronologyEdit>(),
  'chronology:delete': channel(z.object({ entryId: id })).returns<{ deleted: boolean }>(),
};
