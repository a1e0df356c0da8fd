// The records feature's data. Input that crosses the IPC boundary (batches, import target, PDF paths, chronology entries)
// is a zod schema with its type derived from it; the contract and the UI parse with these. Output-only shapes (stored
// batches, files, pages, entries; import status, OCR progress, search hits, totals, duplicates) are never parsed: interfaces.
import { z } from 'zod';
import { RichDocumentSchema } from '../document/doc-model';
import { isoDate } from '../util/iso-date';
import { singleLine } from '../util/text-input';
import type { PageMarks } from './page-citation';

/** Ids of batches, files and chronology entries (randomUUID). */
export const RecordIdSchema = z.string().uuid();
/** A 1-based page number of a stored file. */
export const PageNumberSchema = z
  .int({ message: 'Enter the page number as a whole number.' })
  .min(1, { message: 'Page numbers start at 1.' })
  .max(1_000_000, { message: 'No record file has that many pages.' });

const text = (what: string, max: number) =>
  singleLine(
    z
      .string()
      .trim()
      .max(max, { message: `Keep the ${what} to ${max} characters or fewer.` }),
  );

export const NewBatchSchema = z.object({
  sender: text('sender', 200).min(1, { message: 'Name who sent these records.' }),
  /** ISO YYYY-MM-DD. */
  dateReceived: isoDate,
  /** The page count the sender attested to; null when the sender declared none. */
  declaredPageCount: z
    .int({ message: 'The declared page count must be a whole number, or left empty when the sender declared none.' })
    .min(0, { message: 'The declared page count cannot be negative.' })
    .max(10_000_000, { message: 'The declared page count can be at most 10,000,000.' })
    .nullable(),
  senderDeclarationReceived: z.boolean(),
});
export type NewBatchInput = z.infer<typeof NewBatchSchema>;

/**
 * Where the import puts new files: an existing batch, or a batch it creates first. A new batch with a bad field is
 * refused naming that field; the union's own message is for input that is neither shape (e.g. a missing field).
 */
export const ImportBatchTargetSchema = z.union([z.object({ batchId: RecordIdSchema }), NewBatchSchema], {
  message: 'Name an existing sender batch, or describe the new one: sender, date received, declared page count.',
});
export type ImportBatchTarget = z.infer<typeof ImportBatchTargetSchema>;

/** Records are PDF files, by name; the import names any other file it was given and never opens it. */
export const isPdfFileName = (p: string) => /\.pdf$/i.test(p);

/** A dropped file arrives as an absolute path on this computer; anything else is refused before the backend touches it. */
const LocalPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) && !p.includes('\0'), {
    message: 'Only files on this computer can be imported.',
  });

/**
 * The dropped paths: a request with no PDF at all is refused whole; in a mixed one, each other file is named in the
 * import result (never opened) and the PDFs import.
 */
export const PdfPathsSchema = z
  .array(LocalPathSchema)
  .min(1)
  .max(2000)
  .refine((paths) => paths.some(isPdfFileName), {
    message: 'Only PDF files can be imported as records; save other documents as PDF first.',
  });

export const ChronologyEntryInputSchema = z.object({
  /** ISO YYYY-MM-DD, or null when the record is undated. */
  dateOfService: isoDate.nullable(),
  /** Author or treating provider. */
  provider: text('provider', 300),
  facility: text('facility', 300),
  recordType: text('record type', 200),
  /** The cited source: a page range in one stored file, or null. */
  source: z
    .object({ fileId: RecordIdSchema, pageFrom: PageNumberSchema, pageTo: PageNumberSchema })
    .refine((s) => s.pageFrom <= s.pageTo, { message: 'The page range must end on or after its first page.' })
    .nullable(),
  /** The physician's summary (the Slate value). */
  summary: RichDocumentSchema,
  reliedUpon: z.boolean(),
});
export type ChronologyEntryInput = z.infer<typeof ChronologyEntryInputSchema>;

export interface RecordBatch extends NewBatchInput {
  id: string;
  caseId: string;
  createdAt: string;
  updatedAt: string;
}

export type RecordFileStatus = 'needs-ocr' | 'ready';

export interface RecordFile {
  id: string;
  batchId: string;
  caseId: string;
  sha256: string;
  originalName: string;
  byteSize: number;
  pageCount: number;
  status: RecordFileStatus;
  importedAt: string;
  /** Pages still waiting for OCR. */
  ocrPendingPages: number;
}

/**
 * Why a page that is in the file (and counted as received) has no text: its page object is broken ('unreadable'), or
 * its drawing instructions are not PDF ('garbage-content', which a viewer shows as a blank page).
 */
export type PageProblem = 'unreadable' | 'garbage-content';

/** What the physician reads about a damaged page, wherever it is listed. */
export const PAGE_PROBLEM_MESSAGE = 'could not be read: ask the sender for a new copy';

export interface RecordPage {
  id: number;
  fileId: string;
  pageNumber: number;
  text: string;
  hasTextLayer: boolean;
  ocrDone: boolean;
  ocrError: string | null;
  reviewedAt: string | null;
  countIfDuplicate: boolean;
  problem: PageProblem | null;
  pageLabel: string | null;
  bates: string | null;
}

/** Pages of an imported file that are in it (counted as received) but could not be read. */
export interface DamagedPagesNote {
  fileName: string;
  pageNumbers: number[];
  /** One sentence naming the file and pages, what is wrong and what to do. */
  message: string;
}

/** A damaged page as the records screen lists it under its batch. */
export interface DamagedPage extends PageMarks {
  batchId: string;
  fileId: string;
  fileName: string;
  pageNumber: number;
  problem: PageProblem;
}

export type ImportState = 'queued' | 'counting' | 'importing' | 'done' | 'cancelled' | 'failed';

export interface FileProblem {
  fileName: string;
  /** One plain sentence or two, naming the file, what is wrong and what to do. */
  message: string;
}

/** Background OCR as the records step shows it: what waits, how fast it goes, and whether the physician paused it. */
export interface OcrProgress {
  /** Pages of this case still waiting for text recognition. */
  awaiting: number;
  pausedByUser: boolean;
  /** Pages being read right now (every case); a pause lets them finish. */
  running: number;
  /** Paused while an import runs, so the import gets the cores. */
  waitingForImport: boolean;
  /** Over the last pages recognised; null until two are done. */
  pagesPerMinute: number | null;
  /** Until every waiting page (of every case: OCR goes oldest first) is done, at that rate; null while unknown or paused. */
  secondsLeft: number | null;
}

export interface ImportStatus {
  jobId: string;
  caseId: string;
  batchId: string;
  state: ImportState;
  filesDone: number;
  filesTotal: number;
  /** Files that are now in the case (filesDone minus problems). */
  filesImported: number;
  /** Pages read so far (also of files refused partway): never goes down while the import runs. */
  pagesDone: number;
  pagesTotal: number;
  /** Pages of the files now in the case. */
  pagesImported: number;
  pagesPerSecond: number;
  /** null until there is a rate to go by. */
  secondsLeft: number | null;
  fileProblems: FileProblem[];
  /** Imported files with pages that could not be read (the rest of each file is in the case). */
  damagedPages: DamagedPagesNote[];
  /** Set when the job as a whole failed (state 'failed'), e.g. the disk is full. */
  failure: string | null;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit extends PageMarks {
  fileId: string;
  fileName: string;
  pageNumber: number;
  snippet: SnippetPart[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** True when more hits exist beyond `limit`. */
  more: boolean;
}

export interface BatchTotals {
  batchId: string;
  sender: string;
  dateReceived: string;
  declaredPageCount: number | null;
  senderDeclarationReceived: boolean;
  files: number;
  /** Pages counted in the stored files. */
  countedPages: number;
  /** Counted pages that exactly repeat a page imported earlier in the case and are not counted by the physician's choice. */
  duplicatePages: number;
  /** Declared and counted differ (false when nothing was declared). */
  countMismatch: boolean;
  /** Counted pages that could not be read: received, but the sender must send a new copy. */
  damagedPages: number;
}

export interface SenderTotals {
  sender: string;
  countedPages: number;
  declaredPages: number | null;
}

export interface DuplicatePage extends PageMarks {
  fileId: string;
  fileName: string;
  pageNumber: number;
  countIfDuplicate: boolean;
}

export interface DuplicateGroup {
  /** The page imported first; the others repeat it. */
  original: DuplicatePage;
  repeats: DuplicatePage[];
}

export interface CaseRecordTotals {
  batches: BatchTotals[];
  senders: SenderTotals[];
  /** Every page in every stored file. */
  pagesReceived: number;
  duplicatePages: number;
  /** pagesReceived minus duplicates the physician has not chosen to count: the count to verify. */
  pagesToVerify: number;
  pagesReviewed: number;
  pagesAwaitingOcr: number;
  /** Received pages that could not be read (counted in pagesReceived). */
  pagesDamaged: number;
}

export interface ChronologyEntry extends ChronologyEntryInput {
  id: string;
  caseId: string;
  /** 1-based position in date order: the number the report's records table shows. */
  number: number;
  sortOrder: number;
  /** From the cited file's batch; null when there is no source. */
  sender: string | null;
  sourceFileName: string | null;
  /** The cited first and last pages' printed labels and Bates stamps; null without a source. */
  sourceMarks: { first: PageMarks; last: PageMarks } | null;
  createdAt: string;
  updatedAt: string;
}

/** An entry as the chronology list shows it: everything but the summary, which the editor reads for the entry it opens. */
export type ChronologyRow = Omit<ChronologyEntry, 'summary'>;

/** One window of the chronology list and how many entries the whole list has. */
export interface ChronologyRows {
  total: number;
  rows: ChronologyRow[];
}

/** What an edit changed in the list: the entry's row and the number it had, so the list moves it without a reload. */
export interface ChronologyEdit {
  entry: ChronologyRow;
  previousNumber: number;
}

/** Pages received after the last report (a supplemental report counts only pages not previously reviewed). */
export interface NewSinceTotals {
  sinceDate: string;
  /** Pages in batches received after sinceDate. */
  pagesReceived: number;
  /** Of those, pages that repeat a page received before or earlier in the new set (and not counted by choice). */
  duplicatePages: number;
  /** Pages not previously reviewed: what a supplemental report (ML202/ML203) may count. */
  newPages: number;
}
