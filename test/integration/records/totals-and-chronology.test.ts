// What feeds the report: per-batch declared vs counted pages with a mismatch flag, pages per sender, reviewed,
// new since the last report; the numbered, date-ordered chronology with its cited page ranges.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import { NewBatchSchema, type ChronologyEntryInput } from '../../../electron/common/records/records-types';
import type { FixtureSet } from '../../fixtures/generate-pdfs';
import { closeAll, createCase, folderContents, importFiles, openAll, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;

beforeAll(async () => {
  ({ fx, h } = await openAll({ resumeOcr: false }));
});
afterAll(() => closeAll(h, fx));

describe('record totals', () => {
  it('flags a batch whose counted pages differ from the declared count, per batch and per sender', async () => {
    const caseId = createCase(h.db);
    await importFiles(
      h,
      [fx.textA],
      { sender: 'Defense attorney', dateReceived: '2024-03-01', declaredPageCount: 12, senderDeclarationReceived: true },
      caseId,
    );
    await importFiles(
      h,
      [fx.textB],
      { sender: 'Applicant attorney', dateReceived: '2024-03-05', declaredPageCount: 10, senderDeclarationReceived: false },
      caseId,
    );
    // Parsed as the IPC boundary parses it: the schema trims the sender; the import stores what it is given.
    await importFiles(
      h,
      [fx.withDuplicates],
      NewBatchSchema.parse({
        sender: 'defense attorney ',
        dateReceived: '2024-06-10',
        declaredPageCount: null,
        senderDeclarationReceived: true,
      }),
      caseId,
    );

    const totals = h.records.totals.caseTotals(caseId);
    expect(totals.batches.map((b) => [b.sender, b.declaredPageCount, b.countedPages, b.countMismatch, b.duplicatePages])).toEqual(
      [
        ['Defense attorney', 12, 12, false, 0],
        ['Applicant attorney', 10, 8, true, 0],
        ['defense attorney', null, 5, false, 3],
      ],
    );
    expect(totals.senders).toEqual([
      { sender: 'Defense attorney', countedPages: 17, declaredPages: 12 },
      { sender: 'Applicant attorney', countedPages: 8, declaredPages: 10 },
    ]);
    expect(totals).toMatchObject({
      pagesReceived: 25,
      duplicatePages: 3,
      pagesToVerify: 22,
      pagesReviewed: 0,
      pagesAwaitingOcr: 0,
    });

    // Supplemental report after 2024-04-01: only the June batch is new, and 3 of its 5 pages were seen before.
    expect(h.records.totals.newSince(caseId, '2024-04-01')).toEqual({
      sinceDate: '2024-04-01',
      pagesReceived: 5,
      duplicatePages: 3,
      newPages: 2,
    });
    expect(h.records.totals.newSince(caseId, '2024-03-01')).toMatchObject({ pagesReceived: 13, newPages: 10 });
  });

  it('counts the pages the physician marked reviewed', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textA], undefined, caseId);
    const file = h.records.repo.listFiles(caseId)[0]!;
    expect(h.records.repo.markPagesReviewed(file.id, 1, 5, true)).toBe(5);
    h.records.repo.markPagesReviewed(file.id, 5, 5, false);
    expect(h.records.totals.caseTotals(caseId).pagesReviewed).toBe(4);
  });
});

const entry = (over: Partial<ChronologyEntryInput>): ChronologyEntryInput => ({
  dateOfService: null,
  provider: '',
  facility: '',
  recordType: 'Office / progress note',
  source: null,
  summary: paragraphsToDocument(['Fictional summary.']),
  reliedUpon: false,
  ...over,
});

describe('chronology', () => {
  it('numbers entries by date of service (undated last), whatever order they were added in', async () => {
    const caseId = createCase(h.db);
    await importFiles(h, [fx.textA], undefined, caseId);
    const file = h.records.repo.listFiles(caseId)[0]!;
    const c = h.records.chronology;
    c.create(caseId, entry({ dateOfService: '2022-05-01', provider: 'Priya Raman, M.D.' }));
    c.create(caseId, entry({ dateOfService: null, recordType: 'Job description' }));
    const mri = c.create(
      caseId,
      entry({
        dateOfService: '2021-11-20',
        recordType: 'MRI Lumbar Spine',
        source: { fileId: file.id, pageFrom: 3, pageTo: 4 },
        reliedUpon: true,
      }),
    );
    c.create(caseId, entry({ dateOfService: '2022-05-01', provider: 'Linda Chen, P.T.' }));

    const list = c.list(caseId);
    expect(list.map((e) => [e.number, e.dateOfService, e.provider || e.recordType])).toEqual([
      [1, '2021-11-20', 'MRI Lumbar Spine'],
      [2, '2022-05-01', 'Priya Raman, M.D.'],
      [3, '2022-05-01', 'Linda Chen, P.T.'],
      [4, null, 'Job description'],
    ]);
    expect(list[0]).toMatchObject({
      id: mri.id,
      reliedUpon: true,
      sender: 'Defense attorney',
      sourceFileName: path.basename(fx.textA),
      source: { fileId: file.id, pageFrom: 3, pageTo: 4 },
    });

    // Same date: the physician can swap the two.
    c.move(list[2]!.id, 'earlier');
    expect(
      c
        .list(caseId)
        .map((e) => e.provider)
        .slice(1, 3),
    ).toEqual(['Linda Chen, P.T.', 'Priya Raman, M.D.']);

    // Editing the date re-sorts and renumbers.
    const updated = c.update(list[3]!.id, entry({ dateOfService: '2020-01-15', recordType: 'Job description' }));
    expect(updated.number).toBe(1);
    expect(c.delete(mri.id)).toBe(true);
    expect(c.list(caseId).map((e) => e.number)).toEqual([1, 2, 3]);
  });

  // Checks that need the database; the shape of an entry (dates, lengths, page order, summary) is refused at the IPC
  // boundary, see bad-input.test.ts.
  it('refuses page ranges beyond the cited file and files of other cases', async () => {
    const caseId = createCase(h.db);
    const other = createCase(h.db);
    await importFiles(h, [fx.textB], undefined, caseId);
    await importFiles(h, [fx.textA], undefined, other);
    const mine = h.records.repo.listFiles(caseId)[0]!;
    const theirs = h.records.repo.listFiles(other)[0]!;
    const c = h.records.chronology;
    expect(() => c.create(caseId, entry({ source: { fileId: mine.id, pageFrom: 7, pageTo: 9 } }))).toThrow(
      'The cited pages must be within 1–8 of that file; it has no page 9.',
    );
    expect(() => c.create(caseId, entry({ source: { fileId: theirs.id, pageFrom: 1, pageTo: 1 } }))).toThrow(/not in this case/);
    const kept = c.create(caseId, entry({ source: { fileId: mine.id, pageFrom: 8, pageTo: 8 } }));
    expect(() => c.update(kept.id, entry({ source: { fileId: mine.id, pageFrom: 1, pageTo: 12 } }))).toThrow(/within 1–8/);
    expect(c.list(caseId).map((e) => e.source)).toEqual([{ fileId: mine.id, pageFrom: 8, pageTo: 8 }]);
  });

  it('deleting a batch removes its files, pages and stored PDFs, and keeps the physician’s entry without the citation', async () => {
    const caseId = createCase(h.db);
    const status = await importFiles(h, [fx.textB], undefined, caseId);
    const file = h.records.repo.listFiles(caseId)[0]!;
    const e = h.records.chronology.create(
      caseId,
      entry({ dateOfService: '2022-01-01', source: { fileId: file.id, pageFrom: 1, pageTo: 2 } }),
    );
    expect(await h.records.deleteBatch(status.batchId)).toBe(true);
    expect(h.records.repo.listFiles(caseId)).toEqual([]);
    expect(folderContents(h, caseId)).toEqual([]);
    expect(h.records.search.search(caseId, 'Fictional').hits).toEqual([]);
    expect(h.records.chronology.get(e.id)).toMatchObject({
      source: null,
      sender: null,
      summary: paragraphsToDocument(['Fictional summary.']),
    });
  });

  it('lists 2,000 entries numbered in date order', () => {
    const caseId = createCase(h.db);
    // Rows written directly: create() per row would dominate the test's time. Listing speed: npm run bench:ingest.
    const row = h.db
      .prepare(`INSERT INTO chronology_entries (id, case_id, date_of_service, provider, summary_json, sort_order, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const summary = JSON.stringify(
      paragraphsToDocument(['Fictional summary of a visit, two or three sentences long in practice.']),
    );
    h.db.transaction(() => {
      for (let i = 0; i < 2000; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
        const now = new Date().toISOString();
        row.run(`entry-${i}`, caseId, `20${10 + (i % 12)}-${month}-${day}`, `Provider ${i}`, summary, i + 1, now, now);
      }
    })();
    const list = h.records.chronology.list(caseId);
    expect(list).toHaveLength(2000);
    expect(list.map((e) => e.number)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
    const dates = list.map((e) => e.dateOfService!);
    expect([...dates].sort()).toEqual(dates);
  });
});
