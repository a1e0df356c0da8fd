// Packs the app's file layout offline (electron-builder --linux dir; usage: node scripts/pack-layout.mjs [outDir] [--extract])
// with a stub Electron and the Node-ABI SQLite binary standing in for the Electron one, to check what `files`/`asarUnpack`
// ship; never rebuilds native modules. The result cannot run as an app: test/integration/package runs its main.cjs in Node.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/** The electron-builder.yml config with the three offline substitutions: stub Electron, stand-in SQLite, no hooks. */
export function offlineConfig({ stubElectronDir, standInNativeDir, outputDir }) {
  const { parse } = require('yaml');
  const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  const electronVersion = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const files = config.files.filter((entry) => typeof entry !== 'string' || !entry.startsWith('native/electron/'));
  const standIn = path.relative(root, standInNativeDir).split(path.sep).join('/');
  files.push({ from: standIn, to: 'native/electron', filter: ['better_sqlite3.node', 'build-info.json'] });
  // asarUnpack matches source paths, so the stand-in's own folder is named as well as native/electron.
  return {
    ...config,
    files,
    asarUnpack: [...config.asarUnpack, `${standIn}/**`],
    electronDist: stubElectronDir,
    electronVersion,
    directories: { ...config.directories, output: outputDir },
    // The real hook builds the Electron SQLite binary (network + toolchain); the stand-in replaces it here.
    beforePack: null,
    afterPack: null,
    // A stub has no fuse sentinel to flip; test/unit/main/fuses.test.ts pins the fuse settings instead.
    electronFuses: null,
    npmRebuild: false,
    nodeGypRebuild: false,
    buildDependenciesFromSource: false,
    // No icons converted or desktop entry checks needed for a layout check.
    linux: { ...config.linux, target: [{ target: 'dir', arch: ['x64'] }] },
    publish: null,
  };
}

/** Builds the layout into outputDir (default: a fresh temp folder); returns where app.asar and its unpacked twin are. */
export async function packLayout({
  outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-layout-')),
  log = () => {},
} = {}) {
  for (const needed of ['dist/electron/main.cjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, needed))) {
      throw new Error(`pack-layout: ${needed} is missing. Build first: npm run build`);
    }
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-pack-'));
  const stubElectronDir = path.join(work, 'electron-stub');
  fs.mkdirSync(stubElectronDir);
  // electron-builder renames this file to the app's executable; a real build uses the downloaded Electron here.
  fs.writeFileSync(path.join(stubElectronDir, 'electron'), '#!/bin/sh\necho "stub Electron: this layout cannot run"\nexit 1\n', {
    mode: 0o755,
  });
  fs.writeFileSync(path.join(stubElectronDir, 'LICENSE'), 'stub\n');
  // electronLanguages trims Chromium's locale packs, so the stub needs the folder (one kept, one dropped).
  fs.mkdirSync(path.join(stubElectronDir, 'locales'));
  for (const pack of ['en-US.pak', 'de.pak']) fs.writeFileSync(path.join(stubElectronDir, 'locales', pack), 'stub\n');
  // Inside the project (dist/ is git-ignored and not packaged otherwise): asarUnpack only matches project files.
  const standInNativeDir = fs.mkdtempSync(path.join(root, 'dist', 'layout-stand-in-'));
  fs.copyFileSync(
    path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'),
    path.join(standInNativeDir, 'better_sqlite3.node'),
  );
  fs.writeFileSync(
    path.join(standInNativeDir, 'build-info.json'),
    `${JSON.stringify({ standIn: 'node-abi', node: process.version })}\n`,
  );

  const builder = require('electron-builder');
  const started = Date.now();
  try {
    await builder.build({
      projectDir: root,
      targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
      config: offlineConfig({ stubElectronDir, standInNativeDir, outputDir }),
      publish: 'never',
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(standInNativeDir, { recursive: true, force: true });
  }
  const resources = path.join(outputDir, 'linux-unpacked', 'resources');
  const asar = path.join(resources, 'app.asar');
  if (!fs.existsSync(asar)) throw new Error(`pack-layout: electron-builder finished but wrote no ${asar}`);
  log(`pack-layout: ${path.relative(process.cwd(), asar)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { outputDir, resources, asar, unpacked: `${asar}.unpacked` };
}

/** Sizes in bytes: app.asar, and what lies beside it unpacked. */
export function layoutSizes({ asar, unpacked }) {
  const sizeOf = (dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { recursive: true, withFileTypes: true })
          .reduce((n, e) => (e.isFile() ? n + fs.statSync(path.join(e.parentPath, e.name)).size : n), 0)
      : 0;
  return { asarBytes: fs.statSync(asar).size, unpackedBytes: sizeOf(unpacked) };
}

/**
 * Plain Node cannot read app.asar: extract it into a folder of the same name (Electron's main thread sees unpacked files
 * through the archive too, so the extract includes them) beside the untouched app.asar.unpacked. The archive is kept as
 * app.asar.packed. Returns the folder to run dist/electron/main.cjs from.
 */
export function extractForNode({ asar }) {
  const { extractAll } = require('@electron/asar');
  const extracted = `${asar}.extracted`;
  extractAll(asar, extracted);
  fs.renameSync(asar, `${asar}.packed`);
  fs.renameSync(extracted, asar);
  return asar;
}

async function main() {
  const args = process.argv.slice(2);
  const extract = args.includes('--extract');
  const outArg = args.find((a) => !a.startsWith('--'));
  const layout = await packLayout({ ...(outArg ? { outputDir: path.resolve(outArg) } : {}), log: console.log });
  const { asarBytes, unpackedBytes } = layoutSizes(layout);
  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  console.log(`pack-layout: app.asar ${mb(asarBytes)}, app.asar.unpacked ${mb(unpackedBytes)} (${layout.resources})`);
  if (extract) console.log(`pack-layout: extracted for a Node run into ${extractForNode(layout)}`);
  console.log(`PACK-LAYOUT ${JSON.stringify({ ...layout, asarBytes, unpackedBytes })}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
