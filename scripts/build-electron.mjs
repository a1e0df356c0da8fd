// Bundles the Electron main process (dist/electron/main.cjs), the preload (dist/electron/preload.cjs) and the records
// worker threads (dist/electron/records-*.cjs) with esbuild.
// Native and heavy runtime packages stay external (loaded from node_modules / app.asar); the preload bundles
// everything it imports because a sandboxed preload can require nothing but 'electron'.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22', // Electron 45 ships Node 22
  sourcemap: 'linked',
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
  // Comments that say why stay in the source; the bundle keeps identifiers readable for stack traces.
  minify: false,
  // Backend code that also runs as ESM checks `import.meta.url` and falls back when it is empty, as it is in CJS.
  logOverride: { 'empty-import-meta': 'silent' },
};

const MAIN_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', '@hyzyla/pdfium', 'tesseract.js', '@tesseract.js-data/*'];

// Worker threads of the records pipeline (names as in electron/backend/records/spawn-worker.ts): each
// electron/backend/records/<name>.ts becomes dist/electron/records-<name>.cjs beside main.cjs. Add new workers here.
const RECORDS_WORKERS = ['extract-worker', 'record-writer-worker'];
// The backup's database snapshot runs on its own thread too (electron/backend/backup/snapshot-thread.ts).
const BACKUP_WORKERS = ['snapshot-worker'];
const workerEntries = RECORDS_WORKERS.filter((name) =>
  fs.existsSync(path.join(root, 'electron', 'backend', 'records', `${name}.ts`)),
);

// Start clean, so a renamed or removed entry never leaves a stale bundle to be packaged.
fs.rmSync(outdir, { recursive: true, force: true });

// esbuild has already printed each error with its file and line; a stack trace of esbuild itself adds nothing.
const orExit = (promise) =>
  promise.catch(() => {
    console.error('build-electron: bundling failed (see the errors above).');
    process.exit(1);
  });

const [main, preload] = await orExit(
  Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: path.join(outdir, 'main.cjs'),
      external: MAIN_EXTERNALS,
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: path.join(outdir, 'preload.cjs'),
      external: ['electron'],
    }),
  ]),
);

await orExit(
  Promise.all(
    workerEntries.map((name) =>
      build({
        ...common,
        entryPoints: [`electron/backend/records/${name}.ts`],
        outfile: path.join(outdir, `records-${name}.cjs`),
        external: MAIN_EXTERNALS,
      }),
    ),
    ...BACKUP_WORKERS.map((name) =>
      build({
        ...common,
        entryPoints: [`electron/backend/backup/${name}.ts`],
        outfile: path.join(outdir, `backup-${name}.cjs`),
        external: MAIN_EXTERNALS,
      }),
    ),
  ),
);

// The preload must stay the thin bridge: channel names and the menu's command list, nothing else (no zod, no services, no node:*).
const preloadInputs = Object.keys(preload.metafile.inputs);
const unexpected = preloadInputs.filter(
  (file) => !/^electron\/(preload\/|common\/ipc\/(channels|menu-commands)\.ts$)/.test(file),
);
if (unexpected.length) {
  console.error(`build-electron: the preload bundle pulled in more than the bridge: ${unexpected.join(', ')}`);
  process.exit(1);
}
const preloadExternals = Object.values(preload.metafile.outputs).flatMap((o) =>
  o.imports.filter((i) => i.external).map((i) => i.path),
);
const foreign = preloadExternals.filter((p) => p !== 'electron');
if (foreign.length) {
  console.error(`build-electron: the sandboxed preload would require ${foreign.join(', ')}; it may only require 'electron'.`);
  process.exit(1);
}

const size = (result) => Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
const workers = [
  ...workerEntries.map((name) => `records-${name}.cjs`),
  ...BACKUP_WORKERS.map((name) => `backup-${name}.cjs`),
].join(', ');
console.log(
  `build-electron: dist/electron/main.cjs (${Math.round(size(main) / 1024)} KiB), dist/electron/preload.cjs (${Math.round(size(preload) / 1024)} KiB)` +
    (workers ? `, ${workers}` : ''),
);
