// A page is an exact duplicate only when it renders identically: pages with the same text and object counts but a
// moved word or a moved line (vector only), or other ticks or field values, are not; truly identical pages are,
// across files. The cheap content hash finds candidates; the render hash confirms them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeFormsPdf, variantPagesPdf } from '../../fixtures/evidence-pdfs';
import { createHarness, importFiles, type Harness } from './records-harness';

let h: Harness;
let dir: string;
const write = async (name: string, bytes: Promise<Uint8Array>) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await bytes);
  return file;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-dups-'));
  h = createHarness();
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const pat = { name: 'Pat Sample (fictional)', employer: 'Acme Fictional Co' };

describe('exact duplicates', () => {
  it('counts only pages that render identically', async () => {
    const files = [
      await write('Work status notes.pdf', variantPagesPdf(['base', 'moved-word', 'moved-line', 'base'])),
      await write('Intake, first copy.pdf', intakeFormsPdf([{ ...pat, ticks: ['back'] }])),
      await write(
        'Intake, resent.pdf',
        intakeFormsPdf([
          { ...pat, ticks: ['back'] },
          { ...pat, ticks: ['neck'] },
        ]),
      ),
      await write(
        'Intake, other tick.pdf',
        intakeFormsPdf([
          { ...pat, ticks: ['neck'] },
          { ...pat, employer: 'Beta Fictional Inc', ticks: ['back'] },
        ]),
      ),
    ];
    const status = await importFiles(h, files);
    expect(status).toMatchObject({ state: 'done', filesImported: 4, fileProblems: [] });

    const notes = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === 'Work status notes.pdf')!;
    const hashes = h.db
      .prepare('SELECT content_hash AS content, render_hash AS render FROM record_pages WHERE file_id = ? ORDER BY page_number')
      .all(notes.id) as { content: string; render: string | null }[];
    // The moved word and the moved line fool the cheap hash (all four pages are candidates) but not the rendered page.
    expect(new Set(hashes.map((x) => x.content)).size).toBe(1);
    expect(hashes.map((x) => x.render)).toEqual([hashes[0]!.render, expect.any(String), expect.any(String), hashes[0]!.render]);
    expect(new Set(hashes.map((x) => x.render)).size).toBe(3);

    const groups = h.records.totals.duplicates(h.caseId);
    const cite = (p: { fileName: string; pageNumber: number }) => `${p.fileName} p. ${p.pageNumber}`;
    expect(new Set(groups.map((g) => [cite(g.original), ...g.repeats.map(cite)].join(' = ')))).toEqual(
      new Set([
        'Work status notes.pdf p. 1 = Work status notes.pdf p. 4',
        'Intake, first copy.pdf p. 1 = Intake, resent.pdf p. 1',
      ]),
    );
    // The same form with another box ticked, or another value typed, is never a duplicate.
    expect(h.records.totals.caseTotals(h.caseId)).toMatchObject({ pagesReceived: 9, duplicatePages: 2, pagesToVerify: 7 });
  });

  it('leaves candidates unconfirmed (counted, not duplicates) until their rendered pages are compared', async () => {
    h.db.prepare('UPDATE record_pages SET render_hash = NULL WHERE case_id = ?').run(h.caseId);
    expect(h.records.totals.caseTotals(h.caseId).duplicatePages).toBe(0);
    const result = await h.records.confirmDuplicates(h.caseId);
    expect(result.pagesRendered).toBe(6); // the four look-alike notes and the two identical intake pages
    expect(h.records.totals.caseTotals(h.caseId).duplicatePages).toBe(2);
  });
});
