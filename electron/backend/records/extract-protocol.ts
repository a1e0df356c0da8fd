// Messages between the extract pool (main thread) and its PDFium worker threads.
import type { ExtractedPage, PdfReadReason } from './pdf-text-extractor';

/** Files a worker keeps open between requests (the most recently used), so the chunks of one file do not re-read it. */
export const WORKER_OPEN_FILES = 2;

export type ExtractRequest =
  | { id: number; op: 'count'; path: string; keepOpen: boolean }
  | { id: number; op: 'extract'; path: string; from: number; to: number }
  | { id: number; op: 'render'; path: string; pageIndex: number; dpi: number }
  | { id: number; op: 'renderHashes'; path: string; pageIndexes: number[] }
  | { id: number; op: 'release'; path: string };

/** A request as the pool queues it, before it is given an id. */
export type ExtractTaskBody = ExtractRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export type ExtractResult =
  | { pageCount: number }
  | { pages: ExtractedPage[] }
  | { width: number; height: number; pgm: Uint8Array }
  | { heapBytes: number }
  | { hashes: (string | null)[] };

export type ExtractResponse =
  | { id: number; ok: true; result: ExtractResult }
  | { id: number; ok: false; reason: PdfReadReason; pageNumber: number | null; fatal: boolean };

export interface ExtractWorkerData {
  pdfiumWasmPath?: string;
  /** The key stored record files are sealed with (fs/sealed-file.ts); absent for a folder kept plain on purpose. */
  fileKey?: Uint8Array;
}
