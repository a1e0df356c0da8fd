// A pool of PDFium worker threads, one per core by default, so counting, extracting and rendering pages never run
// on the main event loop. Tasks wait in one priority queue; a free worker takes the next one for a file it holds
// (worker-affinity.ts); a task can be pinned to one worker (large files).
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ExtractRequest, ExtractResponse, ExtractResult, ExtractTaskBody } from './extract-protocol';
import { PdfReadError, type ExtractedPage } from './pdf-text-extractor';
import { spawnRecordsWorker, type WorkerLocation } from './spawn-worker';
import { HeldFiles, pickTask, type ReadingNow } from './worker-affinity';

export const TASK_PRIORITY = { viewedPage: 0, import: 10, ocr: 20 } as const;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** The worker died or stopped answering while reading a file. */
export class WorkerCrashError extends Error {
  constructor(readonly why: 'crashed' | 'timeout') {
    super(why);
    this.name = 'WorkerCrashError';
  }
}

export interface ExtractPoolOptions {
  size?: number;
  location?: WorkerLocation;
  pdfiumWasmPath?: string;
  /** The key stored record files are sealed with, handed to each worker; null for a folder kept plain on purpose. */
  fileKey?: Buffer | null;
  /** A task running longer than this is taken as a hung reader: the worker is replaced and the task fails. */
  taskTimeoutMs?: number;
  /** WebAssembly memory never shrinks; a worker whose heap grew past this is replaced after it releases its file. */
  recycleHeapBytes?: number;
}

export interface TaskOptions {
  priority?: number;
  signal?: AbortSignal;
  /** Run on this worker slot only. */
  pin?: number;
}

interface Task {
  seq: number;
  body: ExtractTaskBody;
  priority: number;
  pin: number | undefined;
  resolve(result: ExtractResult): void;
  reject(error: Error): void;
  settled: boolean;
  cleanup: (() => void) | null;
}

interface Slot {
  index: number;
  worker: Worker | null;
  running: Task | null;
  timer: NodeJS.Timeout | null;
}

export class ExtractPool {
  readonly size: number;
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private readonly held: HeldFiles;
  private seq = 0;
  private closed = false;
  private dispatchQueued = false;

  constructor(private readonly options: ExtractPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? os.availableParallelism());
    this.slots = Array.from({ length: this.size }, (_, index) => ({ index, worker: null, running: null, timer: null }));
    this.held = new HeldFiles(this.size);
  }

  async countPages(path: string, options: TaskOptions & { keepOpen?: boolean } = {}): Promise<number> {
    const result = await this.run({ op: 'count', path, keepOpen: options.keepOpen ?? false }, options);
    return (result as { pageCount: number }).pageCount;
  }

  /** Pages [from, to) by zero-based index. */
  async extractPages(path: string, from: number, to: number, options: TaskOptions = {}): Promise<ExtractedPage[]> {
    const result = await this.run({ op: 'extract', path, from, to }, options);
    return (result as { pages: ExtractedPage[] }).pages;
  }

  async renderPage(
    path: string,
    pageIndex: number,
    dpi: number,
    options: TaskOptions = {},
  ): Promise<{ width: number; height: number; pgm: Uint8Array }> {
    const result = await this.run({ op: 'render', path, pageIndex, dpi }, options);
    return result as { width: number; height: number; pgm: Uint8Array };
  }

  /** The render hashes (pages drawn at a fixed low resolution, plus form values and annotations) of some pages. */
  async renderHashes(path: string, pageIndexes: number[], options: TaskOptions = {}): Promise<(string | null)[]> {
    const result = await this.run({ op: 'renderHashes', path, pageIndexes }, options);
    return (result as { hashes: (string | null)[] }).hashes;
  }

  /** Closes the file in every worker that has it open (frees its WebAssembly memory for reuse). */
  async release(path: string): Promise<void> {
    await Promise.all(
      this.slots
        .filter((s) => s.worker)
        .map((s) =>
          this.run({ op: 'release', path }, { priority: -1, pin: s.index }).then(
            (r) => {
              const heap = (r as { heapBytes: number }).heapBytes;
              if (heap > (this.options.recycleHeapBytes ?? 512 * 1024 ** 2) && !s.running) void this.retire(s);
            },
            () => undefined,
          ),
        ),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, new CancelledError());
    await Promise.all(this.slots.map((s) => this.retire(s)));
  }

  private run(body: ExtractTaskBody, options: TaskOptions): Promise<ExtractResult> {
    if (this.closed) return Promise.reject(new CancelledError());
    if (options.signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise<ExtractResult>((resolve, reject) => {
      const task: Task = {
        seq: this.seq++,
        body,
        priority: options.priority ?? TASK_PRIORITY.import,
        pin: options.pin,
        resolve,
        reject,
        settled: false,
        cleanup: null,
      };
      const signal = options.signal;
      if (signal) {
        const onAbort = () => {
          const at = this.queue.indexOf(task);
          if (at >= 0) this.queue.splice(at, 1);
          this.settle(task, new CancelledError());
        };
        signal.addEventListener('abort', onAbort, { once: true });
        task.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      // Keep the queue sorted by (priority, arrival).
      let at = this.queue.length;
      while (at > 0 && this.queue[at - 1]!.priority > task.priority) at--;
      this.queue.splice(at, 0, task);
      this.dispatch();
    });
  }

  /** The file of the task a worker is running, null when it is free. */
  private readonly reading: ReadingNow = (slot) => this.slots[slot]!.running?.body.path ?? null;

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.running || this.closed) continue;
      const at = pickTask(this.queue, slot.index, this.held, this.reading);
      if (at < 0) continue;
      const task = this.queue.splice(at, 1)[0]!;
      this.start(slot, task);
    }
  }

  /**
   * After a task settles, its caller usually queues the next step for the same file (the chunks after a count): the
   * free worker waits for that (one turn of the event loop) rather than take up another worker's file.
   */
  private dispatchSoon(): void {
    if (this.dispatchQueued) return;
    this.dispatchQueued = true;
    setImmediate(() => {
      this.dispatchQueued = false;
      this.dispatch();
    });
  }

  private start(slot: Slot, task: Task): void {
    const worker = slot.worker ?? this.spawn(slot);
    slot.running = task;
    this.held.sent(slot.index, task.body);
    worker.ref();
    slot.timer = setTimeout(
      () => {
        this.settle(task, new WorkerCrashError('timeout'));
        slot.running = null;
        void this.retire(slot).then(() => this.dispatch());
      },
      this.options.taskTimeoutMs ?? 10 * 60_000,
    );
    worker.postMessage({ ...task.body, id: task.seq } as ExtractRequest);
  }

  private spawn(slot: Slot): Worker {
    const worker = spawnRecordsWorker(
      'extract-worker',
      { pdfiumWasmPath: this.options.pdfiumWasmPath, ...(this.options.fileKey ? { fileKey: this.options.fileKey } : {}) },
      this.options.location,
    );
    slot.worker = worker;
    worker.on('message', (msg: ExtractResponse) => {
      const task = slot.running;
      if (!task || task.seq !== msg.id) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      slot.running = null;
      if (msg.ok) this.settle(task, null, msg.result);
      else this.settle(task, new PdfReadError(msg.reason, msg.pageNumber));
      if (!this.queue.length) worker.unref();
      this.dispatchSoon();
    });
    const lost = () => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      this.held.forget(slot.index);
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      const task = slot.running;
      slot.running = null;
      if (task) this.settle(task, new WorkerCrashError('crashed'));
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    return worker;
  }

  private async retire(slot: Slot): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    this.held.forget(slot.index);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (worker) await worker.terminate();
  }

  private settle(task: Task, error: Error | null, result?: ExtractResult): void {
    if (task.settled) return;
    task.settled = true;
    task.cleanup?.();
    if (error) task.reject(error);
    else task.resolve(result!);
  }
}
