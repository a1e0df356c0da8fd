// OCR of pages without a text layer: real tesseract.js (offline English data) on one scanned page of known words,
// a mixed file, and the queue order when the physician opens a page (with a stand-in recogniser, to stay fast).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../../electron/backend/records/extract-pool';
import { tesseractPaths, type Recognizer } from '../../../electron/backend/records/tesseract-recognizer';
import { concatPdfs, SCANNED_PAGE_LINES, type FixtureSet } from '../../fixtures/generate-pdfs';
import { requireTool } from '../../helpers/tools';
import { assertConsistent, closeAll, createCase, createHarness, importFiles, openAll, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;
let scanned: string;
let mixed: string;

beforeAll(async () => {
  requireTool('pdftoppm'); // the scanned fixtures are rendered with poppler; fail (never skip) without it
  ({ fx, h } = await openAll());
  scanned = fx.scanned!;
  mixed = fx.mixed!;
});
afterAll(() => closeAll(h, fx));

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

describe('OCR', () => {
  it('reads the known words of a scanned page and makes them searchable', async () => {
    const caseId = createCase(h.db);
    const status = await importFiles(h, [scanned], undefined, caseId);
    expect(status.fileProblems).toEqual([]);
    const file = h.records.repo.listFiles(caseId)[0]!;
    expect(file).toMatchObject({ pageCount: 1 });
    expect(h.records.repo.getPage(file.id, 1)).toMatchObject({ hasTextLayer: false });

    await h.records.ocr.whenIdle();

    const page = h.records.repo.getPage(file.id, 1)!;
    expect(page).toMatchObject({ ocrDone: true, ocrError: null });
    const expected = words(SCANNED_PAGE_LINES.join(' '));
    const got = new Set(words(page.text));
    const missing = expected.filter((w) => !got.has(w));
    expect(missing).toEqual([]);
    expect(h.records.repo.getFile(file.id)).toMatchObject({ status: 'ready', ocrPendingPages: 0 });
    expect(h.records.search.search(caseId, 'foraminal narrowing').hits.map((x) => [x.fileName, x.pageNumber])).toEqual([
      ['Scanned MRI report.pdf', 1],
    ]);
    expect(h.records.suggestEntry(file.id, 1)).toMatchObject({
      dateOfService: { value: '2022-03-14' },
      provider: { value: 'Maria Alvarez, M.D.' },
      recordType: { value: 'MRI Lumbar Spine' },
    });
    assertConsistent(h, caseId);
  });

  it('OCRs only the image page of a mixed file and keeps the text pages as extracted', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [mixed], undefined, caseId);
    const file = h.records.repo.listFiles(caseId)[0]!;
    const before = h.records.repo.listPages(file.id);
    expect(before.map((p) => p.hasTextLayer)).toEqual([true, false, true]);
    await h.records.ocr.whenIdle();
    const after = h.records.repo.listPages(file.id);
    expect(after[0]!.text).toBe(before[0]!.text);
    expect(after[2]!.text).toBe(before[2]!.text);
    expect(after[1]!.text).toMatch(/IMPRESSION: Disc protrusion at L4-L5/);
  });

  it('uses the English data from disk and writes no cache anywhere', () => {
    const paths = tesseractPaths();
    for (const p of [paths.langPath, paths.workerPath, paths.corePath]) expect(fs.existsSync(p)).toBe(true);
    expect(fs.existsSync(path.join(paths.langPath, 'eng.traineddata.gz'))).toBe(true);
    expect(fs.existsSync(path.join(process.cwd(), 'eng.traineddata'))).toBe(false);
    expect(fs.existsSync(path.join(os.tmpdir(), 'eng.traineddata'))).toBe(false);
  });
});

describe('the page image OCR reads', () => {
  it('is the inked part of the 300-dpi page, blank borders cropped; a blank page is a small white square', async () => {
    const pool = new ExtractPool({ size: 1 });
    try {
      const full = { width: Math.round(8.5 * 300), height: 11 * 300 };
      const scan = await pool.renderPage(scanned, 0, 300);
      expect(scan.width * scan.height).toBeLessThan(0.8 * full.width * full.height);
      expect(scan.width).toBeGreaterThan(full.width / 3);
      expect(new TextDecoder().decode(scan.pgm.subarray(0, 20))).toMatch(
        new RegExp(`^P5\\n${scan.width} ${scan.height}\\n255\\n`),
      );

      const blankPdf = path.join(fx.dir, 'Blank page.pdf');
      const doc = await PDFDocument.create();
      doc.addPage([612, 792]);
      fs.writeFileSync(blankPdf, await doc.save());
      const blank = await pool.renderPage(blankPdf, 0, 300);
      expect([blank.width, blank.height]).toEqual([64, 64]);
      expect(blank.pgm.subarray(blank.pgm.length - 64 * 64).every((v) => v === 255)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('OCR order', () => {
  it('recognises the page being viewed (and the next two) first, then the rest in order', async () => {
    let calls = 0;
    const recognizer: Recognizer = {
      recognize: async () => `recognised in call ${++calls}`,
      terminate: async () => undefined,
    };
    const one = createHarness({ ocrWorkers: 1, resumeOcr: false, createRecognizer: async () => recognizer });
    try {
      const eight = path.join(fx.dir, 'Eight scanned pages.pdf');
      const bytes = fs.readFileSync(scanned);
      fs.writeFileSync(eight, await concatPdfs(Array.from({ length: 8 }, () => ({ bytes }))));
      one.records.ocr.pause(); // as if the physician opened the file before OCR got going
      await importFiles(one, [eight]);
      const file = one.records.repo.listFiles(one.caseId)[0]!;
      one.records.ocr.prioritize(file.id, 5);
      one.records.ocr.resume();
      await one.records.ocr.whenIdle();
      const order = one.records.repo.listPages(file.id).map((p) => Number(/call (\d+)/.exec(p.text)![1]));
      // order[i] = the call in which page i+1 was recognised
      expect(order).toEqual([4, 5, 6, 7, 1, 2, 3, 8]);
    } finally {
      await one.close();
    }
  });
});

describe('OCR pause and progress', () => {
  it('stops taking pages while the physician pauses it, reports its rate, and finishes after resume', async () => {
    const recognizer: Recognizer = {
      recognize: () => new Promise((resolve) => setTimeout(() => resolve('recognised'), 30)),
      terminate: async () => undefined,
    };
    const one = createHarness({ ocrWorkers: 1, createRecognizer: async () => recognizer });
    try {
      const six = path.join(fx.dir, 'Six scanned pages.pdf');
      fs.writeFileSync(six, await concatPdfs(Array.from({ length: 6 }, () => ({ bytes: fs.readFileSync(scanned) }))));
      one.records.ocr.setPausedByUser(true);
      await importFiles(one, [six]);
      const before = one.records.ocr.status();
      expect(before).toMatchObject({ pendingPages: 6, paused: true, pausedByUser: true, pagesPerMinute: null });
      // Paused by the physician: an import's own pause and resume must not restart it.
      one.records.ocr.pause();
      one.records.ocr.resume();
      await new Promise((r) => setTimeout(r, 200));
      expect(one.records.ocr.status().pendingPages).toBe(6);

      one.records.ocr.setPausedByUser(false);
      await one.records.ocr.whenIdle();
      const after = one.records.ocr.status();
      expect(after).toMatchObject({ pendingPages: 0, paused: false, pausedByUser: false });
      expect(after.pagesPerMinute).toBeGreaterThan(0);
    } finally {
      await one.close();
    }
  });
});
