// Re-reads files imported by an older version (before line-end hyphens were joined and form fields, page labels and
// Bates stamps were read), so existing cases search and cite like new imports; then their duplicate candidates are
// compared by rendered page (older versions counted duplicates by content hash alone). Background, at OCR priority.
import { logError } from '../log';
import { CancelledError, TASK_PRIORITY, type ExtractPool } from './extract-pool';
import { chunkRanges } from './import-service';
import { absoluteStoredPath } from './record-file-store';
import type { RecordWriter } from './record-writer';
import type { ConfirmDuplicates } from './duplicate-confirmer';
import type { ExtractedPage } from './pdf-text-extractor';
import type { RecordsRepository } from './records-repository';

export interface ReindexDeps {
  repo: RecordsRepository;
  dataDir: string;
  pool: ExtractPool;
  writer: RecordWriter;
  confirmDuplicates: ConfirmDuplicates;
}

/** One run at a time; a call while a run goes on waits for it and then runs again. Resolves to the files re-read. */
export function createReindexer({ repo, dataDir, pool, writer, confirmDuplicates }: ReindexDeps): () => Promise<number> {
  let running: Promise<number> = Promise.resolve(0);
  const runOnce = async (): Promise<number> => {
    let done = 0;
    const cases = new Set<string>();
    for (const file of repo.filesToReindex()) {
      cases.add(file.caseId);
      const filePath = absoluteStoredPath(dataDir, file.storedPath);
      try {
        const pages: ExtractedPage[] = [];
        for (const [from, to] of chunkRanges(file.pageCount, 1)) {
          pages.push(...(await pool.extractPages(filePath, from, to, { priority: TASK_PRIORITY.ocr })));
        }
        await pool.release(filePath);
        await writer.reindexFile(file.id, pages);
        done++;
      } catch (error) {
        if (error instanceof CancelledError) return done; // closing: the rest waits for the next start
        logError('records reindex', error);
      }
    }
    for (const caseId of cases) {
      try {
        await confirmDuplicates(caseId);
      } catch (error) {
        if (error instanceof CancelledError) return done;
        logError('records reindex duplicates', error);
      }
    }
    return done;
  };
  return () => {
    running = running.catch(() => 0).then(runOnce);
    return running;
  };
}
