// Worker-thread entry: takes one database snapshot (snapshot-database.ts), compresses it for the zip (deflate-file.ts),
// and posts the result or the error's code back.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { deflateFile } from './deflate-file';
import { snapshotDatabase, type SnapshotRequest } from './snapshot-database';

async function serve(port: MessagePort, request: SnapshotRequest): Promise<void> {
  try {
    const snapshot = snapshotDatabase(request);
    const deflated = await deflateFile(snapshot.file, `${snapshot.file}.deflate`);
    port.postMessage({ ok: true, snapshot: { ...snapshot, deflated } });
  } catch (error) {
    // Only the SQLite or file-system code crosses: the caller maps it to a message; no path or data is sent.
    const code = (error as { code?: unknown }).code;
    port.postMessage({ ok: false, code: typeof code === 'string' ? code : null });
  }
}

if (!isMainThread && parentPort) void serve(parentPort, workerData as SnapshotRequest);
