// Shared setup for the records integration tests: a temp data folder with a real SQLite file, one case,
// the records module over them, and the generated fixture PDFs (written once per test file).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/backend/persistence/open-database';
import {
  createRecordsModule,
  type RecordsModule,
  type RecordsModuleOptions,
} from '../../../electron/backend/records/records-module';
import type { ImportStatus, NewBatchInput } from '../../../electron/common/records/records-types';
import { writeFixtureSet, type FixtureSet } from '../../fixtures/generate-pdfs';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';

export interface Harness {
  dataDir: string;
  db: Db;
  caseId: string;
  records: RecordsModule;
  recordsFolder: string;
  close(): Promise<void>;
}

let caseCounter = 0;

export function createCase(db: Db, id = `case-${++caseCounter}`): string {
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO cases (id, examinee_name, report_kind, created_at, updated_at) VALUES (?, 'Sample, Pat (fictional)', 'QME', ?, ?)`,
  ).run(id, now, now);
  return id;
}

export function createHarness(options: Partial<RecordsModuleOptions> = {}): Harness {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-records-'));
  // Encrypted as the app's is, so stored PDFs are sealed (fs/sealed-file.ts) as they are for a physician.
  const db = openDatabase(path.join(dataDir, 'medlegal.sqlite3'), { databaseKey: TEST_DATABASE_KEY });
  const caseId = createCase(db);
  const records = createRecordsModule({ db, dataDir, ...options });
  return {
    dataDir,
    db,
    caseId,
    records,
    recordsFolder: path.join(dataDir, 'cases', caseId, 'records'),
    async close() {
      await records.close();
      db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function fixtures(): Promise<FixtureSet> {
  return writeFixtureSet(fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-fixtures-')));
}

/** Before a test file: writes its fixture PDFs, then opens a harness over a fresh data folder. */
export async function openAll(options: Partial<RecordsModuleOptions> = {}): Promise<{ fx: FixtureSet; h: Harness }> {
  const fx = await fixtures();
  return { fx, h: createHarness(options) };
}

/** After a test file: closes its harness and deletes its fixture PDFs (either may be missing when its setup failed). */
export async function closeAll(h: Harness | undefined, fx: FixtureSet | undefined): Promise<void> {
  await h?.close();
  if (fx) fs.rmSync(fx.dir, { recursive: true, force: true });
}

export const BATCH: NewBatchInput = {
  sender: 'Defense attorney',
  dateReceived: '2024-03-01',
  declaredPageCount: null,
  senderDeclarationReceived: true,
};

export async function importFiles(
  h: Harness,
  files: string[],
  batch: NewBatchInput | { batchId: string } = BATCH,
  caseId = h.caseId,
): Promise<ImportStatus> {
  const jobId = h.records.imports.startImport(caseId, batch, files);
  return h.records.imports.waitForImport(jobId);
}

/** A data folder and its database (a harness, or a folder reopened after a crash). */
export type Store = Pick<Harness, 'db' | 'dataDir' | 'caseId'>;

/** What is on disk in the case's records folder. */
export function folderContents(h: Store, caseId = h.caseId): string[] {
  const dir = path.join(h.dataDir, 'cases', caseId, 'records');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/**
 * Nothing half-done: every stored PDF has a file row and every file row its PDF and all its pages; no temp files, no
 * viewer page tree without its PDF.
 */
export function assertConsistent(h: Store, caseId = h.caseId): void {
  const rows = h.db
    .prepare(
      'SELECT id, sha256, page_count, (SELECT COUNT(*) FROM record_pages p WHERE p.file_id = f.id) AS pages FROM record_files f WHERE case_id = ?',
    )
    .all(caseId) as {
    id: string;
    sha256: string;
    page_count: number;
    pages: number;
  }[];
  const all = folderContents(h, caseId);
  const expected = rows.map((r) => `${r.sha256}.pdf`).sort();
  // Beside a large PDF lies its page tree for the viewer (<sha256>.overlay); never without its PDF.
  const onDisk = all.filter((name) => !name.endsWith('.overlay'));
  const strayOverlay = all.find((name) => name.endsWith('.overlay') && !expected.includes(name.replace(/\.overlay$/, '.pdf')));
  if (strayOverlay) throw new Error(`records folder holds ${strayOverlay} without its PDF`);
  if (JSON.stringify(onDisk) !== JSON.stringify(expected)) {
    throw new Error(`records folder holds ${JSON.stringify(onDisk)} but the database lists ${JSON.stringify(expected)}`);
  }
  for (const r of rows) if (r.pages !== r.page_count) throw new Error(`file ${r.id} has ${r.pages} of ${r.page_count} pages`);
  const fts = h.db.prepare("INSERT INTO record_pages_fts (record_pages_fts, rank) VALUES ('integrity-check', 1)");
  fts.run();
}
