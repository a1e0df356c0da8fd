// Imports PDFs into a sender batch in the background: copy (hashed, as a temp file), count, extract each page's text
// on the worker pool, move into place, then commit file + pages in one transaction. Progress is polled; cancel
// stops between steps. A file is either entirely in the case (row + stored PDF) or not at all.
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import { recordAudit } from '../audit/record-audit';
import { logError } from '../log';
import { recordFilesKeyOf } from '../fs/sealed-file';
import { reopenOptions, type Db } from '../persistence/open-database';
import { CancelledError, TASK_PRIORITY, WorkerCrashError, type ExtractPool } from './extract-pool';
import { DEFAULT_MAX_FILE_BYTES, describeEmptyPdfShell, preflightPdf } from './pdf-preflight';
import { describeDamagedPages } from './damaged-pages-message';
import { describePdfReadError, PdfReadError, unreadablePage, type ExtractedPage } from './pdf-text-extractor';
import {
  copyToTemp,
  moveIntoPlace,
  recordsDir,
  removeQuietly,
  removeStoredFile,
  storedRelativePath,
  sweepIncompleteImports,
  TEMP_PREFIX,
} from './record-file-store';
import type { RecordWriter } from './record-writer';
import { OVERLAY_FROM_PAGES } from './viewer-overlay-store';
import type { ConfirmDuplicates } from './duplicate-confirmer';
import { createRecordsRepository } from './records-repository';
import {
  isPdfFileName,
  type FileProblem,
  type ImportBatchTarget,
  type ImportState,
  type ImportStatus,
} from '../../common/records/records-types';

export interface ImportServiceOptions {
  db: Db;
  dataDir: string;
  pool: ExtractPool;
  writer: RecordWriter;
  /** OCR waits while an import runs, so the import has every core. */
  ocr?: { pause(): void; resume(): void };
  /** Largest file accepted, in bytes (1 GiB by default). */
  maxFileBytes?: number;
  /** Files larger than this are read by one worker only: each worker holds the whole file in memory. */
  singleWorkerBytes?: number;
  /** Remove what a crashed import left behind when the service starts (default true). */
  sweepOnStart?: boolean;
  /** Compares the rendered pages of duplicate candidates once the files are in (the benchmark times it apart). */
  confirmDuplicates?: ConfirmDuplicates | null;
}

export interface ImportService {
  /** `batch` and `filePaths` are valid already (parsed at the IPC boundary or by the caller); the case and batch are checked here. */
  startImport(caseId: string, batch: ImportBatchTarget, filePaths: readonly string[]): string;
  getImportStatus(jobId: string): ImportStatus;
  cancelImport(jobId: string): ImportStatus;
  /** Resolves when the job has finished (done, cancelled or failed). */
  waitForImport(jobId: string): Promise<ImportStatus>;
  close(): Promise<void>;
}

interface JobFile {
  index: number;
  path: string;
  name: string;
  countedPages: number;
  /** Size when counted; a file read by one worker only (over singleWorkerBytes) is prepared alone. */
  byteSize: number;
  failed: boolean;
}

interface PreparedFile {
  file: JobFile;
  sha256: string;
  byteSize: number;
  finalPath: string;
  storedPath: string;
  /** The pages wait with the writer under this id. */
  stageId: string;
  pageCount: number;
  /** 1-based numbers of the pages that could not be read. */
  damaged: number[];
}

interface Job {
  status: ImportStatus;
  files: JobFile[];
  abort: AbortController;
  done: Promise<ImportStatus>;
  startedAt: number;
  finishedAt: number | null;
  samples: { t: number; pages: number }[];
  /** The import made its batch (rather than adding to an existing one). */
  createdBatch: boolean;
}

const FINISHED: readonly ImportState[] = ['done', 'cancelled', 'failed'];
const RATE_WINDOW_MS = 5_000;
const KEEP_FINISHED_JOBS = 50;
/** Pages of one file that may crash the reader before the file counts as damaged (each crash restarts a worker). */
const MAX_CRASHING_PAGES = 5;

export function createImportService(options: ImportServiceOptions): ImportService {
  const { db, dataDir, pool, writer, ocr } = options;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const singleWorkerBytes = options.singleWorkerBytes ?? 256 * 1024 ** 2;
  const repo = createRecordsRepository(db);
  const fileKey = recordFilesKeyOf(reopenOptions(db).databaseKey);
  const jobs = new Map<string, Job>();
  let queue: Promise<unknown> = Promise.resolve();
  let running = 0;

  if (options.sweepOnStart ?? true) {
    sweepIncompleteImports(db, dataDir);
    repo.deleteLeftoverBatches();
  }

  const snapshot = (job: Job): ImportStatus => {
    const s = job.status;
    const now = job.finishedAt ?? performance.now();
    let pagesPerSecond = 0;
    if (job.finishedAt !== null) {
      const seconds = (job.finishedAt - job.startedAt) / 1000;
      pagesPerSecond = seconds > 0 ? s.pagesDone / seconds : 0;
    } else if (job.samples.length) {
      const first = job.samples.find((x) => now - x.t <= RATE_WINDOW_MS) ?? job.samples[0]!;
      const seconds = (now - first.t) / 1000;
      pagesPerSecond = seconds > 0.2 ? (s.pagesDone - first.pages) / seconds : 0;
    }
    const remaining = Math.max(0, s.pagesTotal - s.pagesDone);
    const secondsLeft = FINISHED.includes(s.state) ? 0 : pagesPerSecond > 0 ? Math.ceil(remaining / pagesPerSecond) : null;
    return {
      ...s,
      fileProblems: [...s.fileProblems],
      damagedPages: s.damagedPages.map((d) => ({ ...d, pageNumbers: [...d.pageNumbers] })),
      pagesPerSecond: Math.round(pagesPerSecond * 10) / 10,
      secondsLeft,
    };
  };

  const getJob = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job)
      throw new AppFailure('not-found', 'That import is no longer listed. Check the batch for the files that were imported.');
    return job;
  };

  const resolveBatch = (caseId: string, target: ImportBatchTarget): string => {
    if ('batchId' in target) {
      const batch = repo.getBatch(target.batchId);
      if (!batch || batch.caseId !== caseId) throw new AppFailure('not-found', 'That sender batch is no longer in this case.');
      return batch.id;
    }
    return repo.createBatch(caseId, target).id;
  };

  /** A batch this import created and put no file into is a leftover (the physician never made it empty on purpose). */
  function removeEmptyBatch(job: Job): void {
    if (!job.createdBatch) return;
    try {
      if (repo.listBatchFiles(job.status.batchId).length === 0) repo.deleteBatch(job.status.batchId);
    } catch (error) {
      logError('records import empty batch', error);
    }
  }

  /** The finished import in the audit trail; a database closed meanwhile (the app quit) only loses this event. */
  function auditImport(s: ImportStatus): void {
    const detail = { batchId: s.batchId, files: s.filesImported, pages: s.pagesDone, state: s.state };
    try {
      recordAudit(db, { caseId: s.caseId, action: 'records.imported', detail });
    } catch (error) {
      logError('records import audit', error);
    }
  }

  async function runJob(job: Job): Promise<void> {
    const s = job.status;
    const signal = job.abort.signal;
    if (signal.aborted) return removeEmptyBatch(job);
    running++;
    ocr?.pause();
    try {
      s.state = 'counting';
      job.startedAt = performance.now();
      await Promise.all(job.files.map((f) => countFile(job, f)));
      if (signal.aborted) return;
      s.state = 'importing';
      job.samples.push({ t: performance.now(), pages: s.pagesDone });
      await prepareAndCommitInOrder(job);
      if (!signal.aborted && s.filesImported > 0 && options.confirmDuplicates) {
        try {
          await options.confirmDuplicates(s.caseId, { signal });
        } catch (error) {
          // Unconfirmed candidates count as pages to verify, never as duplicates: the import itself is complete.
          if (!signal.aborted) logError('records duplicate check', error);
        }
      }
    } catch (error) {
      logError('records import', error);
      s.state = 'failed';
      s.failure =
        'The import stopped because of an unexpected error. Files listed as imported are complete; import the others again.';
    } finally {
      s.state = s.state === 'failed' ? 'failed' : signal.aborted ? 'cancelled' : 'done';
      if (s.filesImported > 0) auditImport(s);
      removeEmptyBatch(job);
      job.finishedAt = performance.now();
      running--;
      if (running === 0) ocr?.resume();
    }
  }

  /**
   * Holds up to one file more than there are workers at a time, so each worker reads a file of its own (a file read
   * by two workers is parsed by both) and the next is copied and counted before a worker is free; the last files are
   * shared between the workers (worker-affinity.ts). Files are committed one at a time, in the order they were given,
   * and a file waiting for its turn counts as in hand (a long first file does not let the others pile up).
   */
  async function prepareAndCommitInOrder(job: Job): Promise<void> {
    const signal = job.abort.signal;
    const files = job.files.filter((f) => !f.failed);
    const inJob = new Map<string, string>();
    const prepared: Promise<PreparedFile | null>[] = [];
    /** Files before this one are committed (or refused): those from it on are in hand, their pages held until then. */
    let committedUpTo = 0;
    let preparing = 0;
    let preparingAlone = false;
    let copied: Promise<void> = Promise.resolve();
    // A file only one worker reads (it is held whole in that worker's memory) is prepared on its own, as before.
    const alone = (file: JobFile) => file.byteSize > singleWorkerBytes;
    const startMore = () => {
      const inHand = () => prepared.length - committedUpTo;
      while (!signal.aborted && !preparingAlone && inHand() < pool.size + 1 && prepared.length < files.length) {
        const file = files[prepared.length]!;
        if (alone(file) && preparing > 0) return;
        preparing++;
        preparingAlone = alone(file);
        let copiedThis!: () => void;
        const turn = { after: copied, done: () => copiedThis() };
        copied = new Promise<void>((resolve) => (copiedThis = resolve));
        prepared.push(
          prepareFile(job, file, inJob, turn).finally(() => {
            preparing--;
            preparingAlone = false;
            startMore();
          }),
        );
      }
    };
    startMore();
    let committing: Promise<void> | null = null;
    try {
      // `prepared` grows while this runs: each turn of this loop, and each file that finishes, may start the next.
      for (let i = 0; i < prepared.length; i++) {
        const file = await prepared[i]!;
        if (committing) await committing;
        committing = file ? commitFile(job, file) : null;
        committedUpTo = i;
        startMore();
      }
      if (committing) await committing;
    } finally {
      // Nothing of this job runs on after it reports its end.
      await Promise.allSettled([...prepared, ...(committing ? [committing] : [])]);
    }
  }

  async function countFile(job: Job, file: JobFile): Promise<void> {
    if (!isPdfFileName(file.path)) {
      // Never opened: only files named .pdf are read as records.
      return problem(
        job,
        file,
        `${file.name} is not a PDF file, so it was not imported; the other files were. Save it as a PDF and import that.`,
      );
    }
    const pre = await preflightPdf(file.path, maxFileBytes);
    if (!pre.ok) return problem(job, file, pre.message);
    file.byteSize = pre.byteSize;
    try {
      file.countedPages = await pool.countPages(file.path, { signal: job.abort.signal, priority: TASK_PRIORITY.import });
    } catch (error) {
      if (job.abort.signal.aborted) return;
      return problem(job, file, await describeFailure(file, error));
    }
    if (file.countedPages === 0) return problem(job, file, describePdfReadError(file.name, 'no-pages'));
    job.status.pagesTotal += file.countedPages;
  }

  /**
   * Copy, hash, count again (the copy is what we keep), extract, move into place. Null when the file is refused.
   * `turn`: files are copied one at a time, in the order given (after `turn.after`, then `turn.done()`), so of two
   * files with the same content the first is the one imported, however the reading of others overlaps.
   */
  async function prepareFile(
    job: Job,
    file: JobFile,
    inJob: Map<string, string>,
    turn: { after: Promise<void>; done(): void },
  ): Promise<PreparedFile | null> {
    const s = job.status;
    const signal = job.abort.signal;
    const dir = recordsDir(dataDir, s.caseId);
    let tempPath: string | null = null;
    let finalPath: string | null = null;
    let extracted = 0;
    let plannedPages = file.countedPages;
    const stageId = `${s.jobId}-${file.index}`;
    const damaged: number[] = [];
    let staged = false;
    let claimed: string | null = null;
    try {
      await turn.after;
      const copy = await copyToTemp(file.path, dir, `${TEMP_PREFIX}${s.jobId}-${file.index}.part`, fileKey, signal);
      tempPath = copy.tempPath;
      const existing = repo.findFileBySha(s.caseId, copy.sha256);
      const sameName = existing?.originalName ?? inJob.get(copy.sha256);
      if (sameName !== undefined) {
        refuse(
          job,
          file,
          `${file.name} is already in this case (imported as ${sameName}); the same file was not imported twice.`,
        );
        return null;
      }
      // Claimed now, not once read: the next file of this job is copied while this one is read.
      inJob.set(copy.sha256, file.name);
      claimed = copy.sha256;
      turn.done();
      const pageCount = await pool.countPages(copy.tempPath, { keepOpen: true, signal });
      if (pageCount === 0) throw new PdfReadError('no-pages');
      s.pagesTotal += pageCount - plannedPages;
      plannedPages = pageCount;
      const pin = copy.byteSize > singleWorkerBytes ? 0 : undefined;
      staged = true;
      // One failing chunk stops the file's other chunks; all settle before anything is cleaned up.
      const fileAbort = new AbortController();
      setMaxListeners(0, fileAbort.signal); // one listener per queued chunk
      const stopFile = () => fileAbort.abort();
      signal.addEventListener('abort', stopFile, { once: true });
      const taskOptions = { signal: fileAbort.signal, pin, priority: TASK_PRIORITY.import };
      let crashes = 0;
      /**
       * A page that makes the reader itself stop (not just fail to load) would refuse the whole file: the chunk is read
       * again page by page, and the page the reader cannot survive is kept as unreadable. Too many such pages and the
       * file is refused as damaged after all.
       */
      const extractChunk = async (from: number, to: number): Promise<ExtractedPage[]> => {
        try {
          return await pool.extractPages(copy.tempPath, from, to, taskOptions);
        } catch (error) {
          if (!(error instanceof WorkerCrashError) || error.why !== 'crashed') throw error;
          const pages: ExtractedPage[] = [];
          for (let i = from; i < to; i++) {
            try {
              pages.push(...(await pool.extractPages(copy.tempPath, i, i + 1, taskOptions)));
            } catch (pageError) {
              if (!(pageError instanceof WorkerCrashError) || pageError.why !== 'crashed' || ++crashes > MAX_CRASHING_PAGES)
                throw pageError;
              pages.push(unreadablePage('unreadable', null));
            }
          }
          return pages;
        }
      };
      const results = await Promise.allSettled(
        chunkRanges(pageCount, pool.size).map(async ([from, to]) => {
          try {
            const got = await extractChunk(from, to);
            writer.stagePages(stageId, from, got);
            got.forEach((page, k) => page.problem && damaged.push(from + k + 1));
            extracted += got.length;
            s.pagesDone += got.length;
            job.samples.push({ t: performance.now(), pages: s.pagesDone });
            if (job.samples.length > 200) job.samples.splice(0, 100);
          } catch (error) {
            stopFile();
            throw error;
          }
        }),
      );
      signal.removeEventListener('abort', stopFile);
      const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      if (failures.length) throw failures.find((e) => !(e instanceof CancelledError)) ?? failures[0];
      await pool.release(copy.tempPath);
      if (signal.aborted) throw new CancelledError();
      finalPath = path.join(dir, `${copy.sha256}.pdf`);
      await moveIntoPlace(copy.tempPath, finalPath);
      tempPath = null;
      // The viewer's page tree, worked out now on the writer thread; without it the viewer works it out at first view.
      if (pageCount >= OVERLAY_FROM_PAGES) await writer.storeViewerOverlay(finalPath).catch(() => undefined);
      claimed = null;
      const prepared: PreparedFile = {
        file,
        sha256: copy.sha256,
        byteSize: copy.byteSize,
        finalPath,
        storedPath: storedRelativePath(s.caseId, copy.sha256),
        stageId,
        pageCount,
        damaged: damaged.sort((x, y) => x - y),
      };
      finalPath = null; // from here on, commitFile owns it and the staged pages
      staged = false;
      return prepared;
    } catch (error) {
      // Progress never goes back: pages already read stay done; only the pages never read leave the total.
      if (!signal.aborted && !(error instanceof CancelledError)) refuse(job, file, await describeFailure(file, error));
      else {
        s.pagesTotal -= plannedPages - extracted;
        s.filesDone++;
      }
      return null;
    } finally {
      turn.done();
      if (claimed) inJob.delete(claimed);
      if (staged) writer.discard(stageId);
      if (tempPath) {
        void pool.release(tempPath);
        await removeQuietly(tempPath);
      }
      if (finalPath) await removeUnreferenced(s.caseId, finalPath);
    }

    function refuse(j: Job, f: JobFile, message: string): void {
      j.status.pagesTotal -= plannedPages - extracted;
      problem(j, f, message);
    }
  }

  async function commitFile(job: Job, p: PreparedFile): Promise<void> {
    const s = job.status;
    let committed = false;
    try {
      if (job.abort.signal.aborted) {
        writer.discard(p.stageId);
        s.filesDone++;
        return;
      }
      const meta = {
        fileId: randomUUID(),
        batchId: s.batchId,
        caseId: s.caseId,
        sha256: p.sha256,
        originalName: p.file.name,
        storedPath: p.storedPath,
        byteSize: p.byteSize,
        importedAt: new Date().toISOString(),
      };
      const result = await writer.commitFile(meta, p.stageId, p.pageCount);
      if (result.status === 'committed') {
        committed = true;
        s.filesImported++;
        s.pagesImported += p.pageCount;
        s.filesDone++;
        if (p.damaged.length) {
          s.damagedPages.push({
            fileName: p.file.name,
            pageNumbers: p.damaged,
            message: describeDamagedPages(p.file.name, p.damaged, p.pageCount),
          });
        }
      } else {
        problem(
          job,
          p.file,
          result.status === 'duplicate'
            ? `${p.file.name} is already in this case (imported as ${result.existingFileName} from ${result.existingSender}); the same file was not imported twice.`
            : `${p.file.name} was not imported because its sender batch was deleted during the import.`,
        );
      }
    } catch (error) {
      problem(job, p.file, await describeFailure(p.file, error));
    } finally {
      if (!committed) await removeUnreferenced(s.caseId, p.finalPath, p.storedPath);
    }
  }

  async function removeUnreferenced(caseId: string, finalPath: string, storedPath?: string): Promise<void> {
    const rel = storedPath ?? storedRelativePath(caseId, path.basename(finalPath, '.pdf'));
    if (!repo.isStoredPathReferenced(rel)) await removeStoredFile(finalPath);
  }

  function problem(job: Job, file: JobFile, message: string): void {
    file.failed = true;
    job.status.fileProblems.push({ fileName: file.name, message } satisfies FileProblem);
    job.status.filesDone++;
  }

  return {
    startImport(caseId, batch, filePaths) {
      if (!repo.caseExists(caseId)) throw new AppFailure('not-found', 'That case could not be found.');
      recordsDir(dataDir, caseId);
      const batchId = resolveBatch(caseId, batch);
      const jobId = randomUUID();
      const job: Job = {
        status: {
          jobId,
          caseId,
          batchId,
          state: 'queued',
          filesDone: 0,
          filesTotal: filePaths.length,
          filesImported: 0,
          pagesDone: 0,
          pagesTotal: 0,
          pagesImported: 0,
          pagesPerSecond: 0,
          secondsLeft: null,
          fileProblems: [],
          damagedPages: [],
          failure: null,
        },
        files: filePaths.map((p, index) => ({
          index,
          path: p,
          name: path.basename(p),
          countedPages: 0,
          byteSize: 0,
          failed: false,
        })),
        abort: new AbortController(),
        done: Promise.resolve(null as unknown as ImportStatus),
        startedAt: performance.now(),
        finishedAt: null,
        samples: [],
        createdBatch: !('batchId' in batch),
      };
      // One import at a time: each already uses every core.
      const run = queue.then(() => runJob(job));
      queue = run.catch(() => undefined);
      job.done = run.then(
        () => snapshot(job),
        () => snapshot(job),
      );
      setMaxListeners(0, job.abort.signal); // one listener per file being counted
      jobs.set(jobId, job);
      forgetOldJobs();
      return jobId;
    },
    getImportStatus: (jobId) => snapshot(getJob(jobId)),
    cancelImport(jobId) {
      const job = getJob(jobId);
      if (!FINISHED.includes(job.status.state)) {
        job.abort.abort();
        if (job.status.state === 'queued') {
          job.status.state = 'cancelled';
          job.finishedAt = performance.now();
        }
      }
      return snapshot(job);
    },
    waitForImport: (jobId) => getJob(jobId).done,
    async close() {
      for (const job of jobs.values()) job.abort.abort();
      await queue;
    },
  };

  function forgetOldJobs(): void {
    const finished = [...jobs.values()].filter((j) => FINISHED.includes(j.status.state));
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_JOBS))) jobs.delete(j.status.jobId);
  }
}

/**
 * Splits pages into chunks, taken by the workers in order: large first (few messages), then shrinking with what is left,
 * so the workers finish a file together instead of one idling through the other's last large chunk.
 */
export function chunkRanges(pageCount: number, workers: number): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  while (from < pageCount) {
    const size = Math.min(250, Math.max(8, Math.ceil((pageCount - from) / (workers * 2))));
    ranges.push([from, Math.min(pageCount, from + size)]);
    from += size;
  }
  return ranges;
}

async function describeFailure(file: { name: string; path: string }, error: unknown): Promise<string> {
  const name = file.name;
  if (error instanceof PdfReadError && error.reason === 'damaged') {
    // "Damaged" is wrong for a file that never held a document: say what it is.
    const shell = await describeEmptyPdfShell(file.path);
    if (shell) return shell;
  }
  if (error instanceof PdfReadError) return describePdfReadError(name, error.reason, error.pageNumber);
  if (error instanceof WorkerCrashError) {
    return error.why === 'timeout'
      ? `${name} could not be read: reading it took far too long, which usually means the file is damaged. Ask the sender for the file again.`
      : `${name} could not be read: the PDF reader stopped while reading it, which usually means the file is damaged. Ask the sender for the file again.`;
  }
  const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : '');
  if (code === 'ENOSPC' || code === 'disk-full')
    return `${name} could not be stored: the disk is full. Free some space and import it again.`;
  if (code === 'ENOENT') return `${name} could not be found. It may have been moved or deleted after it was chosen.`;
  if (code === 'EACCES' || code === 'EPERM') return `${name} could not be opened: you do not have permission to read it.`;
  logError('records import file', error);
  return `${name} could not be imported because of an unexpected error. Try importing it again.`;
}
