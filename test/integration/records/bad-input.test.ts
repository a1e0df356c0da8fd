// Each kind of bad file gets a plain message naming it; the other files of the batch still import; neither the
// database nor the case folder keeps anything of the refused file. Bad records input (batches, chronology entries) is
// refused once, at the IPC boundary, with a message naming the field; the repositories trust what passes it.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasXmlInvalidCharacters } from '../../../electron/backend/records/text-sanitize';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import type { ChronologyEntryInput, NewBatchInput } from '../../../electron/common/records/records-types';
import { textPdf, type FixtureSet } from '../../fixtures/generate-pdfs';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';
import { assertConsistent, closeAll, createCase, createHarness, importFiles, openAll, type Harness } from './records-harness';

let fx: FixtureSet;
let h: Harness;

beforeAll(async () => {
  ({ fx, h } = await openAll());
});
afterAll(() => closeAll(h, fx));

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
    const bad = [fx.encrypted, fx.truncated, fx.corrupt, fx.zeroByte, fx.notPdf, fx.zeroPages];
    const status = await importFiles(h, [...bad, fx.damagedPage, fx.textA], undefined, caseId);
    expect(status.fileProblems.map((p) => p.fileName).sort()).toEqual(bad.map((b) => path.basename(b)).sort());
    for (const p of status.fileProblems) expect(p.message.startsWith(p.fileName)).toBe(true);
    // A file with one damaged page is imported, its damaged page named in the result (see damaged-pages.test.ts).
    expect(status.filesImported).toBe(2);
    expect(status.damagedPages.map((d) => [d.fileName, d.pageNumbers])).toEqual([[path.basename(fx.damagedPage), [15]]]);
    assertConsistent(h, caseId);
  });
});

describe('bad records input at the IPC boundary', () => {
  let t: TempBackend;
  let caseId: string;

  beforeAll(async () => {
    t = createTempBackend({ prefix: 'medlegal-records-input-' });
    const fields = {
      examineeName: 'Sample, Pat (fictional)',
      dateOfBirth: null,
      claimNumber: '',
      employer: '',
      claimsAdministrator: '',
      reportKind: 'QME' as const,
      examDate: null,
    };
    caseId = (await t.invoke('cases:create', { fields })).id;
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** The failure the renderer would receive; the call must fail. */
  const refusal = async (channel: string, payload: unknown) => {
    const result = await t.invokeRaw(channel, payload);
    if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(payload).slice(0, 200)}`);
    return result.error;
  };

  const entry: ChronologyEntryInput = {
    dateOfService: '2023-02-14',
    provider: 'Priya Raman, M.D.',
    facility: 'Fictional Orthopedic Group',
    recordType: 'Office / progress note',
    source: null,
    summary: paragraphsToDocument(['Fictional summary.']),
    reliedUpon: true,
  };

  it.each<[string, Record<string, unknown>, string]>([
    ['an over-long provider', { provider: 'P'.repeat(301) }, 'entry.provider: Keep the provider to 300 characters or fewer.'],
    ['an over-long facility', { facility: 'F'.repeat(301) }, 'entry.facility: Keep the facility to 300 characters or fewer.'],
    [
      'an over-long record type',
      { recordType: 'R'.repeat(201) },
      'entry.recordType: Keep the record type to 200 characters or fewer.',
    ],
    ['an unreal date of service', { dateOfService: '2023-02-30' }, 'entry.dateOfService: Enter a real date (MM/DD/YYYY).'],
    [
      'a page range that ends before it starts',
      { source: { fileId: randomUUID(), pageFrom: 3, pageTo: 2 } },
      'entry.source: The page range must end on or after its first page.',
    ],
    ['a page 0', { source: { fileId: randomUUID(), pageFrom: 0, pageTo: 2 } }, 'entry.source.pageFrom: Page numbers start at 1.'],
    ['a summary that is not a document', { summary: [{ type: 'nonsense' }] }, 'entry.summary'],
    ['a relied-upon flag that is not yes or no', { reliedUpon: 'yes' }, 'entry.reliedUpon: '],
  ])('chronology:create refuses %s with a message naming the field', async (_what, bad, message) => {
    const failure = await refusal('chronology:create', { caseId, entry: { ...entry, ...bad } });
    expect(failure.code).toBe('invalid-input');
    expect(failure.message.slice(0, message.length)).toBe(message);
    expect(await t.invoke('chronology:rows', { caseId, offset: 0, limit: 10 })).toEqual({ total: 0, rows: [] });
  });

  it('takes a provider of exactly 300 characters, trimmed, and refuses the same on update once it is longer', async () => {
    const longest = 'P'.repeat(300);
    const created = await t.invoke('chronology:create', { caseId, entry: { ...entry, provider: `  ${longest}  ` } });
    expect(created.provider).toBe(longest);
    const failure = await refusal('chronology:update', { entryId: created.id, entry: { ...entry, provider: `${longest}P` } });
    expect(failure).toEqual({ code: 'invalid-input', message: 'entry.provider: Keep the provider to 300 characters or fewer.' });
    const { rows } = (await t.invoke('chronology:rows', { caseId, offset: 0, limit: 10 }))!;
    expect(rows.map((e) => e.provider)).toEqual([longest]);
    await t.invoke('chronology:delete', { entryId: created.id });
  });

  const batch: NewBatchInput = {
    sender: 'Fictional Claims Services',
    dateReceived: '2024-03-01',
    declaredPageCount: 12,
    senderDeclarationReceived: true,
  };

  it.each<[string, Record<string, unknown>, string]>([
    ['an over-long sender', { sender: 'S'.repeat(201) }, 'batch.sender: Keep the sender to 200 characters or fewer.'],
    ['a blank sender', { sender: '   ' }, 'batch.sender: Name who sent these records.'],
    ['an unreal date received', { dateReceived: '2024-02-30' }, 'batch.dateReceived: Enter a real date (MM/DD/YYYY).'],
    [
      'a negative declared count',
      { declaredPageCount: -1 },
      'batch.declaredPageCount: The declared page count cannot be negative.',
    ],
  ])('records:importPaths refuses a new batch with %s, naming the field, and creates nothing', async (_what, bad, message) => {
    const failure = await refusal('records:importPaths', {
      caseId,
      batch: { ...batch, ...bad },
      paths: [path.join(t.dir, 'Fictional records.pdf')],
    });
    expect(failure).toEqual({ code: 'invalid-input', message });
    expect((await t.invoke('records:overview', { caseId })).batches).toEqual([]);
  });

  it('records:updateBatch refuses an over-long sender and keeps the batch as it was', async () => {
    // One file imports (so the batch stays; an import that brings nothing removes the batch it made), one is missing.
    const letter = path.join(t.dir, 'Fictional letter.pdf');
    fs.writeFileSync(letter, await textPdf({ pages: 2, seed: 51 }));
    const { jobId } = await t.invoke('records:importPaths', { caseId, batch, paths: [letter, path.join(t.dir, 'Gone.pdf')] });
    let status = await t.invoke('records:importStatus', { jobId });
    while (!['done', 'cancelled', 'failed'].includes(status.state)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await t.invoke('records:importStatus', { jobId });
    }
    expect(status.fileProblems.map((p) => p.fileName)).toEqual(['Gone.pdf']);
    const { batchId } = status;
    const failure = await refusal('records:updateBatch', { batchId, batch: { ...batch, sender: 'S'.repeat(201) } });
    expect(failure).toEqual({ code: 'invalid-input', message: 'batch.sender: Keep the sender to 200 characters or fewer.' });
    expect((await t.invoke('records:overview', { caseId })).batches).toMatchObject([{ id: batchId, sender: batch.sender }]);
    await t.invoke('records:deleteBatch', { batchId });
  });
});
