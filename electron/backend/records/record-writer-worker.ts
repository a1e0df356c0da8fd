// Worker-thread entry: the records writer's own SQLite connection. It commits imported files (file row, pages and
// FTS rows in one transaction) and OCR results, so those transactions never run on the main event loop.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { openDatabase } from '../persistence/open-database';
import type { WriterRequest, WriterResponse, WriterWorkerData } from './record-writer';
import { createRecordsRepository } from './records-repository';

export function serveWriterRequests(port: MessagePort, data: WriterWorkerData): void {
  const db = openDatabase(data.dbFile, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  const repo = createRecordsRepository(db);
  port.on('message', (req: WriterRequest) => {
    try {
      const result = req.op === 'commit' ? repo.commitImportedFile(req.payload) : repo.applyOcrResult(req.pageId, req.text, req.error);
      port.postMessage({ id: req.id, ok: true, result } satisfies WriterResponse);
    } catch (error) {
      // The message goes to the import job, which turns it into a plain sentence; it carries no page text.
      const code = (error as { code?: string }).code ?? '';
      port.postMessage({ id: req.id, ok: false, message: code === 'SQLITE_FULL' ? 'disk-full' : code || 'write-failed' } satisfies WriterResponse);
    }
  });
  port.on('close', () => db.close());
}

if (!isMainThread && parentPort) serveWriterRequests(parentPort, workerData as WriterWorkerData);
