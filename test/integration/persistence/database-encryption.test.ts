// The database is encrypted at rest: the examinee's name and claim number are in neither the database file nor its WAL,
// the app reads them back; a plain file from an earlier version is encrypted at the next start, also when that start is
// killed at any step; a wrong key says what happened and changes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/backend/backend-options';
import { createBackend } from '../../../electron/backend/create-backend';
import { isPlainDatabaseFile, type EncryptStep } from '../../../electron/backend/persistence/database-encryption';
import { openDatabase } from '../../../electron/backend/persistence/open-database';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import { invoke } from '../../helpers/invoke';
import { createTempBackend, TEST_DATABASE_KEY, type TempBackend } from '../../helpers/temp-backend';
import { sha256, tempDatabaseFile, type TempData } from './temp-database';

const NAME = 'Quillon Zephyrine Marchetti';
const CLAIM = 'ZQX-40417-CLAIM';
const NOTE = 'Distinctive narrative phrase xylophone-harbor';
const FIELDS = {
  examineeName: NAME,
  dateOfBirth: '1975-03-02',
  claimNumber: CLAIM,
  employer: 'Fictional Freight Co.',
  claimsAdministrator: 'Fictional Claims Inc.',
  reportKind: 'QME' as const,
  examDate: '2026-11-02',
};

const backends: TempBackend[] = [];
const temps: TempData[] = [];
afterEach(async () => {
  for (const b of backends.splice(0)) await b.cleanup();
  temps.splice(0).forEach((t) => t.remove());
});
const tempBackend = (options: Parameters<typeof createTempBackend>[0] = {}) => {
  const b = createTempBackend({ prefix: 'medlegal-encryption-', ...options });
  backends.push(b);
  return b;
};

/** The raw bytes of the database file and its WAL, as another program (or a stolen disk) would read them. */
function rawBytes(dataDir: string): Buffer {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  return Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
}

function expectNoPhi(bytes: Buffer): void {
  for (const secret of [NAME, CLAIM, NOTE, 'Quillon', 'ZQX-40417']) {
    expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16)`).toBe(false);
  }
}

async function writeCase(b: TempBackend): Promise<string> {
  const { id } = await b.invoke('cases:create', { fields: FIELDS });
  await b.invoke('documents:save', { caseId: id, sectionId: 'history-of-injury', content: paragraphsToDocument([NOTE]) });
  return id;
}

describe('the database at rest', () => {
  it('holds neither the examinee name, the claim number nor the narrative in its file or WAL, and reads them back', async () => {
    const b = tempBackend();
    const id = await writeCase(b);
    const dbFile = path.join(b.dataDir, DATABASE_FILE_NAME);
    // While the app runs: the new pages are in the WAL.
    expect(fs.statSync(`${dbFile}-wal`).size).toBeGreaterThan(0);
    expectNoPhi(rawBytes(b.dataDir));
    expect(isPlainDatabaseFile(dbFile)).toBe(false);

    await b.reopen();
    expectNoPhi(rawBytes(b.dataDir));
    const [listed] = (await b.invoke('cases:list', {})).filter((c) => c.id === id);
    expect(listed?.examineeName).toBe(NAME);
    const doc = await b.invoke('documents:get', { caseId: id, sectionId: 'history-of-injury' });
    expect(JSON.stringify(doc.content)).toContain(NOTE);
  });

  it('cannot be opened with another key: the message says what happened and what to do, and the file is unchanged', async () => {
    const b = tempBackend();
    await writeCase(b);
    await b.backend.close();
    const dbFile = path.join(b.dataDir, DATABASE_FILE_NAME);
    const before = sha256(dbFile);
    const otherKey = Buffer.alloc(32, 9);
    expect(() => openDatabase(dbFile, { databaseKey: otherKey })).toThrow(
      /could not be unlocked.*key.*Your data was not changed.*restore a backup/s,
    );
    expect(() => openDatabase(dbFile)).toThrow(/could not be opened|not a MedLegal Writer database/);
    expect(sha256(dbFile)).toBe(before);
    await b.reopen(); // the right key still opens it
  });
});

describe('a plain database from an earlier version', () => {
  it('is encrypted at the next start, keeps every case, and leaves no plain copy beside it', async () => {
    const b = tempBackend({ databaseKey: null });
    const id = await writeCase(b);
    await b.backend.close();
    const dbFile = path.join(b.dataDir, DATABASE_FILE_NAME);
    expect(isPlainDatabaseFile(dbFile)).toBe(true);
    expect(fs.readFileSync(dbFile).includes(Buffer.from(NAME))).toBe(true); // the test can see the name at all

    const next = createBackend({ ...b.options, databaseKey: TEST_DATABASE_KEY });
    try {
      const listed = await invoke(next.registry, 'cases:list', {});
      expect(listed.find((c) => c.id === id)?.examineeName).toBe(NAME);
    } finally {
      await next.close();
    }
    expect(isPlainDatabaseFile(dbFile)).toBe(false);
    expectNoPhi(rawBytes(b.dataDir));
    expect(fs.readdirSync(b.dataDir).filter((f) => f.includes('encrypting'))).toEqual([]);
  });

  const steps: EncryptStep[] = ['folded', 'copied', 'rekeyed', 'verified', 'renamed'];
  it.each(steps)('killed (SIGKILL) right after the step "%s" leaves a file the next start opens with every row', (step) => {
    const t = tempDatabaseFile();
    temps.push(t);
    // A crashed earlier version: a plain file whose newest rows are still in its WAL.
    const plain = openDatabase(t.file);
    plain.pragma('wal_autocheckpoint = 0');
    const now = new Date().toISOString();
    plain
      .prepare(
        "INSERT INTO cases (id, examinee_name, claim_number, report_kind, created_at, updated_at) VALUES ('c1', ?, ?, 'QME', ?, ?)",
      )
      .run(NAME, CLAIM, now, now);
    const crashed = tempDatabaseFile();
    temps.push(crashed);
    for (const suffix of ['', '-wal']) fs.copyFileSync(`${t.file}${suffix}`, `${crashed.file}${suffix}`);
    plain.close();
    expect(fs.statSync(`${crashed.file}-wal`).size).toBeGreaterThan(0);

    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'encrypt-kill-child.ts'), crashed.file, step],
      { encoding: 'utf8' },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const db = openDatabase(crashed.file, { databaseKey: TEST_DATABASE_KEY });
    try {
      expect(db.prepare('SELECT examinee_name AS n, claim_number AS c FROM cases').all()).toEqual([{ n: NAME, c: CLAIM }]);
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    expect(isPlainDatabaseFile(crashed.file)).toBe(false);
    expectNoPhi(rawBytes(crashed.dir));
    expect(fs.readdirSync(crashed.dir).filter((f) => f.includes('encrypting'))).toEqual([]);
  });
});
