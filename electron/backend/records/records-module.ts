// Builds the records feature over one database and data folder: worker pool, writer, OCR, import, search, totals,
// chronology. The composition root (create-backend) and the IPC handlers use this; so do the tests and the benchmark.
import { recordFilesKeyOf } from '../fs/sealed-file';
import { reopenOptions, type Db } from '../persistence/open-database';
import { createChronologyRepository } from './chronology-repository';
import { ExtractPool } from './extract-pool';
import { createImportService } from './import-service';
import { createOcrService } from './ocr-service';
import type { Recognizer } from './tesseract-recognizer';
import { absoluteStoredPath, openRecordFileStream, removeStoredFile } from './record-file-store';
import { createRecordSearch } from './record-search';
import { sealOlderFiles } from './seal-older-files';
import { createRecordTotals } from './record-totals';
import { createRecordWriter } from './record-writer';
import { createRecordsRepository } from './records-repository';
import { createReindexer } from './reindex-older-files';
import { createDuplicateConfirmer } from './duplicate-confirmer';
import type { WorkerLocation } from './spawn-worker';
import { suggestEntry, type EntrySuggestion } from '../../common/records/suggest-entry';

export interface RecordsModuleOptions {
  db: Db;
  dataDir: string;
  /** Largest PDF accepted (default 1 GiB). */
  maxFileBytes?: number;
  /** Files larger than this are read by one worker only, one at a time (default 256 MiB). */
  singleWorkerBytes?: number;
  /** PDFium workers (default: one per core). */
  extractWorkers?: number;
  /** tesseract.js workers (default: one per core). */
  ocrWorkers?: number;
  /** better-sqlite3 binary for the writer thread when running inside Electron. */
  nativeBinding?: string;
  /** Where the bundled worker scripts are (packaged app). */
  workerLocation?: WorkerLocation;
  /** Write on the calling thread instead of the writer worker. */
  inlineWriter?: boolean;
  /** Start OCR of pages left waiting by an earlier session (default true). */
  resumeOcr?: boolean;
  /** Re-read files imported by an older version in the background (default true). */
  reindexOnStart?: boolean;
  /** Confirm duplicate candidates at the end of each import (default true; the benchmark times it separately). */
  confirmDuplicatesOnImport?: boolean;
  createRecognizer?: () => Promise<Recognizer>;
}

export function createRecordsModule(options: RecordsModuleOptions) {
  const { db, dataDir } = options;
  // Stored record PDFs are sealed with a key of their own derived from the database's (fs/sealed-file.ts).
  const fileKey = recordFilesKeyOf(reopenOptions(db).databaseKey);
  const pool = new ExtractPool({
    fileKey,
    ...(options.extractWorkers ? { size: options.extractWorkers } : {}),
    ...(options.workerLocation ? { location: options.workerLocation } : {}),
  });
  const writer = createRecordWriter(db, {
    ...(options.inlineWriter ? { inline: true } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.workerLocation ? { location: options.workerLocation } : {}),
  });
  const ocr = createOcrService({
    db,
    dataDir,
    pool,
    writer,
    ...(options.ocrWorkers ? { workers: options.ocrWorkers } : {}),
    ...(options.createRecognizer ? { createRecognizer: options.createRecognizer } : {}),
  });
  const confirmDuplicates = createDuplicateConfirmer(db, dataDir, pool);
  const imports = createImportService({
    db,
    dataDir,
    pool,
    writer,
    ocr,
    confirmDuplicates: (options.confirmDuplicatesOnImport ?? true) ? confirmDuplicates : null,
    ...(options.maxFileBytes ? { maxFileBytes: options.maxFileBytes } : {}),
    ...(options.singleWorkerBytes ? { singleWorkerBytes: options.singleWorkerBytes } : {}),
  });
  const repo = createRecordsRepository(db);
  const reindexOlderFiles = createReindexer({ repo, dataDir, pool, writer, confirmDuplicates });
  const search = createRecordSearch(db);
  const totals = createRecordTotals(db);
  const chronology = createChronologyRepository(db);
  if (options.resumeOcr ?? true) ocr.wake();

  if (options.reindexOnStart ?? true) void reindexOlderFiles();
  // Files an earlier version stored plain are sealed in the background; closing stops between files.
  const stopSealing = new AbortController();
  const sealing = fileKey ? sealOlderFiles(db, dataDir, fileKey, stopSealing.signal) : Promise.resolve(0);

  return {
    imports,
    ocr,
    repo,
    search,
    totals,
    chronology,
    /** Renders and compares the case's duplicate candidates not compared yet (imports do this themselves). */
    confirmDuplicates,
    /** Re-reads files imported before the current way of reading text; resolves to how many were re-read. */
    reindexOlderFiles,
    /** Suggestions for a chronology entry from the cited page (null when the page does not exist). */
    suggestEntry(fileId: string, pageNumber: number): EntrySuggestion | null {
      const page = repo.getPage(fileId, pageNumber);
      return page ? suggestEntry(page.text) : null;
    },
    /** The stored PDF's bytes for the viewer (whole, or one byte range). */
    openFileStream(fileId: string, range?: { start: number; end?: number }) {
      return openRecordFileStream(repo, dataDir, fileId, fileKey, range);
    },
    /** The key stored files are sealed with (null for a folder kept plain on purpose), for reading them directly. */
    fileKey,
    /** Where a stored file lies on disk (the path comes from the database), or null when the file is not in a case. */
    storedFilePath(fileId: string): string | null {
      const ref = repo.storedFile(fileId);
      return ref ? absoluteStoredPath(dataDir, ref.storedPath) : null;
    },
    /** The viewer shows this page: if it still waits for OCR, it (and the next two) are recognised first. */
    viewingPage(fileId: string, pageNumber: number): void {
      ocr.prioritize(fileId, pageNumber);
    },
    /** Deletes a sender batch with its files, pages and stored PDFs (chronology entries stay, without citation). */
    async deleteBatch(batchId: string): Promise<boolean> {
      if (!repo.getBatch(batchId)) return false;
      for (const stored of repo.deleteBatch(batchId)) await removeStoredFile(absoluteStoredPath(dataDir, stored));
      return true;
    },
    async close(): Promise<void> {
      stopSealing.abort();
      await sealing.catch(() => 0);
      await imports.close();
      await ocr.close();
      await pool.close();
      await writer.close();
    },
  };
}
export type RecordsModule = ReturnType<typeof createRecordsModule>;
