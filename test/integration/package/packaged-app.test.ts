// The packaged layout, run: electron-builder packs the app offline (scripts/pack-layout.mjs), then its own main.cjs runs under
// Node with a recording `electron` stand-in and drives the real channels (sample case, records import in workers, OCR, .docx
// export). Fails when a runtime path points at a file the package lacks, or at app.asar where a real file is needed.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scannedPdf, SCANNED_PAGE_LINES } from '../../fixtures/generate-pdfs';
import { requireTool } from '../../helpers/tools';

const root = path.resolve(__dirname, '../../..');
const MB = 1024 * 1024;

interface Layout {
  resources: string;
  asar: string;
  unpacked: string;
  asarBytes: number;
  unpackedBytes: number;
}
interface PackagedResult {
  sampleFiles: { name: string; pages: number }[];
  scannedImport: { state: string; pagesImported: number; problems: unknown[] };
  ocrText: string;
  exportedFile: string | null;
  exportedBytes: number;
  window: { url: string; preload: string } | null;
  examinee: { name: string; claimNumber: string };
  focusedOnSecondLaunch: boolean;
  sentToWindow: unknown[][];
  about: { message: string; detail: string } | null;
  openedPaths: string[];
  openedUrlsBeforeUpdateClick: string[];
  openedUrls: string[];
  errorBoxes: string[][];
  timings: Record<string, number>;
}

let work: string;
let layout: Layout;
let result: PackagedResult;
let home: string;

function run(file: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args, file], { cwd: work, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(file)} exited with ${String(code)}:\n${err.slice(-4000)}\n${out.slice(-2000)}`));
    });
  });
}

beforeAll(async () => {
  requireTool('pdftoppm'); // the scanned page is rendered with poppler
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html')))
    throw new Error('The packaged-layout test needs the built renderer: run "npm run build:renderer" first.');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-packaged-'));
  // The main bundle is fast to build and must match the sources the rest of the run tests.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, [path.join(root, 'scripts', 'third-party-notices.mjs')], { cwd: root, stdio: 'pipe' });
  const packed = execFileSync(
    process.execPath,
    [path.join(root, 'scripts', 'pack-layout.mjs'), path.join(work, 'out'), '--extract'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * MB,
    },
  );
  const line = packed.split('\n').find((l) => l.startsWith('PACK-LAYOUT '));
  if (!line) throw new Error(`pack-layout printed no result:\n${packed.slice(-3000)}`);
  layout = JSON.parse(line.slice('PACK-LAYOUT '.length)) as Layout;

  const scanned = path.join(work, 'Scanned MRI report.pdf');
  fs.writeFileSync(scanned, await scannedPdf([SCANNED_PAGE_LINES], { fontSize: 16 }));
  home = path.join(work, 'home');
  const saveDir = path.join(work, 'saved');
  fs.mkdirSync(saveDir, { recursive: true });
  const here = path.join(root, 'test', 'integration', 'package');
  const out = await run(
    path.join(here, 'drive-packaged.cjs'),
    ['--require', path.join(here, 'electron-stand-in.cjs')],
    {
      STAND_IN_APP_PATH: layout.asar,
      STAND_IN_HOME: home,
      STAND_IN_SAVE_DIR: saveDir,
      SCANNED_PDF: scanned,
      // The app's own folder choice (userData) is used, as in a real install.
      MEDLEGAL_DATA_DIR: '',
    },
    100_000,
  );
  const resultLine = out.split('\n').find((l) => l.startsWith('PACKAGED-RESULT '));
  if (!resultLine) throw new Error(`drive-packaged printed no result:\n${out.slice(-3000)}`);
  result = JSON.parse(resultLine.slice('PACKAGED-RESULT '.length)) as PackagedResult;
}, 180_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('the packaged app, run from its own layout', () => {
  it('starts without an error dialog and loads the UI with the packaged preload', () => {
    expect(result.errorBoxes).toEqual([]);
    expect(result.window?.url).toBe('app://medlegal/index.html');
    expect(result.window?.preload).toBe(path.join(layout.asar, 'dist', 'electron', 'preload.cjs'));
    expect(fs.existsSync(result.window!.preload)).toBe(true);
  });

  it('opens the sample case with its records imported by workers from app.asar.unpacked', () => {
    expect(result.sampleFiles.length).toBeGreaterThan(0);
    expect(result.sampleFiles.every((f) => f.pages > 0)).toBe(true);
  });

  it('imports a scanned page and OCRs it with the packaged tesseract core and English model', () => {
    expect(result.scannedImport).toMatchObject({ state: 'done', pagesImported: 1, problems: [] });
    expect(result.ocrText.toUpperCase()).toContain('LUMBAR SPINE');
    expect(result.ocrText.toUpperCase()).toContain('IMPRESSION');
  });

  it('exports a .docx', () => {
    expect(result.exportedFile).toMatch(/\.docx$/);
    expect(result.exportedBytes).toBeGreaterThan(5_000);
  });

  it('ships the UI with the pdf.js worker once, and app.asar without what never runs', () => {
    const assets = fs.readdirSync(path.join(layout.asar, 'dist', 'renderer', 'assets'));
    expect(assets.filter((f) => /^pdf\.worker/.test(f))).toHaveLength(1);
    const shipped = (dir: string) => fs.existsSync(path.join(layout.asar, dir)) || fs.existsSync(path.join(layout.unpacked, dir));
    for (const bundled of ['docx', 'zod', 'yaml', 'fflate', 'zlibjs', 'pdfjs-dist', 'react'])
      expect(shipped(`node_modules/${bundled}`), bundled).toBe(false);
    expect(shipped('node_modules/@tesseract.js-data/eng/4.0.0')).toBe(false);
    expect(
      fs.readdirSync(path.join(layout.unpacked, 'node_modules', 'tesseract.js-core')).filter((f) => f.endsWith('.wasm.js')),
    ).toEqual([]);
    expect(layout.asarBytes).toBeLessThan(40 * MB);
  });

  it('carries out the menu: File commands go to the window, About shows the version and opens the notices, updates open the release page', () => {
    expect(result.sentToWindow).toContainEqual(['menu:command', 'new-case']);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; homepage: string };
    expect(result.about?.message).toBe(`MedLegal Writer ${pkg.version}`);
    expect(result.openedPaths).toEqual([path.join(layout.unpacked, 'dist', 'electron', 'third-party-notices.txt')]);
    expect(fs.readFileSync(result.openedPaths[0]!, 'utf8')).toContain('tesseract.js@');
    expect(result.openedUrlsBeforeUpdateClick).toEqual([]);
    expect(result.openedUrls).toEqual([`${pkg.homepage.replace(/\/+$/, '')}/releases`]);
  });

  it('focuses its window on a second launch and remembers where the window was', () => {
    expect(result.focusedOnSecondLaunch).toBe(true);
    const saved = JSON.parse(fs.readFileSync(path.join(home, 'userData', 'window-state.json'), 'utf8')) as { bounds: object };
    expect(saved.bounds).toMatchObject({ width: 1320, height: 900 });
  });

  it('writes a log file in the OS logs folder with timings and no patient data', () => {
    const logs = path.join(home, 'logs');
    const text = fs
      .readdirSync(logs)
      .map((f) => fs.readFileSync(path.join(logs, f), 'utf8'))
      .join('\n');
    expect(text).toMatch(/timing start-up: \d+ ms/);
    expect(result.examinee.name.length).toBeGreaterThan(3);
    expect(result.examinee.claimNumber.length).toBeGreaterThan(3);
    const lower = text.toLowerCase();
    // The fictional examinee's surname is the word "Sample", which a log line may say for other reasons.
    const nameParts = result.examinee.name.split(/[\s,.]+/).filter((w) => w.length > 3 && w.toLowerCase() !== 'sample');
    for (const secret of [result.examinee.name, ...nameParts, result.examinee.claimNumber])
      expect(lower, secret).not.toContain(secret.toLowerCase());
  });
});
