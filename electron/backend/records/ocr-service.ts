// Recognises pages without a text layer in the background: one single-threaded tesseract.js worker per core, pages
// rendered at 300 dpi by the PDFium pool, results saved page by page; the viewed page jumps the queue, imports pause it.
// Offline: the English model is read from @tesseract.js-data/eng on disk; nothing is fetched or cached.
import os from 'node:os';
import { logError } from '../log';
import type { Db } from '../persistence/open-database';
import { TASK_PRIORITY, type ExtractPool } from './extract-pool';
import { absoluteStoredPath } from './record-file-store';
import type { RecordWriter } from './record-writer';
import { createRecordsRepository, type PendingOcrPage } from './records-repository';
import { cleanPageText } from './text-sanitize';
import { createTesseractRecognizer, type Recognizer } from './tesseract-recognizer';

export interface OcrServiceOptions {
  db: Db;
  dataDir: string;
  pool: ExtractPool;
  writer: RecordWriter;
  /** Concurrent pages, one tesseract.js worker each (default: one per core). */
  workers?: number;
  dpi?: number;
  /** Workers are stopped (memory freed) after this long with nothing to recognise. */
  idleStopMs?: number;
  createRecognizer?: () => Promise<Recognizer>;
}

export interface OcrStatus {
  pendingPages: number;
  runningPages: number;
  /** Paused for any reason: by the physician or while an import runs. */
  paused: boolean;
  pausedByUser: boolean;
  /** Over the last pages recognised; null until two are done. */
  pagesPerMinute: number | null;
}

export interface OcrService {
  /** Looks for pages waiting for OCR and starts on them (unless paused). */
  wake(): void;
  /** Held while an import runs (counted: every pause needs its resume). */
  pause(): void;
  resume(): void;
  /** The physician's pause, separate from the imports' so neither undoes the other. */
  setPausedByUser(paused: boolean): void;
  /** The physician is looking at this page: recognise it (and the next two) before anything else. */
  prioritize(fileId: string, pageNumber: number): void;
  status(): OcrStatus;
  /** Works through the waiting pages and resolves once none is waiting or running (or OCR is paused with nothing running). */
  whenIdle(): Promise<void>;
  close(): Promise<void>;
}

const READ_AHEAD = 2;
/** Recent completions kept for the rate: enough to smooth one slow page, few enough to follow a change of load. */
const RATE_WINDOW = 12;
const OCR_FAILED = 'This page could not be read by OCR; review it in the viewer.';

export function createOcrService(options: OcrServiceOptions): OcrService {
  const { db, dataDir, pool, writer } = options;
  const lanes = Math.max(1, options.workers ?? os.availableParallelism());
  const dpi = options.dpi ?? 300;
  const makeRecognizer = options.createRecognizer ?? (() => createTesseractRecognizer(dpi));
  const repo = createRecordsRepository(db);
  const idle: Recognizer[] = [];
  const busy = new Set<Recognizer>();
  const inflight = new Set<number>();
  /** Pages whose result could not be saved twice (disk full, database locked): left pending until the next start. */
  const skipped = new Set<number>();
  const failedSaves = new Map<number, number>();
  const priority: { fileId: string; pageNumber: number }[] = [];
  const touchedFiles = new Set<string>();
  let paused = 0;
  let pausedByUser = false;
  const finishedAt: number[] = [];
  let closed = false;
  let idleTimer: NodeJS.Timeout | null = null;
  let waiters: (() => void)[] = [];

  const pickNext = (): { page: PendingOcrPage; viewed: boolean } | null => {
    while (priority.length) {
      const want = priority.shift()!;
      const page = repo.pendingOcrPage(want.fileId, want.pageNumber);
      if (page && !inflight.has(page.pageId) && !skipped.has(page.pageId)) return { page, viewed: true };
    }
    const next = repo
      .pendingOcrPages(0, inflight.size + skipped.size + 1)
      .find((p) => !inflight.has(p.pageId) && !skipped.has(p.pageId));
    return next ? { page: next, viewed: false } : null;
  };

  const takeRecognizer = async (): Promise<Recognizer> => {
    const recognizer = idle.pop() ?? (await makeRecognizer());
    busy.add(recognizer);
    return recognizer;
  };

  const settleWaiters = () => {
    if (inflight.size > 0) return;
    if (!paused && !pausedByUser && !closed && repo.countPendingOcr() - skipped.size > 0) return;
    const ws = waiters;
    waiters = [];
    ws.forEach((w) => w());
  };

  const scheduleIdleStop = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void stopIdleWorkers(), options.idleStopMs ?? 30_000);
    idleTimer.unref();
  };

  const stopIdleWorkers = async () => {
    const stopping = idle.splice(0);
    await Promise.all(stopping.map((r) => r.terminate().catch(() => undefined)));
    for (const file of touchedFiles) void pool.release(file);
    touchedFiles.clear();
  };

  async function processPage(page: PendingOcrPage, viewed: boolean): Promise<void> {
    const file = absoluteStoredPath(dataDir, page.storedPath);
    touchedFiles.add(file);
    let recognizer: Recognizer | null = null;
    let text = '';
    let error: string | null = null;
    try {
      const image = await pool.renderPage(file, page.pageNumber - 1, dpi, {
        priority: viewed ? TASK_PRIORITY.viewedPage : TASK_PRIORITY.ocr,
      });
      recognizer = await takeRecognizer();
      text = cleanPageText(await recognizer.recognize(image.pgm));
    } catch (e) {
      if (closed) return;
      logError('records ocr page', e);
      error = OCR_FAILED;
      if (recognizer) {
        // A recogniser that failed may be broken: replace it rather than reuse it.
        busy.delete(recognizer);
        void recognizer.terminate().catch(() => undefined);
        recognizer = null;
      }
    } finally {
      if (recognizer && busy.delete(recognizer)) {
        if (closed) void recognizer.terminate().catch(() => undefined);
        else idle.push(recognizer);
      }
    }
    if (closed) return;
    try {
      await writer.applyOcr(page.pageId, text, error);
      failedSaves.delete(page.pageId);
      finishedAt.push(performance.now());
      if (finishedAt.length > RATE_WINDOW) finishedAt.shift();
    } catch (e) {
      logError('records ocr save', e);
      const failures = (failedSaves.get(page.pageId) ?? 0) + 1;
      failedSaves.set(page.pageId, failures);
      if (failures >= 2) skipped.add(page.pageId);
    }
  }

  const pump = () => {
    if (closed) return;
    while (!paused && !pausedByUser && inflight.size < lanes) {
      const next = pickNext();
      if (!next) break;
      const { page, viewed } = next;
      inflight.add(page.pageId);
      if (idleTimer) clearTimeout(idleTimer);
      processPage(page, viewed)
        .catch((e) => logError('records ocr', e))
        .finally(() => {
          inflight.delete(page.pageId);
          if (inflight.size === 0) scheduleIdleStop();
          pump();
          settleWaiters();
        });
    }
    settleWaiters();
  };

  return {
    wake: pump,
    pause() {
      paused++;
    },
    resume() {
      paused = Math.max(0, paused - 1);
      pump();
    },
    setPausedByUser(value) {
      pausedByUser = value;
      // A rate from before a pause would promise too much after it.
      finishedAt.length = 0;
      pump();
    },
    prioritize(fileId, pageNumber) {
      const wanted = Array.from({ length: READ_AHEAD + 1 }, (_, k) => ({ fileId, pageNumber: pageNumber + k }));
      // Most recent request first; drop older requests for the same pages.
      for (let i = priority.length - 1; i >= 0; i--) {
        if (wanted.some((w) => w.fileId === priority[i]!.fileId && w.pageNumber === priority[i]!.pageNumber))
          priority.splice(i, 1);
      }
      priority.unshift(...wanted);
      if (priority.length > 60) priority.length = 60;
      pump();
    },
    status: () => {
      const span = finishedAt.length >= 2 ? finishedAt.at(-1)! - finishedAt[0]! : 0;
      const pagesPerMinute = span > 0 ? ((finishedAt.length - 1) * 60_000) / span : null;
      return {
        pendingPages: repo.countPendingOcr(),
        runningPages: inflight.size,
        paused: paused > 0 || pausedByUser,
        pausedByUser,
        pagesPerMinute,
      };
    },
    whenIdle() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        pump();
      });
    },
    async close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      // Pages being recognised stay pending in the database and are picked up again next time.
      const stopping = [...busy];
      busy.clear();
      await Promise.all([...stopping.map((r) => r.terminate().catch(() => undefined)), stopIdleWorkers()]);
      inflight.clear();
      settleWaiters();
    },
  };
}
