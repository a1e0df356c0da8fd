// The "Records reviewed" table through the real backend: PDFs imported into two sender batches, chronology entries with
// summaries and relied-upon marks, then the one report pipeline (assemble → render). The exported .docx lists each
// batch with its records, their summaries and marks, the pages no entry cites, and totals equal to the page verification.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { paragraphsToDocument, type RichDocument } from '../../../electron/common/document/doc-model';
import type { ChronologyEntryInput } from '../../../electron/common/records/records-types';
import { renderReport } from '../../../electron/backend/report/render-report';
import { writeFixtureSet, type FixtureSet } from '../../fixtures/generate-pdfs';
import { docxText } from '../../helpers/docx';
import { PHYSICIAN } from '../../unit/report/docx/report-fixture';
import { seedQmeCase, type SeededBackend } from '../export/seed-qme-case';

let fx: FixtureSet;
let seeded: SeededBackend;
let text: string;

const entry = (over: Partial<ChronologyEntryInput> & Pick<ChronologyEntryInput, 'summary'>): ChronologyEntryInput => ({
  dateOfService: null,
  provider: '',
  facility: '',
  recordType: '',
  source: null,
  reliedUpon: false,
  ...over,
});

const MRI_SUMMARY: RichDocument = [
  { type: 'paragraph', children: [{ text: 'MRI lumbar spine without contrast. Impression:' }] },
  {
    type: 'bulleted-list',
    children: [
      { type: 'list-item', children: [{ text: 'L4-5 disc protrusion, 4 mm, with moderate foraminal narrowing', bold: true }] },
      { type: 'list-item', children: [{ text: 'No acute fracture' }] },
    ],
  },
];

/** The text with runs of whitespace (mammoth separates cells and paragraphs by blank lines) as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

beforeAll(async () => {
  fx = await writeFixtureSet(fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-fixtures-')));
  seeded = await seedQmeCase();
  const { records, recordsModule, assembler } = seeded.backend.services;
  const importInto = async (batch: Parameters<typeof records.importPaths>[1], files: string[]) => {
    const { jobId } = records.importPaths(seeded.caseId, batch, files);
    const status = await recordsModule.imports.waitForImport(jobId);
    expect(status.state).toBe('done');
    return status.batchId;
  };
  await importInto(
    {
      sender: 'Golden Poppy Claims Services',
      dateReceived: '2024-03-01',
      declaredPageCount: 12,
      senderDeclarationReceived: true,
    },
    [fx.textA],
  );
  await importInto(
    {
      sender: 'Law Office of J. Example (applicant)',
      dateReceived: '2024-04-10',
      declaredPageCount: 15,
      senderDeclarationReceived: true,
    },
    [fx.textB, fx.withDuplicates],
  );
  const files = new Map(recordsModule.repo.listFiles(seeded.caseId).map((f) => [f.originalName, f.id]));
  const fileId = (name: string) => files.get(name)!;
  records.createEntry(
    seeded.caseId,
    entry({
      dateOfService: '2024-01-05',
      provider: 'Maria Alvarez, M.D.',
      facility: 'Bayview Orthopaedic Medical Group',
      recordType: 'Initial orthopedic consultation',
      source: { fileId: fileId('Bayview Ortho records.pdf'), pageFrom: 1, pageTo: 3 },
      summary: paragraphsToDocument([
        'Low back pain after lifting a 60-pound carton at work on 12/28/2023.',
        'Diagnosis lumbar strain; modified duty, no lifting over 20 pounds.',
      ]),
      reliedUpon: true,
    }),
  );
  records.createEntry(
    seeded.caseId,
    entry({
      dateOfService: '2024-02-01',
      provider: 'Jonathan Pike, D.O.',
      recordType: "Primary treating physician's progress report (PR-2)",
      source: { fileId: fileId('Bayview Ortho records.pdf'), pageFrom: 4, pageTo: 5 },
      summary: paragraphsToDocument(['Pain unchanged at 6/10; continue physical therapy twice a week for six weeks.']),
      reliedUpon: false,
    }),
  );
  records.createEntry(
    seeded.caseId,
    entry({
      dateOfService: '2024-01-20',
      facility: 'Sierra Valley Imaging Center',
      recordType: 'MRI lumbar spine',
      source: { fileId: fileId('Sierra Imaging.pdf'), pageFrom: 1, pageTo: 2 },
      summary: MRI_SUMMARY,
      reliedUpon: true,
    }),
  );
  records.createEntry(
    seeded.caseId,
    entry({
      dateOfService: '2024-02-15',
      provider: 'Linda Chen, P.T.',
      facility: 'Harborside Physical Therapy',
      recordType: 'Physical therapy daily note',
      source: { fileId: fileId('Defense packet with repeats.pdf'), pageFrom: 4, pageTo: 5 },
      summary: paragraphsToDocument(['Visit 6 of 12: lumbar flexion improved to 60 degrees.']),
      reliedUpon: true,
    }),
  );
  records.createEntry(
    seeded.caseId,
    entry({
      recordType: "Employee's claim form (DWC-1)",
      summary: paragraphsToDocument(['Claim form signed by the applicant.']),
    }),
  );

  const report = await assembler.assemble(seeded.caseId);
  const { buffer } = await renderReport({ ...report, physician: PHYSICIAN }, { draft: false });
  const out = path.join(seeded.dir, 'records-reviewed.docx');
  fs.writeFileSync(out, buffer);
  if (process.env.MLW_KEEP_RECORDS_DOCX) fs.copyFileSync(out, process.env.MLW_KEEP_RECORDS_DOCX);
  text = flat(await docxText(out));
}, 120_000);

afterAll(async () => {
  await seeded?.close();
  if (fx) fs.rmSync(fx.dir, { recursive: true, force: true });
});

describe('the exported "Records reviewed" table', () => {
  it('groups the records by sender batch, with pages received and declared', () => {
    const first = text.indexOf('Received from Golden Poppy Claims Services on 03/01/2024: 12 pages received (12 declared)');
    const second = text.indexOf(
      'Received from Law Office of J. Example (applicant) on 04/10/2024: 13 pages received (15 declared by the sender; 3 repeat pages received earlier)',
    );
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    // Each record under its batch, numbered in date order across the case, with its pages and relied-upon mark.
    const batch1 = text.slice(first, second);
    expect(batch1).toContain(
      '1 01/05/2024 Maria Alvarez, M.D., Bayview Orthopaedic Medical Group Initial orthopedic consultation 3 Yes',
    );
    expect(batch1).toContain("3 02/01/2024 Jonathan Pike, D.O. Primary treating physician's progress report (PR-2) 2 No");
    const batch2 = text.slice(second);
    expect(batch2).toContain('2 01/20/2024 Sierra Valley Imaging Center MRI lumbar spine 2 Yes');
    expect(batch2).toContain('4 02/15/2024 Linda Chen, P.T., Harborside Physical Therapy Physical therapy daily note 2 Yes');
  });

  it("prints each record's summary and cited source under its row", () => {
    expect(text).toContain(
      'Low back pain after lifting a 60-pound carton at work on 12/28/2023. Diagnosis lumbar strain; modified duty, no lifting over 20 pounds. Source: Bayview Ortho records.pdf, pp. 1–3',
    );
    expect(text).toContain('MRI lumbar spine without contrast. Impression:');
    expect(text).toContain('• L4-5 disc protrusion, 4 mm, with moderate foraminal narrowing');
    expect(text).toContain('• No acute fracture Source: Sierra Imaging.pdf, pp. 1–2');
    expect(text).toContain('Records not tied to a received file (not part of the page count) 5 Undated Not stated');
    expect(text).toContain('Claim form signed by the applicant.');
  });

  it('accounts for every page received: pages not itemized per batch, duplicates, and the verified total', () => {
    expect(text).toContain('Pages received from Golden Poppy Claims Services not itemized above 7');
    expect(text).toContain('Pages received from Golden Poppy Claims Services 12');
    expect(text).toContain('Pages received from Law Office of J. Example (applicant) not itemized above 9');
    expect(text).toContain('Pages received from Law Office of J. Example (applicant) 13');
    expect(text).toContain(
      'Total pages received 25 Less exact duplicates of pages received earlier, not counted (3) Total pages reviewed 22',
    );
    expect(text).toMatch(/total number of pages of records reviewed by me in connection with this report is 22\b/);
  });
});

describe('the records table of a case whose pages are mostly not itemized', () => {
  it('accounts for a batch with no entries and for pages cited by two entries', async () => {
    const other = await seedQmeCase();
    onTestFinished(() => other.close());
    const { records, recordsModule, assembler } = other.backend.services;
    const caseId = other.caseId;
    const importInto = async (batch: Parameters<typeof records.importPaths>[1], files: string[]) => {
      const { jobId } = records.importPaths(caseId, batch, files);
      expect((await recordsModule.imports.waitForImport(jobId)).state).toBe('done');
    };
    await importInto(
      { sender: 'Kaiser Permanente', dateReceived: '2024-05-01', declaredPageCount: null, senderDeclarationReceived: false },
      [fx.textA],
    );
    await importInto(
      {
        sender: 'Sierra Valley Imaging Center',
        dateReceived: '2024-05-02',
        declaredPageCount: 8,
        senderDeclarationReceived: true,
      },
      [fx.textB],
    );
    const fileId = recordsModule.repo.listFiles(caseId).find((f) => f.originalName === 'Bayview Ortho records.pdf')!.id;
    for (const [pageFrom, pageTo] of [
      [1, 3],
      [2, 4],
    ] as const)
      records.createEntry(
        caseId,
        entry({ recordType: 'Progress note', source: { fileId, pageFrom, pageTo }, summary: paragraphsToDocument(['Seen.']) }),
      );

    const report = await assembler.assemble(caseId);
    expect(report.tables.records?.batches.map((b) => [b.sender, b.pagesReceived, b.pagesNotItemized, b.pagesCitedTwice])).toEqual(
      [
        ['Kaiser Permanente', 12, 8, 2],
        ['Sierra Valley Imaging Center', 8, 8, 0],
      ],
    );
    expect(report.tables.records).toMatchObject({ pagesReceived: 20, duplicatePages: 0, pagesReviewed: 20 });
    expect(report.records).toEqual({
      totalPagesReceived: 20,
      totalPagesReviewed: 20,
      recordsItemized: 2,
      senders: ['Kaiser Permanente', 'Sierra Valley Imaging Center'],
    });

    const out = path.join(other.dir, 'not-itemized.docx');
    fs.writeFileSync(out, (await renderReport({ ...report, physician: PHYSICIAN }, { draft: false })).buffer);
    const printed = flat(await docxText(out));
    expect(printed).toContain('Received from Kaiser Permanente on 05/01/2024: 12 pages received (no page count declared)');
    expect(printed).toContain(
      'Pages received from Kaiser Permanente not itemized above 8 Less pages cited by more than one record above (2) Pages received from Kaiser Permanente 12',
    );
    expect(printed).toContain(
      'Received from Sierra Valley Imaging Center on 05/02/2024: 8 pages received (8 declared) Pages received from Sierra Valley Imaging Center not itemized above 8',
    );
    expect(printed).toContain('Total pages received 20 Total pages reviewed 20');
  });
});
