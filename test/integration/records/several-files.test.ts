// Importing many files at once: the workers read several files side by side (each its own), yet every file is
// committed whole and in the order given, the first of two identical files is the one kept, and a file too large to
// share is read on its own.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPage, textPdf, type FixtureSet } from '../../fixtures/generate-pdfs';
import { assertConsistent, closeAll, createCase, createHarness, importFiles, openAll, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;
const made: { name: string; seed: number; pages: number; file: string }[] = [];

beforeAll(async () => {
  ({ fx, h } = await openAll({ extractWorkers: 2 }));
  // Sizes that make the reads finish out of order: a long file first, short ones after it.
  for (const [seed, pages] of [
    [611, 240],
    [612, 3],
    [613, 40],
    [614, 1],
    [615, 90],
    [616, 5],
  ] as const) {
    const name = `Records ${seed}.pdf`;
    const file = path.join(fx.dir, name);
    fs.writeFileSync(file, await textPdf({ pages, seed }));
    made.push({ name, seed, pages, file });
  }
});
afterAll(() => closeAll(h, fx));

function expectEveryPage(on: Harness, caseId: string, m: (typeof made)[number]): void {
  const file = on.records.repo.listFiles(caseId).find((f) => f.originalName === m.name)!;
  expect(file.pageCount).toBe(m.pages);
  const pages = on.records.repo.listPages(file.id);
  expect(pages.map((p) => p.pageNumber)).toEqual(Array.from({ length: m.pages }, (_, i) => i + 1));
  pages.forEach((page, i) => expect(page.text).toContain(`Page ${i + 1} of ${m.pages}`));
  expect(pages[0]!.text).toContain(recordPage(m.seed, 0, m.pages).recordType);
}

describe('importing several files at once', () => {
  it('commits every file whole, in the order given, and keeps the first of two identical files', async () => {
    const caseId = createCase(h.db);
    const order = [
      made[0]!.file,
      made[1]!.file,
      fx.textA,
      made[2]!.file,
      made[3]!.file,
      fx.textACopy,
      made[4]!.file,
      made[5]!.file,
    ];
    const status = await importFiles(h, order, undefined, caseId);

    expect(status.state).toBe('done');
    expect(status.filesImported).toBe(7);
    expect(status.fileProblems).toEqual([
      {
        fileName: path.basename(fx.textACopy),
        message: expect.stringContaining(`already in this case (imported as ${path.basename(fx.textA)})`),
      },
    ]);
    const total = made.reduce((n, m) => n + m.pages, 0) + 12;
    expect(status).toMatchObject({ pagesDone: total, pagesTotal: total, pagesImported: total, filesDone: 8 });

    const batch = h.records.repo.listBatches(caseId)[0]!;
    expect(h.records.repo.listBatchFiles(batch.id).map((f) => f.originalName)).toEqual(
      order.map((f) => path.basename(f)).filter((name) => name !== path.basename(fx.textACopy)),
    );
    for (const m of made) expectEveryPage(h, caseId, m);
    assertConsistent(h, caseId);
  });

  it('holds only a few files awaiting their turn behind a long first file', async () => {
    const caseId = createCase(h.db);
    const long = path.join(fx.dir, 'Long first file.pdf');
    fs.writeFileSync(long, await textPdf({ pages: 600, seed: 620 }));
    const short: string[] = [];
    for (let k = 0; k < 10; k++) {
      const file = path.join(fx.dir, `Short ${k}.pdf`);
      fs.writeFileSync(file, await textPdf({ pages: 2, seed: 630 + k }));
      short.push(file);
    }
    const folder = path.join(h.dataDir, 'cases', caseId, 'records');
    const committed = h.db.prepare('SELECT COUNT(*) AS n FROM record_files WHERE case_id = ?');
    let mostWaiting = 0;
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const stored = fs.existsSync(folder) ? fs.readdirSync(folder).filter((n) => /^[0-9a-f]{64}\.pdf$/.test(n)).length : 0;
        mostWaiting = Math.max(mostWaiting, stored - (committed.get(caseId) as { n: number }).n);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const status = await importFiles(h, [long, ...short], undefined, caseId);
    watching = false;
    await watch;
    expect(status).toMatchObject({ state: 'done', filesImported: 11, fileProblems: [] });
    // Two workers: the long file and at most two more in hand (one of them may be committing).
    expect(mostWaiting).toBeLessThanOrEqual(3);
    assertConsistent(h, caseId);
  });

  it('reads a file too large to share on its own, and still imports all files in order', async () => {
    const alone = createHarness({ extractWorkers: 2, singleWorkerBytes: 20_000 });
    try {
      const sizes = made.map((m) => fs.statSync(m.file).size);
      expect(sizes.some((n) => n > 20_000) && sizes.some((n) => n <= 20_000)).toBe(true);
      const status = await importFiles(
        alone,
        made.map((m) => m.file),
      );
      expect(status).toMatchObject({ state: 'done', filesImported: made.length, fileProblems: [] });
      const batch = alone.records.repo.listBatches(alone.caseId)[0]!;
      expect(alone.records.repo.listBatchFiles(batch.id).map((f) => f.originalName)).toEqual(made.map((m) => m.name));
      for (const m of made) expectEveryPage(alone, alone.caseId, m);
      assertConsistent(alone);
    } finally {
      await alone.close();
    }
  });
});
