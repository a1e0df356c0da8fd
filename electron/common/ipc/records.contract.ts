// Channels for records review: sender batches and their import (with progress and cancel), the page-count check,
// duplicate pages, full-text search with page citations, the stored PDFs for the viewer, and the chronology.
import { z } from 'zod';
import { CaseIdSchema } from '../case/case-model';
import { RichDocumentSchema } from '../document/doc-model';
import type { EntrySuggestion } from '../records/suggest-entry';
import type {
  CaseRecordTotals,
  ChronologyEntry,
  DuplicateGroup,
  ImportStatus,
  NewSinceTotals,
  OcrProgress,
  RecordBatch,
  RecordFile,
  SearchResult,
} from '../records/records-types';
import { isoDate } from '../util/iso-date';
import { channel } from './channel';

const id = z.string().uuid();
const pageNumber = z.int().min(1).max(1_000_000);

export const NewBatchSchema = z.object({
  sender: z.string().trim().min(1, { message: 'Name who sent these records.' }).max(200),
  dateReceived: isoDate,
  declaredPageCount: z.int().min(0, { message: 'The declared page count cannot be negative.' }).max(10_000_000).nullable(),
  senderDeclarationReceived: z.boolean(),
});

const BatchTargetSchema = z.union([z.object({ batchId: id }), NewBatchSchema]);

/** Dropped files arrive as absolute paths of PDFs; anything else is refused before the backend touches it. */
const PdfPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) && !p.includes('\0'), {
    message: 'Only files on this computer can be imported.',
  })
  .refine((p) => /\.pdf$/i.test(p), { message: 'Only PDF files can be imported as records; save other documents as PDF first.' });

export const ChronologyEntryInputSchema = z.object({
  dateOfService: isoDate.nullable(),
  provider: z.string().trim().max(300),
  facility: z.string().trim().max(300),
  recordType: z.string().trim().max(200),
  source: z
    .object({ fileId: id, pageFrom: pageNumber, pageTo: pageNumber })
    .refine((s) => s.pageFrom <= s.pageTo, { message: 'The page range must end on or after its first page.' })
    .nullable(),
  summary: RichDocumentSchema,
  reliedUpon: z.boolean(),
});

export interface RecordsOverview {
  batches: RecordBatch[];
  files: RecordFile[];
  totals: CaseRecordTotals;
  duplicates: DuplicateGroup[];
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

export const recordsContract = {
  'records:overview': channel(z.object({ caseId: CaseIdSchema })).returns<RecordsOverview>(),
  /** Opens the system's file picker (PDFs, many at once); null when cancelled. */
  'records:chooseAndImport': channel(z.object({ caseId: CaseIdSchema, batch: BatchTargetSchema })).returns<{
    jobId: string;
  } | null>(),
  /** Files dropped on the window. */
  'records:importPaths': channel(
    z.object({ caseId: CaseIdSchema, batch: BatchTargetSchema, paths: z.array(PdfPathSchema).min(1).max(2000) }),
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
    z.object({ caseId: CaseIdSchema, query: z.string().max(500), limit: z.int().min(1).max(500).default(50) }),
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
  /** The viewer shows this page: OCR takes it first if it still waits. */
  'records:viewingPage': channel(z.object({ fileId: id, pageNumber })).returns<{ ok: true }>(),
  'records:pageText': channel(z.object({ fileId: id, pageNumber })).returns<{ text: string; ocrPending: boolean } | null>(),
  'records:suggestEntry': channel(z.object({ fileId: id, pageNumber })).returns<EntrySuggestion | null>(),
  'chronology:list': channel(z.object({ caseId: CaseIdSchema })).returns<ChronologyEntry[]>(),
  'chronology:create': channel(z.object({ caseId: CaseIdSchema, entry: ChronologyEntryInputSchema })).returns<ChronologyEntry>(),
  'chronology:update': channel(z.object({ entryId: id, entry: ChronologyEntryInputSchema })).returns<ChronologyEntry>(),
  'chronology:delete': channel(z.object({ entryId: id })).returns<{ deleted: boolean }>(),
};
