// Runs the backup's database snapshot and its compression on a worker thread: VACUUM INTO of a 60 MB database takes
// about 0.6 s and deflating it seconds more, which on the backend thread would freeze every request that long.
// From source (tests, scripts) the worker starts through tsx; packaged, it is dist/electron/backup-snapshot-worker.cjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onDisk } from '../records/local-require';
import { spawnWorkerFile } from '../records/spawn-worker';
import { reopenOptions, type Db } from '../persistence/open-database';
import type { DeflatedFile } from './deflate-file';
import type { Snapshot } from './snapshot-database';

/** The snapshot and its compressed form, ready for the zip. */
export type CompressedSnapshot = Snapshot & { deflated: DeflatedFile };

type Reply = { ok: true; snapshot: CompressedSnapshot } | { ok: false; code: string | null };

function workerEntry(): string {
  const here = typeof import.meta.url === 'string' && import.meta.url ? import.meta.url : null;
  if (here && here.startsWith('file:')) {
    for (const ext of ['.js', '.ts']) {
      const candidate = fileURLToPath(new URL(`./snapshot-worker${ext}`, here));
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return onDisk(path.join(typeof __dirname === 'string' ? __dirname : process.cwd(), 'backup-snapshot-worker.cjs'));
}

/** Copies the live database into `target` and compresses it, off the backend thread; a failure carries SQLite's code (SQLITE_FULL…). */
export function snapshotOffThread(db: Db, target: string): Promise<CompressedSnapshot> {
  const worker = spawnWorkerFile(workerEntry(), { dbFile: db.name, target, open: reopenOptions(db) });
  return new Promise<CompressedSnapshot>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.once('message', (reply: Reply) =>
      settle(() => {
        if (reply.ok) return resolve(reply.snapshot);
        reject(Object.assign(new Error('the database snapshot failed'), reply.code ? { code: reply.code } : {}));
      }),
    );
    worker.once('error', () => settle(() => reject(new Error('the database snapshot worker failed'))));
    worker.once('exit', () => settle(() => reject(new Error('the database snapshot worker stopped'))));
  }).finally(() => void worker.terminate());
}
