// What an import leaves and says: no empty sender batch after a cancelled, failed or killed import (a batch that was
// there before, or that the physician edited, stays); a non-PDF file beside a PDF is named and the PDF imports; the
// page progress never goes down, even when a file is refused partway; an empty PDF shell is called what it is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractPool } from '../../../electron/backend/records/extract-pool';
import { createImportService } from '../../../electron/backend/records/import-service';
import { createInlineWriter, type RecordWriter } from '../../../electron/backend/records/record-writer';
import type { ImportStatus } from '../../../electron/common/records/records-types';
import { textPdf } from '../../fixtures/generate-pdfs';
import { createTempBackend } from '../../helpers/temp-backend';
import { assertConsistent, BATCH, createCase, createHarness, importFiles, type Harness } from './records-harness';

let h: Harness;
let dir: string;
let letter: string;
let packet: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-leftovers-'));
  letter = path.join(dir, 'Letter.pdf');
  fs.writeFileSync(letter, await textPdf({ pages: 4, seed: 41 }));
  packet = path.join(dir, 'Packet.pdf');
  fs.writeFileSync(packet, await textPdf({ pages: 120, seed: 42 }));
  h = createHarness({ resumeOcr: false });
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('empty sender batches', () => {
  it('removes the batch an import created when it was cancelled before any file got in', async () => {
    const caseId = createCase(h.db);
    const jobId = h.records.imports.startImport(caseId, BATCH, [packet]);
    h.records.imports.cancelImport(jobId);
    expect((await h.records.imports.waitForImport(jobId)).state).toBe('cancelled');
    expect(h.records.repo.listBatches(caseId)).toEqual([]);
  });

  it('removes the batch an import created when every file was refused, but keeps a batch that was there before', async () => {
    const caseId = createCase(h.db);
    const refused = await importFiles(h, [path.join(dir, 'Gone.pdf')], undefined, caseId);
    expect(refused.fileProblems.map((p) => p.fileName)).toEqual(['Gone.pdf']);
    expect(h.records.repo.listBatches(caseId)).toEqual([]);

    await importFiles(h, [letter], undefined, caseId);
    const [batch] = h.records.repo.listBatches(caseId);
    await importFiles(h, [path.join(dir, 'Gone.pdf')], { batchId: batch!.id }, caseId);
    expect(h.records.repo.listBatches(caseId).map((b) => b.id)).toEqual([batch!.id]);
  });

  it('the next start removes the empty batch a killed import left, not one the physician edited', async () => {
    const caseId = createCase(h.db);
    const left = h.records.repo.createBatch(caseId, BATCH);
    const edited = h.records.repo.createBatch(caseId, { ...BATCH, sender: 'Applicant attorney' });
    h.db.prepare(`UPDATE record_batches SET updated_at = '2099-01-01T00:00:00.000Z' WHERE id = ?`).run(edited.id);
    const pool = new ExtractPool({ size: 1, fileKey: h.records.fileKey });
    const restarted = createImportService({ db: h.db, dataDir: h.dataDir, pool, writer: createInlineWriter(h.db) });
    await restarted.close();
    await pool.close();
    expect(h.records.repo.listBatches(caseId).map((b) => b.id)).toEqual([edited.id]);
    expect(left.id).not.toBe(edited.id);
  });
});

describe('messages', () => {
  it('names a non-PDF file dropped beside a PDF and imports the PDF', async () => {
    const t = createTempBackend({ prefix: 'medlegal-records-mixed-' });
    try {
      const fields = {
        examineeName: 'Sample, Pat (fictional)',
        dateOfBirth: null,
        claimNumber: '',
        employer: '',
        claimsAdministrator: '',
        reportKind: 'QME' as const,
        examDate: null,
      };
      const caseId = (await t.invoke('cases:create', { fields })).id;
      const docx = path.join(dir, 'cover-letter.docx');
      fs.writeFileSync(docx, 'not opened');
      const { jobId } = await t.invoke('records:importPaths', { caseId, batch: BATCH, paths: [letter, docx] });
      let status = await t.invoke('records:importStatus', { jobId });
      while (!['done', 'cancelled', 'failed'].includes(status.state)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        status = await t.invoke('records:importStatus', { jobId });
      }
      expect(status).toMatchObject({ state: 'done', filesImported: 1, pagesImported: 4 });
      expect(status.fileProblems).toEqual([
        {
          fileName: 'cover-letter.docx',
          message:
            'cover-letter.docx is not a PDF file, so it was not imported; the other files were. Save it as a PDF and import that.',
        },
      ]);
    } finally {
      await t.cleanup();
    }
  });

  it('keeps the page progress from going down when a file is refused partway', async () => {
    const pool = new ExtractPool({ size: 2, fileKey: h.records.fileKey });
    const inline = createInlineWriter(h.db);
    let calls = 0;
    const writer: RecordWriter = {
      ...inline,
      commitFile: (meta, stageId, pageCount) =>
        ++calls === 1 ? Promise.reject(new Error('disk-full')) : inline.commitFile(meta, stageId, pageCount),
    };
    const imports = createImportService({ db: h.db, dataDir: h.dataDir, pool, writer, sweepOnStart: false });
    const caseId = createCase(h.db);
    try {
      const jobId = imports.startImport(caseId, BATCH, [packet, letter]);
      const seen: ImportStatus[] = [];
      for (;;) {
        const s = imports.getImportStatus(jobId);
        seen.push(s);
        if (['done', 'cancelled', 'failed'].includes(s.state)) break;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const done = seen.map((s) => s.pagesDone);
      for (let i = 1; i < done.length; i++) expect(done[i]).toBeGreaterThanOrEqual(done[i - 1]!);
      for (const s of seen) expect(s.pagesDone).toBeLessThanOrEqual(Math.max(s.pagesTotal, s.pagesDone));
      const last = seen.at(-1)!;
      expect(last).toMatchObject({ state: 'done', filesImported: 1, pagesImported: 4, pagesDone: 124, pagesTotal: 124 });
      expect(last.fileProblems.map((p) => p.fileName)).toEqual(['Packet.pdf']);
      assertConsistent({ db: h.db, dataDir: h.dataDir, caseId });
    } finally {
      await imports.close();
      await pool.close();
    }
  });

  it.each([
    ['a header and end marker only', '%PDF-1.4\n%%EOF\n', 'a PDF header, no page'],
    [
      'a catalog object and no xref',
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n',
      'a PDF header and 1 other object, no page',
    ],
  ])('calls a 0-page file without xref (%s) an empty PDF shell, not damaged', async (_what, body, detail) => {
    const shell = path.join(dir, 'Export.pdf');
    fs.writeFileSync(shell, body, 'latin1');
    const caseId = createCase(h.db);
    const status = await importFiles(h, [shell, letter], undefined, caseId);
    expect(status.fileProblems).toEqual([
      {
        fileName: 'Export.pdf',
        message: `Export.pdf has no pages: it is an empty PDF shell (${detail} and no cross-reference table), as a failed save or export leaves, not a damaged copy of records. Ask the sender for the document again.`,
      },
    ]);
    expect(status.filesImported).toBe(1);
  });
});
