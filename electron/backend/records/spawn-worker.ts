// Starts a records worker thread from source (.ts, through tsx, in tests, scripts and the demo) or from the bundle
// (records-<name>.cjs next to main.cjs in the packaged app, where import.meta.url is not available).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { onDisk } from './local-require';

export type RecordsWorkerName = 'extract-worker' | 'record-writer-worker';

/** Where the bundled workers are, when not next to the sources; the Electron main process sets this. */
export interface WorkerLocation {
  /** Folder holding records-extract-worker.cjs and records-record-writer-worker.cjs. */
  bundleDir?: string;
}

export function resolveWorkerEntry(name: RecordsWorkerName, location: WorkerLocation = {}): string {
  if (location.bundleDir) return path.join(location.bundleDir, `records-${name}.cjs`);
  const here = typeof import.meta.url === 'string' && import.meta.url ? import.meta.url : null;
  if (here && here.startsWith('file:')) {
    for (const ext of ['.js', '.ts']) {
      const candidate = fileURLToPath(new URL(`./${name}${ext}`, here));
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return onDisk(path.join(typeof __dirname === 'string' ? __dirname : process.cwd(), `records-${name}.cjs`));
}

export function spawnRecordsWorker(name: RecordsWorkerName, workerData: unknown, location: WorkerLocation = {}): Worker {
  return spawnWorkerFile(resolveWorkerEntry(name, location), workerData);
}

/** Starts a worker from a bundled .cjs/.js file, or from a .ts source through tsx (the backup's snapshot worker too). */
export function spawnWorkerFile(entry: string, workerData: unknown): Worker {
  if (!entry.endsWith('.ts')) return new Worker(entry, { workerData });
  // TypeScript source: load it through tsx inside the worker (a dev dependency, present wherever sources run).
  const tsxApi = pathToFileURL(
    path.join(path.dirname(createRequire(pathToFileURL(entry)).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const boot = `const { workerData } = require('node:worker_threads');
import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(workerData.__entry, workerData.__entry));`;
  return new Worker(boot, { eval: true, workerData: { ...(workerData as object), __entry: pathToFileURL(entry).href } });
}
