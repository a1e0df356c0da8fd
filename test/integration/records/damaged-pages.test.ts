// A file with damaged pages imports every readable page; each unreadable page (a broken page object, a content stream
// of garbage) is counted as received, flagged "could not be read: ask the sender for a new copy", listed under its
// batch and in the page totals, and named in the import result. A truly blank page is not flagged.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPool, WorkerCrashError, type TaskOptions } from '../../../electron/backend/records/extract-pool';
import { createImportService } from '../../../electron/backend/records/import-service';
import type { ExtractedPage } from '../../../electron/backend/records/pdf-text-extractor';
import { createInlineWriter } from '../../../electron/backend/records/record-writer';
import { damagedPagesPdf } from '../../fixtures/evidence-pdfs';
import { assertConsistent, BATCH, createCase, createHarness, importFiles, type Harness } from './records-harness';

/** A pool whose reader stops (as a WebAssembly trap stops it) whenever it is asked for page `crashAt` (0-based). */
class CrashingPool extends ExtractPool {
  constructor(
    private readonly crashAt: number,
    fileKey: Buffer | null,
  ) {
    super({ size: 2, fileKey });
  }
  override async extractPages(file: string, from: number, to: number, options?: TaskOptions): Promise<ExtractedPage[]> {
    if (from <= this.crashAt && this.crashAt < to) throw new WorkerCrashError('crashed');
    return super.extractPages(file, from, to, options);
  }
}

let h: Harness;
let dir: string;
const write = async (name: string, bytes: Promise<Uint8Array>) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytes);
  return file;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-damaged-'));
  h = createHarness();
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('damaged pages', () => {
  it('imports the readable pages of a 30-page file with a broken page 12 and garbage on page 20', async () => {
    const file = await write('Damaged packet.pdf', damagedPagesPdf({ pages: 30, broken: 12, garbage: 20, blank: 25 }));
    const caseId = createCase(h.db);
    const status = await importFiles(h, [file], undefined, caseId);

    expect(status).toMatchObject({ state: 'done', filesImported: 1, pagesDone: 30, pagesTotal: 30, fileProblems: [] });
    expect(status.damagedPages).toEqual([
      {
        fileName: 'Damaged packet.pdf',
        pageNumbers: [12, 20],
        message:
          'Damaged packet.pdf: pages 12, 20 could not be read: ask the sender for a new copy. They are counted as received; the other 28 pages were imported.',
      },
    ]);
    const stored = h.records.repo.listFiles(caseId)[0]!;
    expect(stored.pageCount).toBe(30);
    const pages = h.records.repo.listPages(stored.id);
    expect(pages.filter((p) => p.problem).map((p) => [p.pageNumber, p.problem])).toEqual([
      [12, 'unreadable'],
      [20, 'garbage-content'],
    ]);
    expect(pages[24]).toMatchObject({ pageNumber: 25, problem: null, text: '' });
    expect(pages[12]!.text).toBe('PROGRESS NOTE, fictional page 13 of a damaged packet');
    expect(h.records.search.search(caseId, '"fictional page 29"').hits.map((hit) => hit.pageNumber)).toEqual([29]);

    const totals = h.records.totals.caseTotals(caseId);
    expect(totals).toMatchObject({ pagesReceived: 30, pagesDamaged: 2 });
    expect(totals.batches[0]).toMatchObject({ countedPages: 30, damagedPages: 2 });
    expect(h.records.totals.damagedPages(caseId)).toEqual([
      {
        batchId: status.batchId,
        fileId: stored.id,
        fileName: 'Damaged packet.pdf',
        pageNumber: 12,
        problem: 'unreadable',
        pageLabel: null,
        bates: null,
      },
      {
        batchId: status.batchId,
        fileId: stored.id,
        fileName: 'Damaged packet.pdf',
        pageNumber: 20,
        problem: 'garbage-content',
        pageLabel: null,
        bates: null,
      },
    ]);
    // Damaged pages never wait for OCR (there is nothing to render) and never count as duplicates of each other.
    expect(totals).toMatchObject({ pagesAwaitingOcr: 0, duplicatePages: 0 });
    assertConsistent(h, caseId);
  });

  it('detects bad Flate data in a file with object streams, and leaves a blank page alone', async () => {
    const file = await write('Compressed packet.pdf', damagedPagesPdf({ pages: 4, badFlate: 2, blank: 3, objectStreams: true }));
    const caseId = createCase(h.db);
    const status = await importFiles(h, [file], undefined, caseId);
    expect(status.damagedPages.map((d) => d.pageNumbers)).toEqual([[2]]);
    expect(status.damagedPages[0]!.message).toMatch(
      /^Compressed packet\.pdf: page 2 could not be read: ask the sender for a new copy\. It is counted/,
    );
    const pages = h.records.repo.listPages(h.records.repo.listFiles(caseId)[0]!.id);
    expect(pages.map((p) => p.problem)).toEqual([null, 'garbage-content', null, null]);
  });

  it('keeps the other pages when one page makes the reader itself stop', async () => {
    const file = await write('Trapping packet.pdf', damagedPagesPdf({ pages: 30 }));
    const caseId = createCase(h.db);
    const pool = new CrashingPool(16, h.records.fileKey);
    const imports = createImportService({
      db: h.db,
      dataDir: h.dataDir,
      pool,
      writer: createInlineWriter(h.db),
      sweepOnStart: false,
    });
    try {
      const status = await imports.waitForImport(imports.startImport(caseId, BATCH, [file]));
      expect(status).toMatchObject({ state: 'done', filesImported: 1, fileProblems: [], pagesImported: 30 });
      expect(status.damagedPages.map((d) => d.pageNumbers)).toEqual([[17]]);
      const pages = h.records.repo.listPages(h.records.repo.listFiles(caseId)[0]!.id);
      expect(pages.filter((p) => p.problem).map((p) => p.pageNumber)).toEqual([17]);
      expect(pages[17]!.text).toBe('PROGRESS NOTE, fictional page 18 of a damaged packet');
      assertConsistent(h, caseId);
    } finally {
      await imports.close();
      await pool.close();
    }
  });
});
