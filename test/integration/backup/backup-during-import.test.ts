// A backup taken while a large records import runs restores to consistent data: each file of the import is absent or
// complete (never a file without all its pages; files finished before the backup stay, as after a crash at that moment),
// the overview's totals match the page rows, and the app imports again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportStatus } from '../../../electron/common/records/records-types';
import { textPdf } from '../../fixtures/generate-pdfs';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let pdfDir: string;
let t: TempBackend | undefined;
beforeAll(async () => {
  pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-backup-import-pdfs-'));
  fs.writeFileSync(path.join(pdfDir, 'Letter.pdf'), await textPdf({ pages: 5, seed: 31 }));
  fs.writeFileSync(path.join(pdfDir, 'Part 1.pdf'), await textPdf({ pages: 200, seed: 34 }));
  fs.writeFileSync(path.join(pdfDir, 'Large packet.pdf'), await textPdf({ pages: 3000, seed: 32 }));
  fs.writeFileSync(path.join(pdfDir, 'After restore.pdf'), await textPdf({ pages: 7, seed: 33 }));
}, 180_000);
afterAll(async () => {
  await t?.cleanup();
  fs.rmSync(pdfDir, { recursive: true, force: true });
});

const batch = (sender: string) => ({
  sender,
  dateReceived: '2026-11-30',
  declaredPageCount: null,
  senderDeclarationReceived: false,
});

async function finished(temp: TempBackend, jobId: string): Promise<ImportStatus> {
  let status = await temp.invoke('records:importStatus', { jobId });
  while (!['done', 'cancelled', 'failed'].includes(status.state)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    status = await temp.invoke('records:importStatus', { jobId });
  }
  return status;
}

/** What a person would find wrong in the records after a restore, as sentences; [] when consistent. */
function inconsistencies(temp: TempBackend, caseId: string): string[] {
  const { db } = temp.backend;
  const problems: string[] = [];
  const files = db
    .prepare(
      `SELECT f.id, f.stored_path AS storedPath, f.page_count AS pageCount,
        (SELECT COUNT(*) FROM record_pages p WHERE p.file_id = f.id) AS pages FROM record_files f WHERE f.case_id = ?`,
    )
    .all(caseId) as { id: string; storedPath: string; pageCount: number; pages: number }[];
  for (const f of files) {
    if (f.pages !== f.pageCount) problems.push(`a file lists ${f.pageCount} pages but has ${f.pages} page rows`);
    if (!fs.existsSync(path.join(temp.dataDir, ...f.storedPath.split('/')))) problems.push('a file row has no stored PDF');
  }
  const { orphans } = db
    .prepare(
      'SELECT COUNT(*) AS orphans FROM record_pages p WHERE NOT EXISTS (SELECT 1 FROM record_files f WHERE f.id = p.file_id)',
    )
    .get() as { orphans: number };
  if (orphans > 0) problems.push(`${orphans} page rows without a file`);
  const { empty } = db
    .prepare(
      'SELECT COUNT(*) AS empty FROM record_batches b WHERE case_id = ? AND NOT EXISTS (SELECT 1 FROM record_files f WHERE f.batch_id = b.id)',
    )
    .get(caseId) as { empty: number };
  if (empty > 0) problems.push(`${empty} batches without files (a half import)`);
  const recordsDir = path.join(temp.dataDir, 'cases', caseId, 'records');
  const stored = new Set(files.map((f) => path.basename(f.storedPath)));
  const extra = fs.existsSync(recordsDir) ? fs.readdirSync(recordsDir).filter((n) => !stored.has(n)) : [];
  if (extra.length > 0) problems.push(`${extra.length} files in the records folder no file row names`);
  db.prepare("INSERT INTO record_pages_fts (record_pages_fts, rank) VALUES ('integrity-check', 1)").run();
  return problems;
}

it('restores a backup taken mid-import to consistent records, and imports again', { timeout: 600_000 }, async () => {
  const saved = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-backup-import-saved-'));
  const dialogs = { open: null as string | null };
  t = createTempBackend({
    prefix: 'medlegal-backup-import-',
    dataSubdir: 'data',
    host: { chooseSavePath: async (name) => path.join(saved, name), chooseOpenFile: async () => dialogs.open },
  });
  const temp = t;
  const caseId = (
    await temp.invoke('cases:create', {
      fields: {
        examineeName: 'Rowan Midimport',
        dateOfBirth: null,
        claimNumber: 'MID-1',
        employer: '',
        claimsAdministrator: '',
        reportKind: 'QME',
        examDate: null,
      },
    })
  ).id;
  const first = await temp.invoke('records:importPaths', {
    caseId,
    batch: batch('Valley Clinic'),
    paths: [path.join(pdfDir, 'Letter.pdf')],
  });
  expect((await finished(temp, first.jobId)).state).toBe('done');

  // The large import runs; once pages are coming in, the physician backs up.
  const large = await temp.invoke('records:importPaths', {
    caseId,
    batch: batch('Sierra Imaging'),
    paths: [path.join(pdfDir, 'Part 1.pdf'), path.join(pdfDir, 'Large packet.pdf')],
  });
  for (;;) {
    const s = await temp.invoke('records:importStatus', { jobId: large.jobId });
    if (s.state === 'importing' && s.filesImported >= 1) break;
    expect(['done', 'failed', 'cancelled']).not.toContain(s.state);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const written = await temp.invoke('backup:create', {});
  const stateAfterBackup = (await temp.invoke('records:importStatus', { jobId: large.jobId })).state;
  expect(stateAfterBackup).toBe('importing');
  expect((await finished(temp, large.jobId)).state).toBe('done');

  // Restore as the app does: check, confirm (staged), and the next start swaps it in.
  dialogs.open = written.filePath!;
  const preview = await temp.invoke('backup:inspect', {});
  await temp.invoke('backup:restore', { stagedId: preview!.stagedId });
  await temp.reopen();

  expect(inconsistencies(temp, caseId)).toEqual([]);
  const overview = await temp.invoke('records:overview', { caseId });
  expect(overview.batches.map((b) => b.sender).sort()).toEqual(['Sierra Imaging', 'Valley Clinic']);
  // The file finished before the backup is there whole; the one being read is absent, or complete with all its pages.
  expect(overview.files.find((f) => f.originalName === 'Part 1.pdf')?.pageCount).toBe(200);
  const largeFile = overview.files.find((f) => f.originalName === 'Large packet.pdf');
  if (largeFile) expect(largeFile.pageCount).toBe(3000);
  const { pages } = temp.backend.db
    .prepare('SELECT COUNT(*) AS pages FROM record_pages p JOIN record_files f ON f.id = p.file_id WHERE f.case_id = ?')
    .get(caseId) as { pages: number };
  expect(overview.totals.pagesReceived).toBe(pages);
  expect(overview.totals.batches.reduce((n, b) => n + b.countedPages, 0)).toBe(pages);

  // The restored app imports again.
  const again = await temp.invoke('records:importPaths', {
    caseId,
    batch: batch('Coastal Orthopedics'),
    paths: [path.join(pdfDir, 'After restore.pdf')],
  });
  expect((await finished(temp, again.jobId)).state).toBe('done');
  expect(inconsistencies(temp, caseId)).toEqual([]);
  expect((await temp.invoke('records:overview', { caseId })).totals.pagesReceived).toBe(pages + 7);
  fs.rmSync(saved, { recursive: true, force: true });
  fs.rmSync(`${temp.dataDir} backups`, { recursive: true, force: true });
});
