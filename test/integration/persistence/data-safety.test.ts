// The data folder is private and has one writer: only the user may open it, a second app on the same folder is refused
// with where the first runs (and a crashed one's lock is taken over), a failed write says it was NOT saved and loses
// nothing saved before, and a purged case leaves no trace of its examinee in the database file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/backend/backend-options';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { openDatabaseFile } from '../../../electron/backend/persistence/database-encryption';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import { invoke, invokeRaw } from '../../helpers/invoke';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const FIELDS = {
  examineeName: 'Zebulon Q. Purgeworthy',
  dateOfBirth: '1970-01-02',
  claimNumber: 'PURGE-7731-XQ',
  employer: 'Fictional Employer',
  claimsAdministrator: 'Fictional Claims',
  reportKind: 'QME',
  examDate: null,
} as const;

const dirs: string[] = [];
const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-safety-'));
  dirs.push(dir);
  return dir;
}
function start(dataDir: string): Backend {
  const backend = createBackend({
    dataDir,
    host: { chooseSavePath: async () => null },
    pdfCopies: false,
    databaseKey: TEST_DATABASE_KEY,
  });
  open.push(backend);
  return backend;
}
async function stop(backend: Backend): Promise<void> {
  open.splice(open.indexOf(backend), 1);
  await backend.close();
}
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe.runIf(process.platform !== 'win32')('a private data folder', () => {
  it('is readable by its user only: folder 0700, database files 0600, also when it was created open to others', async () => {
    const dataDir = tempDir();
    fs.chmodSync(dataDir, 0o755);
    const backend = start(dataDir);
    await invoke(backend.registry, 'cases:create', { fields: FIELDS });
    const db = path.join(dataDir, DATABASE_FILE_NAME);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(db)).toBe(0o600);
    expect(mode(`${db}-wal`)).toBe(0o600);
  });
});

describe('one writer per data folder', () => {
  it('refuses a second app on the folder, naming the process, and takes over the lock once that process is killed', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'lock-child.ts'), dataDir], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d) => String(d).includes('ready') && resolve());
        child.once('exit', () => reject(new Error(`the other app stopped: ${stderr}`)));
      });

      expect(() => start(dataDir)).toThrow(new RegExp(`already open on the data folder .*process ${child.pid} on this computer`));

      // Killed as a crash would end it: its lock names a process that is gone, and the next start takes it over.
      child.kill('SIGKILL');
      await exited;
      const backend = start(dataDir);
      expect((await invoke(backend.registry, 'cases:list', {})).length).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('lets the folder open again after the app closed it', async () => {
    const dataDir = tempDir();
    await stop(start(dataDir));
    expect(() => start(dataDir)).not.toThrow();
  });
});

describe('a write that fails says it was not saved and loses nothing saved before', () => {
  const saved = paragraphsToDocument(['Saved before the failure.']);
  const typed = paragraphsToDocument(['Typed while the disk was full. '.repeat(4000)]);

  async function caseWithText(backend: Backend): Promise<string> {
    const { id } = await invoke(backend.registry, 'cases:create', { fields: FIELDS });
    await invoke(backend.registry, 'documents:save', { caseId: id, sectionId: 'history-of-injury', content: saved });
    return id;
  }

  it.each([
    [
      'the disk is full',
      (b: Backend) => b.db.pragma(`max_page_count = ${b.db.pragma('page_count', { simple: true })}`),
      /disk that holds your data folder is full/,
    ],
    ['the file is read-only', (b: Backend) => b.db.pragma('query_only = ON'), /cannot be written to/],
  ])('when %s', async (_, fail, cause) => {
    const backend = start(tempDir());
    const caseId = await caseWithText(backend);
    fail(backend);
    const result = await invokeRaw(backend.registry, 'documents:save', {
      caseId,
      sectionId: 'history-of-injury',
      content: typed,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(/^This change was NOT saved\./);
    expect(message).toMatch(cause);
    expect(message).not.toMatch(/safe/);
    const kept = await invoke(backend.registry, 'documents:get', { caseId, sectionId: 'history-of-injury' });
    expect(kept.content).toEqual(saved);
  });

  it('when another program holds the file busy', async () => {
    const dataDir = tempDir();
    const backend = start(dataDir);
    const caseId = await caseWithText(backend);
    backend.db.pragma('busy_timeout = 50');
    const other = openDatabaseFile(path.join(dataDir, DATABASE_FILE_NAME), { databaseKey: TEST_DATABASE_KEY });
    try {
      other.exec('BEGIN EXCLUSIVE');
      const result = await invokeRaw(backend.registry, 'documents:save', {
        caseId,
        sectionId: 'history-of-injury',
        content: typed,
      });
      expect(result.ok ? '' : result.error.message).toMatch(/^This change was NOT saved\. The data file is busy/);
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    const kept = await invoke(backend.registry, 'documents:get', { caseId, sectionId: 'history-of-injury' });
    expect(kept.content).toEqual(saved);
  });
});

/** A one-page record with this text: its words go into the full-text index of the records. */
async function recordSaying(dir: string, text: string): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([612, 792]).drawText(text, {
    x: 50,
    y: 700,
    size: 11,
    font,
  });
  const file = path.join(dir, 'record.pdf');
  fs.writeFileSync(file, await doc.save());
  return file;
}

describe('a purged case', () => {
  it('leaves neither the examinee name nor the claim number in the database file, records index included', async () => {
    const dataDir = tempDir();
    const backend = start(dataDir);
    const { id } = await invoke(backend.registry, 'cases:create', { fields: FIELDS });
    await invoke(backend.registry, 'documents:save', {
      caseId: id,
      sectionId: 'history-of-injury',
      content: paragraphsToDocument([`${FIELDS.examineeName} lifted a box; claim ${FIELDS.claimNumber}.`]),
    });
    const { imports } = backend.services.recordsModule;
    const batch = {
      sender: 'Fictional Clinic',
      dateReceived: '2026-10-01',
      declaredPageCount: null,
      senderDeclarationReceived: false,
    };
    const record = await recordSaying(
      tempDir(),
      `Patient: ${FIELDS.examineeName}, claim ${FIELDS.claimNumber}. Seen by Dr. Quillfeather.`,
    );
    const otherRecord = await recordSaying(tempDir(), 'Patient: Other Person. Seen by Dr. Keepwell.');
    // Another case keeps its records: the index stays, so the purged case's words must leave it, not just their rows.
    const other = await invoke(backend.registry, 'cases:create', {
      fields: { ...FIELDS, examineeName: 'Other Person', claimNumber: 'KEEP-1' },
    });
    for (const [caseId, file] of [
      [other.id, otherRecord],
      [id, record],
    ] as const)
      expect((await imports.waitForImport(imports.startImport(caseId, batch, [file]))).state).toBe('done');
    expect((await invoke(backend.registry, 'records:search', { caseId: id, query: 'Quillfeather', limit: 5 })).hits).toHaveLength(
      1,
    );
    await invoke(backend.registry, 'cases:delete', { id });
    // Closing the app removes the deleted case for good.
    await stop(backend);
    const files = fs.readdirSync(dataDir).filter((f) => f.startsWith(DATABASE_FILE_NAME));
    expect(files).toContain(DATABASE_FILE_NAME);
    for (const f of files) {
      // Lower case too: the full-text indexes keep words folded (and stemmed: "quillfeath…").
      const text = fs.readFileSync(path.join(dataDir, f)).toString('latin1').toLowerCase();
      for (const word of ['purgeworth', 'quillfeath', FIELDS.claimNumber.toLowerCase()])
        expect(text, `${word} in ${f}`).not.toContain(word);
    }
  });
});
