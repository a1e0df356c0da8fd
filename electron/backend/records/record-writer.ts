// Writes imported files and OCR results. With a database file, the writes run on a worker thread with its own
// connection (WAL lets the main thread keep reading), so committing a 10,000-page file never stalls the UI.
// An in-memory database (or `inline: true`) writes on the calling thread instead.
import type { Worker } from 'node:worker_threads';
import type { Db } from '../persistence/open-database';
import { createRecordsRepository, type CommitFilePayload, type CommitResult } from './records-repository';
import { spawnRecordsWorker, type WorkerLocation } from './spawn-worker';

export interface OcrWriteResult {
  fileId: string | null;
  fileReady: boolean;
}

export interface RecordWriter {
  commitFile(payload: CommitFilePayload): Promise<CommitResult>;
  applyOcr(pageId: number, text: string, error: string | null): Promise<OcrWriteResult>;
  close(): Promise<void>;
}

export type WriterRequest =
  | { id: number; op: 'commit'; payload: CommitFilePayload }
  | { id: number; op: 'ocr'; pageId: number; text: string; error: string | null };
export type WriterResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

export interface WriterWorkerData {
  dbFile: string;
  nativeBinding?: string;
}

export interface RecordWriterOptions {
  inline?: boolean;
  nativeBinding?: string;
  location?: WorkerLocation;
}

export function createRecordWriter(db: Db, options: RecordWriterOptions = {}): RecordWriter {
  if (options.inline || db.memory) return createInlineWriter(db);
  const data: WriterWorkerData = { dbFile: db.name };
  if (options.nativeBinding) data.nativeBinding = options.nativeBinding;
  return createWorkerWriter(data, options.location);
}

export function createInlineWriter(db: Db): RecordWriter {
  const repo = createRecordsRepository(db);
  return {
    commitFile: async (payload) => repo.commitImportedFile(payload),
    applyOcr: async (pageId, text, error) => repo.applyOcrResult(pageId, text, error),
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

  return {
    commitFile: (payload) => call<CommitResult>({ op: 'commit', payload }),
    applyOcr: (pageId, text, error) => call<OcrWriteResult>({ op: 'ocr', pageId, text, error }),
    async close() {
      const w = worker;
      worker = null;
      for (const p of pending.values()) p.reject(new Error('The record writer was closed.'));
      pending.clear();
      if (w) await w.terminate();
    },
  };
}
