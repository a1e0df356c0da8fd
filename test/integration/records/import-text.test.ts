// Importing text PDFs: page counts, each page's text, storage by SHA-256, the same file twice, exact duplicate
// pages across files, and search hits that cite the right file and page.
import { isSealed, readRecordFile } from '../../../electron/backend/fs/sealed-file';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPage, type FixtureSet } from '../../fixtures/generate-pdfs';
import { assertConsistent, closeAll, createCase, folderContents, importFiles, openAll, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;

beforeAll(async () => {
  ({ fx, h } = await openAll());
});
afterAll(() => closeAll(h, fx));

const fileNamed = (caseId: string, name: string) => h.records.repo.listFiles(caseId).find((f) => f.originalName === name)!;

describe('importing text PDFs', () => {
  it('counts pages and stores every page’s text, with progress that ends complete', async () => {
    const caseId = createCase(h.db);
    const status = await importFiles(h, [fx.textA, fx.textB], undefined, caseId);

    expect(status).toMatchObject({
      state: 'done',
      filesDone: 2,
      filesTotal: 2,
      filesImported: 2,
      pagesDone: 20,
      pagesTotal: 20,
      secondsLeft: 0,
    });
    expect(status.fileProblems).toEqual([]);
    expect(status.pagesPerSecond).toBeGreaterThan(0);

    const a = fileNamed(caseId, path.basename(fx.textA));
    const b = fileNamed(caseId, path.basename(fx.textB));
    expect([a.pageCount, b.pageCount]).toEqual([12, 8]);
    expect(a.status).toBe('ready');
    for (const [file, seed, pages] of [
      [a, 101, 12],
      [b, 202, 8],
    ] as const) {
      const stored = h.records.repo.listPages(file.id);
      expect(stored.map((p) => p.pageNumber)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
      stored.forEach((page, i) => {
        const expected = recordPage(seed, i, pages);
        expect(page.hasTextLayer).toBe(true);
        expect(page.text).toContain(expected.recordType);
        expect(page.text).toContain(`Provider: ${expected.provider}`);
        expect(page.text).toContain(`Page ${i + 1} of ${pages}`);
      });
    }
    assertConsistent(h, caseId);
  });

  it('stores each file once in the case folder, named by its SHA-256, sealed: not readable as a PDF on disk', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textA], undefined, caseId);
    const sha = createHash('sha256').update(fs.readFileSync(fx.textA)).digest('hex');
    expect(folderContents(h, caseId)).toEqual([`${sha}.pdf`]);
    const stored = path.join(h.dataDir, 'cases', caseId, 'records', `${sha}.pdf`);
    expect(isSealed(stored)).toBe(true);
    expect(fs.readFileSync(stored).includes(Buffer.from('%PDF'))).toBe(false);
    expect(readRecordFile(stored, h.records.fileKey).equals(fs.readFileSync(fx.textA))).toBe(true);
  });

  it('recognises the same file imported again, under another name or in a later batch', async () => {
    const caseId = createCase(h.db);
    const first = await importFiles(h, [fx.textA, fx.textACopy], undefined, caseId);
    expect(first.filesImported).toBe(1);
    expect(first.fileProblems).toEqual([
      {
        fileName: path.basename(fx.textACopy),
        message: expect.stringContaining(`already in this case (imported as ${path.basename(fx.textA)})`),
      },
    ]);
    expect(first.pagesTotal).toBe(12);

    const later = await importFiles(
      h,
      [fx.textACopy],
      { sender: 'Applicant attorney', dateReceived: '2024-04-02', declaredPageCount: 12, senderDeclarationReceived: false },
      caseId,
    );
    expect(later.filesImported).toBe(0);
    expect(later.fileProblems[0]!.message).toMatch(/already in this case/);
    expect(h.records.repo.listFiles(caseId)).toHaveLength(1);
    assertConsistent(h, caseId);
  });

  it('detects exact duplicate pages across files and lets the physician count them', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textA, fx.withDuplicates], undefined, caseId);
    const a = fileNamed(caseId, path.basename(fx.textA));
    const dup = fileNamed(caseId, path.basename(fx.withDuplicates));

    const groups = h.records.totals.duplicates(caseId);
    const pairs = groups.map((g) => [
      g.original.fileName,
      g.original.pageNumber,
      g.repeats.map((r) => [r.fileName, r.pageNumber]),
    ]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [a.originalName, 3, [[dup.originalName, 1]]],
        [a.originalName, 4, [[dup.originalName, 2]]],
        [a.originalName, 5, [[dup.originalName, 3]]],
      ]),
    );
    expect(groups).toHaveLength(3);
    expect(h.records.totals.caseTotals(caseId)).toMatchObject({ pagesReceived: 17, duplicatePages: 3, pagesToVerify: 14 });

    h.records.repo.setCountIfDuplicate(dup.id, 1, 1, true);
    expect(h.records.totals.caseTotals(caseId)).toMatchObject({ pagesReceived: 17, duplicatePages: 2, pagesToVerify: 15 });
  });

  it('finds words in page text and cites the right file and page', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textA, fx.textB], undefined, caseId);
    const a = path.basename(fx.textA);
    const b = path.basename(fx.textB);

    const ref = h.records.search.search(caseId, '"Record reference 101-7"');
    expect(ref.hits.map((x) => [x.fileName, x.pageNumber])).toEqual([[a, 7]]);
    expect(ref.hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(['record reference 101-7']);

    const pageOf = h.records.search.search(caseId, 'page 4 of 8');
    expect(pageOf.hits.map((x) => [x.fileName, x.pageNumber])).toContainEqual([b, 4]);

    // Every page that mentions a provider is found, and nothing else.
    const provider = recordPage(202, 5, 8).provider.split(',')[0]!;
    const expected = [
      ...Array.from({ length: 12 }, (_, i) => [a, i + 1, recordPage(101, i, 12).provider] as const),
      ...Array.from({ length: 8 }, (_, i) => [b, i + 1, recordPage(202, i, 8).provider] as const),
    ]
      .filter(([, , p]) => p.startsWith(provider))
      .map(([f, n]) => [f, n]);
    const found = h.records.search.search(caseId, `"${provider}"`, { order: 'document', limit: 100 });
    expect(found.hits.map((x) => [x.fileName, x.pageNumber])).toEqual(expected);
  });

  it('only searches the case it is asked about', async () => {
    const one = createCase(h.db);
    const two = createCase(h.db);
    await importFiles(h, [fx.textA], undefined, one);
    await importFiles(h, [fx.textB], undefined, two);
    const hits = h.records.search.search(two, 'Record reference', { limit: 500 }).hits;
    expect(new Set(hits.map((x) => x.fileName))).toEqual(new Set([path.basename(fx.textB)]));
  });
});
