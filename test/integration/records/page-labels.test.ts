// The PDF's page labels and the Bates stamps printed on the pages are recorded per page and shown in citations: search
// hits, chronology sources and the report's "Records reviewed" rows ("file p. 57 (Bates DEF000123)").
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordsService } from '../../../electron/backend/records/records-service';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import { citePages } from '../../../electron/common/records/page-citation';
import { labelledPdf } from '../../fixtures/evidence-pdfs';
import { createHarness, importFiles, type Harness } from './records-harness';

let h: Harness;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-labels-'));
  fs.writeFileSync(path.join(dir, 'Defense production.pdf'), await labelledPdf(4));
  h = createHarness();
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('page labels and Bates stamps', () => {
  it('records them per page and cites them in search hits, chronology sources and the records-reviewed rows', async () => {
    await importFiles(h, [path.join(dir, 'Defense production.pdf')]);
    const file = h.records.repo.listFiles(h.caseId)[0]!;
    expect(h.records.repo.listPages(file.id).map((p) => [p.pageNumber, p.pageLabel, p.bates])).toEqual([
      [1, 'i', 'DEF000101'],
      [2, 'ii', 'DEF000102'],
      [3, '1', 'DEF000103'],
      [4, '2', 'DEF000104'],
    ]);

    const hit = h.records.search.search(h.caseId, '"sheet 3"').hits[0]!;
    expect(hit).toMatchObject({ pageNumber: 3, pageLabel: '1', bates: 'DEF000103' });
    expect(citePages(hit.fileName, hit.pageNumber, hit.pageNumber, hit)).toBe(
      'Defense production.pdf p. 3 (printed p. 1; Bates DEF000103)',
    );
    expect(h.records.search.search(h.caseId, 'DEF000104').hits.map((x) => x.pageNumber)).toEqual([4]);

    const entry = h.records.chronology.create(h.caseId, {
      dateOfService: '2023-02-14',
      provider: 'Priya Raman, M.D.',
      facility: '',
      recordType: 'Deposition exhibit',
      source: { fileId: file.id, pageFrom: 1, pageTo: 2 },
      summary: paragraphsToDocument(['Fictional exhibit.']),
      reliedUpon: true,
    });
    expect(entry.sourceMarks).toEqual({
      first: { pageLabel: 'i', bates: 'DEF000101' },
      last: { pageLabel: 'ii', bates: 'DEF000102' },
    });
    const service = createRecordsService({
      records: h.records,
      host: {} as never,
      cases: { get: () => ({}) as never, lastReportDate: () => null },
    });
    expect(service.reviewedRows(h.caseId)!.batches[0]!.rows[0]!.source).toBe(
      'Defense production.pdf, pp. 1–2 (printed p. i–ii; Bates DEF000101–DEF000102)',
    );
  });
});

describe('citePages', () => {
  it.each<[string, Parameters<typeof citePages>, string]>([
    ['a page with a Bates stamp', ['a.pdf', 57, 57, { pageLabel: null, bates: 'DEF000123' }], 'a.pdf p. 57 (Bates DEF000123)'],
    ['a label equal to the number', ['a.pdf', 5, 5, { pageLabel: '5', bates: null }], 'a.pdf p. 5'],
    ['nothing printed', ['a.pdf', 3, 5], 'a.pdf p. 3–5'],
    [
      'a range with both',
      ['a.pdf', 3, 5, { pageLabel: 'iii', bates: 'X000003' }, { pageLabel: 'v', bates: 'X000005' }],
      'a.pdf p. 3–5 (printed p. iii–v; Bates X000003–X000005)',
    ],
  ])('%s', (_what, args, expected) => {
    expect(citePages(...args)).toBe(expected);
  });
});
