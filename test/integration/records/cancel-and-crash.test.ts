// A cancelled, failed or crashed import leaves no half-imported file: every file is either complete in the
// database and the case folder, or absent from both. Leftovers of a crash are removed at the next start.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import { ExtractPool } from '../../../electron/backend/records/extract-pool';
import { createImportService } from '../../../electron/backend/records/import-service';
import { createInlineWriter, type RecordWriter } from '../../../electron/backend/records/record-writer';
import { createRecordsModule } from '../../../electron/backend/records/records-module';
import type { ImportStatus } from '../../../electron/common/records/records-types';
import { textPdf } from '../../fixtures/generate-pdfs';
import { assertConsistent, BATCH, createHarness, folderContents, type Harness } from './records-harness';

let dir: string;
/** Three 300-page files: long enough to cancel or kill between files. */
let big: string[];
let small: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-cancel-'));
  const write = async (name: string, pages: number, seed: number) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await textPdf({ pages, seed }));
    return file;
  };
  big = [await write('Packet 1.pdf', 300, 11), await write('Packet 2.pdf', 300, 12), await write('Packet 3.pdf', 300, 13)];
  small = [await write('Letter 1.pdf', 6, 21), await write('Letter 2.pdf', 4, 22)];
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function until(h: Harness, jobId: string, done: (s: ImportStatus) => boolean): Promise<ImportStatus> {
  for (;;) {
    const s = h.records.imports.getImportStatus(jobId);
    if (done(s) || ['done', 'cancelled', 'failed'].includes(s.state)) return s;
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('cancel', () => {
  it('keeps the files finished before the cancel and nothing of the one in progress', async () => {
    const h = createHarness({ resumeOcr: false });
    try {
      const jobId = h.records.imports.startImport(h.caseId, BATCH, big);
      const seen = await until(h, jobId, (s) => s.filesImported >= 1);
      expect(seen.state).toBe('importing');
      h.records.imports.cancelImport(jobId);
      const final = await h.records.imports.waitForImport(jobId);

      expect(final.state).toBe('cancelled');
      expect(final.fileProblems).toEqual([]);
      const files = h.records.repo.listFiles(h.caseId);
      expect(files.length).toBe(final.filesImported);
      expect(files.length).toBeGreaterThanOrEqual(1);
      expect(files.length).toBeLessThan(3);
      for (const f of files) expect(f.pageCount).toBe(300);
      assertConsistent(h);
    } finally {
      await h.close();
    }
  });

  it('cancelled at once, leaves no batch and the folder clean', async () => {
    const h = createHarness({ resumeOcr: false });
    try {
      const jobId = h.records.imports.startImport(h.caseId, BATCH, big);
      h.records.imports.cancelImport(jobId);
      const final = await h.records.imports.waitForImport(jobId);
      expect(final.state).toBe('cancelled');
      expect(h.records.repo.listFiles(h.caseId)).toEqual([]);
      expect(h.records.repo.listBatches(h.caseId)).toEqual([]);
      expect(folderContents(h)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('failure while saving', () => {
  it('a file whose commit fails is removed from the folder; the next file imports', async () => {
    const h = createHarness({ resumeOcr: false });
    const pool = new ExtractPool({ size: 2, fileKey: h.records.fileKey });
    const inline = createInlineWriter(h.db);
    let calls = 0;
    const writer: RecordWriter = {
      ...inline,
      commitFile: (meta, stageId, pageCount) =>
        ++calls === 1 ? Promise.reject(new Error('disk-full')) : inline.commitFile(meta, stageId, pageCount),
    };
    const imports = createImportService({ db: h.db, dataDir: h.dataDir, pool, writer });
    try {
      const status = await imports.waitForImport(imports.startImport(h.caseId, BATCH, small));
      expect(status.fileProblems).toEqual([
        {
          fileName: 'Letter 1.pdf',
          message: 'Letter 1.pdf could not be stored: the disk is full. Free some space and import it again.',
        },
      ]);
      expect(h.records.repo.listFiles(h.caseId).map((f) => f.originalName)).toEqual(['Letter 2.pdf']);
      assertConsistent(h);
    } finally {
      await imports.close();
      await pool.close();
      await h.close();
    }
  });
});

describe('crash', () => {
  it('a killed import leaves complete files only, and the next start removes its leftovers', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-crash-'));
    const caseId = 'crash-case';
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'crash-child.ts'), dataDir, caseId, ...big], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((r) => child.once('exit', r));
    try {
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      const killedAt = await new Promise<ImportStatus | null>((resolve) => {
        let buffer = '';
        child.stdout.on('data', (d) => {
          buffer += String(d);
          const lines = buffer.split('\n');
          buffer = lines.pop()!;
          for (const line of lines) {
            const s = JSON.parse(line) as ImportStatus;
            // Kill once the first file is in and the second is being read.
            if (s.filesImported >= 1 && s.pagesDone > 300) {
              child.kill('SIGKILL');
              resolve(s);
            }
          }
        });
        void exited.then(() => resolve(null));
      });
      expect(killedAt, stderr).not.toBeNull();
      await exited;

      // The next start: opening the records module sweeps what the killed import left behind.
      const db = openDatabase(path.join(dataDir, 'medlegal.sqlite3'));
      const restarted = createRecordsModule({ db, dataDir, resumeOcr: false });
      try {
        const files = restarted.repo.listFiles(caseId);
        expect(files.length).toBeGreaterThanOrEqual(1);
        expect(files.length).toBeLessThan(3);
        for (const f of files) expect(f.pageCount).toBe(300);
        assertConsistent({ db, dataDir, caseId });
      } finally {
        await restarted.close();
        db.close();
      }
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('the start-up sweep removes temp copies and stored files no row refers to', async () => {
    const h = createHarness({ resumeOcr: false });
    try {
      const jobId = h.records.imports.startImport(h.caseId, BATCH, small);
      await h.records.imports.waitForImport(jobId);
      const kept = folderContents(h);
      fs.writeFileSync(path.join(h.recordsFolder, '.import-deadbeef-0.part'), 'half a copy');
      fs.writeFileSync(path.join(h.recordsFolder, `${'ab'.repeat(32)}.pdf`), '%PDF-1.7 renamed but never committed');
      fs.writeFileSync(path.join(h.recordsFolder, 'notes.txt'), 'not ours to delete');
      const again = createImportService({
        db: h.db,
        dataDir: h.dataDir,
        pool: new ExtractPool({ size: 1 }),
        writer: createInlineWriter(h.db),
      });
      await again.close();
      expect(folderContents(h)).toEqual([...kept, 'notes.txt'].sort());
    } finally {
      await h.close();
    }
  });
});
