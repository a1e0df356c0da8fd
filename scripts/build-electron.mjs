// Bundles the Electron main process (dist/electron/main.cjs) and the preload (dist/electron/preload.cjs) with esbuild.
// Native and heavy runtime packages stay external (loaded from node_modules / app.asar); the preload bundles
// everything it imports because a sandboxed preload can require nothing but 'electron'.
import { build } from 'esbuild';
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
};

const [main, preload] = await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    external: ['electron', 'better-sqlite3', '@hyzyla/pdfium', 'tesseract.js', '@tesseract.js-data/*'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    external: ['electron'],
  }),
]);

// The preload must stay the thin bridge: channel names and nothing else (no zod, no services, no node:*).
const preloadInputs = Object.keys(preload.metafile.inputs);
const unexpected = preloadInputs.filter((file) => !/^electron\/(preload\/|common\/ipc\/channels\.ts$)/.test(file));
if (unexpected.length) {
  console.error(`build-electron: the preload bundle pulled in more than the bridge: ${unexpected.join(', ')}`);
  process.exit(1);
}
const preloadExternals = Object.values(preload.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
const foreign = preloadExternals.filter((p) => p !== 'electron');
if (foreign.length) {
  console.error(`build-electron: the sandboxed preload would require ${foreign.join(', ')}; it may only require 'electron'.`);
  process.exit(1);
}

const size = (result) => Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`build-electron: dist/electron/main.cjs (${Math.round(size(main) / 1024)} KiB), dist/electron/preload.cjs (${Math.round(size(preload) / 1024)} KiB)`);
