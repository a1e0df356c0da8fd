// Each kind of bad file gets a plain message naming it; the other files of the batch still import; neither the
// database nor the case folder keeps anything of the refused file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasXmlInvalidCharacters } from '../../../electron/backend/records/text-sanitize';
import type { FixtureSet } from '../../fixtures/generate-pdfs';
import { assertConsistent, createCase, createHarness, fixtures, importFiles, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;

beforeAll(async () => {
  fx = await fixtures();
  h = createHarness();
});
afterAll(async () => {
  await h.close();
  fs.rmSync(fx.dir, { recursive: true, force: true });
});

const cases: [string, (f: FixtureSet) => string, RegExp][] = [
  [
    'an encrypted PDF',
    (f) => f.encrypted,
    /^Locked records\.pdf is protected by a password, so its pages cannot be read\. Ask the sender/,
  ],
  ['a truncated PDF', (f) => f.truncated, /^Interrupted download\.pdf is incomplete: the end of the file is missing/],
  ['a corrupt PDF', (f) => f.corrupt, /^Garbled\.pdf is damaged and its pages cannot be read\./],
  ['a zero-byte file', (f) => f.zeroByte, /^Empty upload\.pdf is empty \(0 bytes\)\./],
  [
    'a Word file named .pdf',
    (f) => f.notPdf,
    /^Actually a Word file\.pdf is not a PDF: it is a Word, Excel or other zipped document with a \.pdf name\./,
  ],
  ['a PDF with no pages', (f) => f.zeroPages, /^No pages\.pdf is a PDF with no pages\./],
  [
    'a PDF with one damaged page',
    (f) => f.damagedPage,
    /^Damaged packet\.pdf is damaged: page 15 cannot be read, so the file was not imported\./,
  ],
  ['a file that is gone', (f) => path.join(f.dir, 'Deleted meanwhile.pdf'), /^Deleted meanwhile\.pdf could not be found\./],
];

describe('bad input', () => {
  it.each(cases)('%s is refused with a message naming it, and the rest of the batch imports', async (_what, pick, message) => {
    const caseId = createCase(h.db);
    const bad = pick(fx);
    const status = await importFiles(h, [bad, fx.textB], undefined, caseId);

    expect(status.state).toBe('done');
    expect(status.fileProblems).toEqual([{ fileName: path.basename(bad), message: expect.stringMatching(message) }]);
    expect(status).toMatchObject({ filesDone: 2, filesImported: 1, pagesDone: 8, pagesTotal: 8 });
    expect(h.records.repo.listFiles(caseId).map((f) => f.originalName)).toEqual([path.basename(fx.textB)]);
    assertConsistent(h, caseId);
  });

  it('refuses a file over the size limit without reading it, and imports the smaller one', async () => {
    const small = createHarness({ maxFileBytes: 20_000 });
    try {
      const status = await importFiles(small, [fx.textA, fx.textB]);
      const sizeKb = Math.round(fs.statSync(fx.textA).size / 1024);
      expect(status.fileProblems).toEqual([
        {
          fileName: path.basename(fx.textA),
          message: `${path.basename(fx.textA)} is ${sizeKb} KB, larger than the 20 KB limit for one file. Split it into smaller PDFs and import the parts.`,
        },
      ]);
      expect(small.records.repo.listFiles(small.caseId).map((f) => f.originalName)).toEqual([path.basename(fx.textB)]);
      assertConsistent(small);
    } finally {
      await small.close();
    }
  });

  it('strips control characters that are invalid in XML from stored text and keeps the words apart', async () => {
    const caseId = createCase(h.db);
    const status = await importFiles(h, [fx.controlChars], undefined, caseId);
    expect(status.fileProblems).toEqual([]);
    const file = h.records.repo.listFiles(caseId)[0]!;
    const page = h.records.repo.getPage(file.id, 1)!;
    expect(page.text).toBe('Lumbar strain noted on exam today');
    expect(hasXmlInvalidCharacters(page.text)).toBe(false);
    expect(h.records.search.search(caseId, 'strain noted').hits).toHaveLength(1);
  });

  it('reports every bad file of one batch at once', async () => {
    const caseId = createCase(h.db);
    const bad = [fx.encrypted, fx.truncated, fx.corrupt, fx.zeroByte, fx.notPdf, fx.zeroPages, fx.damagedPage];
    const status = await importFiles(h, [...bad, fx.textA], undefined, caseId);
    expect(status.fileProblems.map((p) => p.fileName).sort()).toEqual(bad.map((b) => path.basename(b)).sort());
    for (const p of status.fileProblems) expect(p.message.startsWith(p.fileName)).toBe(true);
    expect(status.filesImported).toBe(1);
    assertConsistent(h, caseId);
  });
});
