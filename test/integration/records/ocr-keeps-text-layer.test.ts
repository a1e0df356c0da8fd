// OCR never replaces text-layer characters: a born-digital page with a few letters ("WWWusage" on a chart) keeps its
// text and is not sent to OCR; a scanned page with a stamped text layer is OCR'd, and OCR's words are added after the
// stamp, which stays exactly as the PDF has it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Recognizer } from '../../../electron/backend/records/tesseract-recognizer';
import { fewLettersPdf } from '../../fixtures/evidence-pdfs';
import { scannedPdf, SCANNED_PAGE_LINES } from '../../fixtures/generate-pdfs';
import { requireTool } from '../../helpers/tools';
import { createHarness, importFiles, type Harness } from './records-harness';

let h: Harness;
let dir: string;
let recognised = 0;
// A stand-in recogniser that misreads like the real one did ("WWWausage"): whatever it returns must not replace the layer.
const recognizer: Recognizer = {
  recognize: async () => {
    recognised++;
    return 'WWWausage MRI LUMBAR SPINE DEF000777';
  },
  terminate: async () => undefined,
};

beforeAll(() => {
  requireTool('pdftoppm'); // the scanned page is rendered with poppler; fail (never skip) without it
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-ocr-layer-'));
  h = createHarness({ ocrWorkers: 1, createRecognizer: async () => recognizer });
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('OCR and the text layer', () => {
  it('keeps a few-letter text layer exactly and does not OCR the page', async () => {
    const file = path.join(dir, 'Usage chart.pdf');
    fs.writeFileSync(file, await fewLettersPdf());
    await importFiles(h, [file]);
    await h.records.ocr.whenIdle();
    const stored = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === 'Usage chart.pdf')!;
    const chart = h.records.repo.getPage(stored.id, 1)!;
    expect(chart).toMatchObject({ text: 'WWWusage', hasTextLayer: true, ocrDone: false });
    expect(stored).toMatchObject({ status: 'ready', ocrPendingPages: 0 });
    expect(recognised).toBe(0);
    expect(h.records.search.search(h.caseId, 'WWWusage').hits).toHaveLength(1);
  });

  it('gives an older import its exact text back where OCR had replaced a few-letter text layer', async () => {
    const stored = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === 'Usage chart.pdf')!;
    // As an older version left it: the page sent to OCR, and OCR's misreading stored in place of the text layer.
    h.db
      .prepare(
        `UPDATE record_pages SET text = 'WWWausage', has_text_layer = 0, ocr_done = 1 WHERE file_id = ? AND page_number = 1`,
      )
      .run(stored.id);
    h.db.prepare('UPDATE record_files SET text_version = 1 WHERE id = ?').run(stored.id);
    expect(await h.records.reindexOlderFiles()).toBe(1);
    expect(h.records.repo.getPage(stored.id, 1)).toMatchObject({ text: 'WWWusage', hasTextLayer: true });
    expect(h.records.search.search(h.caseId, 'WWWusage').hits).toHaveLength(1);
    expect(h.records.search.search(h.caseId, 'WWWausage').hits).toHaveLength(0);
  });

  it('OCRs a scanned page with a stamped text layer and adds OCR text after the stamp', async () => {
    const scan = await PDFDocument.load(await scannedPdf([SCANNED_PAGE_LINES], { fontSize: 16, dpi: 150 }));
    const font = await scan.embedFont(StandardFonts.Helvetica);
    scan.getPage(0).drawText('DEF000777', { x: 480, y: 24, size: 9, font });
    const file = path.join(dir, 'Stamped scan.pdf');
    fs.writeFileSync(file, await scan.save());
    await importFiles(h, [file]);
    const stored = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === 'Stamped scan.pdf')!;
    expect(h.records.repo.getPage(stored.id, 1)).toMatchObject({ text: 'DEF000777', hasTextLayer: false, bates: 'DEF000777' });
    await h.records.ocr.whenIdle();
    const page = h.records.repo.getPage(stored.id, 1)!;
    expect(recognised).toBe(1);
    expect(page.ocrDone).toBe(true);
    expect(page.text).toBe('DEF000777\n\nWWWausage MRI LUMBAR SPINE DEF000777');
  });
});
