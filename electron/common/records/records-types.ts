// Plain data shapes of the records feature (batches, files, pages, import progress, search hits, totals, chronology).
// No behaviour here, and nothing Node-specific, so the IPC contract in electron/common can mirror or re-export them.
import type { RichDocument } from '../document/doc-model';

export interface NewBatchInput {
  sender: string;
  /** ISO YYYY-MM-DD. */
  dateReceived: string;
  /** The page count the sender attested to; null when the sender declared none. */
  declaredPageCount: number | null;
  senderDeclarationReceived: boolean;
}

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
}

/** Where the import puts new files: an existing batch, or a batch it creates first. */
export type ImportBatchTarget = { batchId: string } | NewBatchInput;

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
  pagesDone: number;
  pagesTotal: number;
  pagesPerSecond: number;
  /** null until there is a rate to go by. */
  secondsLeft: number | null;
  fileProblems: FileProblem[];
  /** Set when the job as a whole failed (state 'failed'), e.g. the disk is full. */
  failure: string | null;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
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
}

export interface SenderTotals {
  sender: string;
  countedPages: number;
  declaredPages: number | null;
}

export interface DuplicatePage {
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
}

export interface ChronologyEntryInput {
  /** ISO YYYY-MM-DD, or null when the record is undated. */
  dateOfService: string | null;
  /** Author or treating provider. */
  provider: string;
  facility: string;
  recordType: string;
  /** The cited source: a page range in one stored file, or null. */
  source: { fileId: string; pageFrom: number; pageTo: number } | null;
  /** The physician's summary (the Slate value). */
  summary: RichDocument;
  reliedUpon: boolean;
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
  createdAt: string;
  updatedAt: string;
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
