// Worker-thread entry: the records writer's own SQLite connection. It holds staged pages of files being imported and
// commits each file (file row, pages and FTS rows in one transaction), and OCR results, off the main event loop; it also
// works out a large file's page tree for the viewer at import (viewer-overlay-store).
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openDatabase } from '../persistence/open-database';
import { createStagingWriter, type WriterRequest, type WriterResponse, type WriterWorkerData } from './record-writer';
import { createRecordsRepository } from './records-repository';
import { storeOverlay } from './viewer-overlay-store';
import { recordFilesKeyOf } from '../fs/sealed-file';

export function serveWriterRequests(port: MessagePort, data: WriterWorkerData): void {
  const { dbFile, ...openOptions } = data;
  const db = openDatabase(dbFile, openOptions);
  const fileKey = recordFilesKeyOf(openOptions.databaseKey);
  const repo = createRecordsRepository(db);
  const staging = createStagingWriter(repo);
  const handle = (req: WriterRequest): unknown => {
    switch (req.op) {
      case 'stage':
        return staging.stage(req.stageId, req.from, req.pages);
      case 'discard':
        return staging.discard(req.stageId);
      case 'commit':
        return staging.commit(req.meta, req.stageId, req.pageCount);
      case 'ocr':
        return repo.applyOcrResult(req.pageId, req.text, req.error);
      case 'reindex':
        return repo.reindexFile(req.fileId, req.pages);
      case 'overlay':
        return storeOverlay(req.pdfPath, fileKey);
    }
  };
  port.on('message', (req: WriterRequest) => {
    try {
      port.postMessage({ id: req.id, ok: true, result: handle(req) ?? null } satisfies WriterResponse);
    } catch (error) {
      // The message goes to the import job, which turns it into a plain sentence; it carries no page text.
      const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : '');
      port.postMessage({
        id: req.id,
        ok: false,
        message: code === 'SQLITE_FULL' ? 'disk-full' : code || 'write-failed',
      } satisfies WriterResponse);
    }
  });
  port.on('close', () => db.close());
}

if (!isMainThread && parentPort) serveWriterRequests(parentPort, workerData as WriterWorkerData);
