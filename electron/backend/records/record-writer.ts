// Writes imported files and OCR results on a worker thread with its own connection (WAL: the main thread keeps reading),
// so a 10,000-page commit never stalls the UI. Pages are staged chunk by chunk as extracted, then committed with the
// file row in one transaction. An in-memory database (or `inline: true`) writes on the calling thread instead.
import type { Worker } from 'node:worker_threads';
import { reopenOptions, type Db } from '../persistence/open-database';
import type { ExtractedPage } from './pdf-text-extractor';
import { createRecordsRepository, type CommitFilePayload, type CommitResult, type RecordsRepository } from './records-repository';
import { spawnRecordsWorker, type WorkerLocation } from './spawn-worker';
import { storeOverlay } from './viewer-overlay-store';
import { recordFilesKeyOf } from '../fs/sealed-file';

export interface OcrWriteResult {
  fileId: string | null;
  fileReady: boolean;
}

export type FileMeta = Omit<CommitFilePayload, 'pages'>;

export interface RecordWriter {
  /** Holds pages [from, from + pages.length) of a file being imported until it is committed or discarded. */
  stagePages(stageId: string, from: number, pages: ExtractedPage[]): void;
  /** Commits the staged pages (exactly pageCount of them) with the file row, in one transaction. */
  commitFile(meta: FileMeta, stageId: string, pageCount: number): Promise<CommitResult>;
  discard(stageId: string): void;
  applyOcr(pageId: number, text: string, error: string | null): Promise<OcrWriteResult>;
  /** Replaces an older import's page text, labels and stamps with what was read again now. */
  reindexFile(fileId: string, pages: ExtractedPage[]): Promise<void>;
  /** Works out a stored file's page tree for the viewer and keeps it beside the file (viewer-overlay-store). */
  storeViewerOverlay(pdfPath: string): Promise<void>;
  close(): Promise<void>;
}

export type WriterRequest =
  | { id: number; op: 'stage'; stageId: string; from: number; pages: ExtractedPage[] }
  | { id: number; op: 'discard'; stageId: string }
  | { id: number; op: 'commit'; meta: FileMeta; stageId: string; pageCount: number }
  | { id: number; op: 'ocr'; pageId: number; text: string; error: string | null }
  | { id: number; op: 'reindex'; fileId: string; pages: ExtractedPage[] }
  | { id: number; op: 'overlay'; pdfPath: string };
export type WriterResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

export interface WriterWorkerData {
  dbFile: string;
  nativeBinding?: string;
  /** The database's key (the writer thread's own connection must unlock the file too). */
  databaseKey?: Uint8Array | null;
}

export interface RecordWriterOptions {
  inline?: boolean;
  nativeBinding?: string;
  location?: WorkerLocation;
}

/** The staging and commit logic, shared by the writer thread and the inline writer. */
export function createStagingWriter(repo: RecordsRepository) {
  const staged = new Map<string, ExtractedPage[]>();
  return {
    stage(stageId: string, from: number, pages: ExtractedPage[]): void {
      let list = staged.get(stageId);
      if (!list) staged.set(stageId, (list = []));
      pages.forEach((page, k) => (list[from + k] = page));
    },
    discard(stageId: string): void {
      staged.delete(stageId);
    },
    commit(meta: FileMeta, stageId: string, pageCount: number): CommitResult {
      const pages = staged.get(stageId) ?? [];
      staged.delete(stageId);
      let complete = pages.length === pageCount;
      for (let i = 0; complete && i < pageCount; i++) if (!pages[i]) complete = false;
      if (!complete) throw new Error('incomplete-file');
      return repo.commitImportedFile({ ...meta, pages });
    },
  };
}

export function createRecordWriter(db: Db, options: RecordWriterOptions = {}): RecordWriter {
  if (options.inline || db.memory) return createInlineWriter(db);
  const data: WriterWorkerData = { dbFile: db.name, ...reopenOptions(db) };
  if (options.nativeBinding) data.nativeBinding = options.nativeBinding;
  return createWorkerWriter(data, options.location);
}

export function createInlineWriter(db: Db): RecordWriter {
  const repo = createRecordsRepository(db);
  const fileKey = recordFilesKeyOf(reopenOptions(db).databaseKey);
  const staging = createStagingWriter(repo);
  return {
    stagePages: (stageId, from, pages) => staging.stage(stageId, from, pages),
    discard: (stageId) => staging.discard(stageId),
    commitFile: async (meta, stageId, pageCount) => staging.commit(meta, stageId, pageCount),
    applyOcr: async (pageId, text, error) => repo.applyOcrResult(pageId, text, error),
    reindexFile: async (fileId, pages) => repo.reindexFile(fileId, pages),
    storeViewerOverlay: async (pdfPath) => storeOverlay(pdfPath, fileKey),
    close: async () => undefined,
  };
}

function createWorkerWriter(data: WriterWorkerData, location: WorkerLocation | undefined): RecordWriter {
  let worker: Worker | null = null;
  let seq = 0;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = spawnRecordsWorker('record-writer-worker', data, location);
    w.on('message', (msg: WriterResponse) => {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.message));
      if (!pending.size) w.unref();
    });
    const lost = (error?: unknown) => {
      if (worker !== w) return;
      worker = null;
      // Staged pages died with the thread: the commit that needed them fails and the file is imported again.
      const why = error instanceof Error ? error : new Error('The record writer stopped.');
      for (const p of pending.values()) p.reject(why);
      pending.clear();
    };
    w.on('error', lost);
    w.on('exit', () => lost());
    worker = w;
    return w;
  };

  type Body = WriterRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
  const call = <T>(body: Body): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++seq;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const w = ensure();
      w.ref();
      w.postMessage({ ...body, id } as WriterRequest);
    });
  // Staging and discarding are fire-and-forget: messages on one port arrive in order, and a lost stage shows up
  // as a failed commit.
  const send = (body: Body): void => void call(body).catch(() => undefined);

  return {
    stagePages: (stageId, from, pages) => send({ op: 'stage', stageId, from, pages }),
    discard: (stageId) => send({ op: 'discard', stageId }),
    commitFile: (meta, stageId, pageCount) => call<CommitResult>({ op: 'commit', meta, stageId, pageCount }),
    applyOcr: (pageId, text, error) => call<OcrWriteResult>({ op: 'ocr', pageId, text, error }),
    reindexFile: (fileId, pages) => call<void>({ op: 'reindex', fileId, pages }),
    storeViewerOverlay: (pdfPath) => call<void>({ op: 'overlay', pdfPath }),
    async close() {
      const w = worker;
      worker = null;
      for (const p of pending.values()) p.reject(new Error('The record writer was closed.'));
      pending.clear();
      if (w) await w.terminate();
    },
  };
}
