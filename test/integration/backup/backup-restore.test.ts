// Backup and restore over the real backend and SQLite: what a backup file holds and that it is checked; a restore brings
// back a case, its records and the physician's dictionary at the next start; a damaged, foreign or newer file is refused
// and changes nothing; and a failure at any point of a restore leaves the data the physician had.
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPendingRestore } from '../../../electron/backend/backup/pending-restore';
import { isPlainDatabaseFile, openDatabaseFile } from '../../../electron/backend/persistence/database-encryption';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { createTempBackend, TEST_DATABASE_KEY, type TempBackend } from '../../helpers/temp-backend';

const FIELDS: InputOf<'cases:create'>['fields'] = {
  examineeName: 'Made After Backup',
  dateOfBirth: null,
  claimNumber: 'AFTER-1',
  employer: '',
  claimsAdministrator: '',
  reportKind: 'QME',
  examDate: null,
};

let t: TempBackend | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** A backend whose save dialog answers <dir>/saved/<name> and whose open dialog answers what the test sets. */
function backendWithDialogs() {
  const dialogs = { open: null as string | null };
  const temp = createTempBackend({
    prefix: 'medlegal-backup-',
    dataSubdir: 'data',
    host: {
      chooseSavePath: async (name) => path.join(savedDir, name),
      chooseOpenFile: async () => dialogs.open,
    },
  });
  const savedDir = path.join(temp.dir, 'saved');
  fs.mkdirSync(savedDir);
  t = temp;
  return { t: temp, dialogs };
}

async function sampleWithWord(temp: TempBackend) {
  const caseId = (await temp.invoke('cases:openSample', { sample: 'qme' })).id;
  await temp.invoke('settings:addSpellingWord', { word: 'Lindqvistectomy' });
  return caseId;
}

const dataSnapshot = (temp: TempBackend) => ({
  cases: temp.invoke('cases:list', {}).then((list) => list.map((c) => c.examineeName).sort()),
  words: temp.invoke('settings:getSpellingWords', {}),
});

async function expectRefused(temp: TempBackend, dialogs: { open: string | null }, file: string, message: RegExp) {
  const before = { cases: await dataSnapshot(temp).cases, words: await dataSnapshot(temp).words };
  dialogs.open = file;
  const result = await temp.invokeRaw('backup:inspect', {});
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-file', message: expect.stringMatching(message) } });
  expect(fs.readdirSync(temp.dataDir).filter((n) => n.startsWith('.restore'))).toEqual([]);
  await temp.reopen();
  expect({ cases: await dataSnapshot(temp).cases, words: await dataSnapshot(temp).words }).toEqual(before);
}

describe('backup', () => {
  it(
    'writes one checked file with the database snapshot, every records file and the dictionary',
    { timeout: 120_000 },
    async () => {
      const { t } = backendWithDialogs();
      const caseId = await sampleWithWord(t);
      const written = await t.invoke('backup:create', {});
      expect(written.filePath).toMatch(/MedLegal Writer backup .*\.zip$/);
      expect(written).toMatchObject({ caseCount: 1, recordFileCount: 2 });

      const entries = unzipSync(fs.readFileSync(written.filePath!));
      const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as {
        appVersion: string;
        schema: { version: number };
        entries: { name: string; bytes: number }[];
      };
      expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(manifest.schema.version).toBeGreaterThanOrEqual(12);
      const records = Object.keys(entries).filter((n) => n.startsWith(`cases/${caseId}/records/`));
      expect(records).toHaveLength(2);
      expect(manifest.entries.map((e) => e.name).sort()).toEqual(
        Object.keys(entries)
          .filter((n) => n !== 'manifest.json')
          .sort(),
      );

      // The snapshot is a whole database on its own (no -wal beside it), and it holds the dictionary.
      const copy = path.join(t.dir, 'copy.sqlite3');
      fs.writeFileSync(copy, entries['medlegal.sqlite3']!);
      // The snapshot is encrypted with the data folder's key, like the live file.
      expect(isPlainDatabaseFile(copy)).toBe(false);
      const db = openDatabaseFile(copy, { databaseKey: TEST_DATABASE_KEY, readonly: true });
      const row = db.prepare("SELECT value_json AS json FROM settings WHERE key = 'spelling-dictionary'").get() as {
        json: string;
      };
      db.close();
      expect(row.json).toContain('Lindqvistectomy');

      const status = await t.invoke('backup:status', {});
      expect(status.lastBackup).toMatchObject({ fileName: path.basename(written.filePath!), bytes: written.bytes });
      expect(status.progress).toBeNull();
    },
  );

  it('reads back a records file whose bytes look like zip headers', { timeout: 60_000 }, async () => {
    // A stored file may hold any bytes; a reader that finds entries by scanning for signatures took these for a new entry.
    const { t, dialogs } = backendWithDialogs();
    const caseId = (await t.invoke('cases:create', { fields: FIELDS })).id;
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 8, 0, 0, 0]),
      Buffer.from([0x50, 0x4b, 0x07, 0x08, 1, 2, 3, 4]),
      Buffer.from([0x50, 0x4b, 0x01, 0x02, 0x50, 0x4b, 0x05, 0x06]),
      Buffer.alloc(4096, 7),
    ]);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const stored = `cases/${caseId}/records/${sha}.pdf`;
    fs.mkdirSync(path.join(t.dataDir, 'cases', caseId, 'records'), { recursive: true });
    fs.writeFileSync(path.join(t.dataDir, stored), bytes);
    const now = new Date().toISOString();
    const batchId = randomUUID();
    t.backend.db
      .prepare(
        `INSERT INTO record_batches (id, case_id, sender, date_received, declared_page_count, sender_declaration_received, created_at, updated_at)
         VALUES (?, ?, 'Golden Poppy Claims', '2026-11-02', NULL, 0, ?, ?)`,
      )
      .run(batchId, caseId, now, now);
    t.backend.db
      .prepare(
        `INSERT INTO record_files (id, batch_id, case_id, sha256, original_name, stored_path, byte_size, page_count, status, imported_at)
         VALUES (?, ?, ?, ?, 'zip-lookalike.pdf', ?, ?, 1, 'ready', ?)`,
      )
      .run(randomUUID(), batchId, caseId, sha, stored, bytes.length, now);

    const { filePath } = await t.invoke('backup:create', {});
    dialogs.open = filePath;
    expect(await t.invoke('backup:inspect', {})).toMatchObject({ caseCount: 1, recordFileCount: 1 });
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    t = createTempBackend({ prefix: 'medlegal-backup-' });
    expect(await t.invoke('backup:create', {})).toMatchObject({ filePath: null });
    expect((await t.invoke('backup:status', {})).lastBackup).toBeNull();
  });
});

describe('restore', () => {
  it('brings back the case, its records and the dictionary word at the next start', { timeout: 180_000 }, async () => {
    const { t, dialogs } = backendWithDialogs();
    const caseId = await sampleWithWord(t);
    const { filePath } = await t.invoke('backup:create', {});
    const filesBefore = (await t.invoke('records:overview', { caseId })).files.length;

    // Work after the backup that the restore replaces.
    await t.invoke('cases:create', { fields: FIELDS });
    await t.invoke('settings:removeSpellingWord', { word: 'Lindqvistectomy' });

    dialogs.open = filePath;
    const preview = await t.invoke('backup:inspect', {});
    expect(preview).toMatchObject({ fileName: path.basename(filePath!), caseCount: 1, recordFileCount: 2 });
    const staged = await t.invoke('backup:restore', { stagedId: preview!.stagedId });

    // The automatic backup of the data as it was is beside the data folder, and is itself a restorable backup.
    expect(path.dirname(staged.automaticBackup)).toBe(path.join(t.dir, 'data backups'));
    dialogs.open = staged.automaticBackup;
    const automatic = await t.invoke('backup:inspect', {});
    expect(automatic).toMatchObject({ caseCount: 2 });
    // Inspecting another file drops the earlier check, never the restore already staged.
    expect((await t.invoke('backup:status', {})).restorePending).toMatchObject({ fileName: path.basename(filePath!) });

    await t.reopen();
    const cases = await t.invoke('cases:list', {});
    expect(cases.map((c) => c.id)).toEqual([caseId]);
    expect(await t.invoke('settings:getSpellingWords', {})).toEqual({ words: ['Lindqvistectomy'] });
    const overview = await t.invoke('records:overview', { caseId });
    expect(overview.files).toHaveLength(filesBefore);
    const slice = await t.invoke('records:readFile', { fileId: overview.files[0]!.id, start: 0, length: 5 });
    expect(Buffer.from(slice.base64, 'base64').toString()).toBe('%PDF-');
    expect((await t.invoke('backup:status', {})).restorePending).toBeNull();
    expect(fs.readdirSync(t.dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('refuses a damaged, a foreign, a newer and a non-zip file, and changes nothing', { timeout: 180_000 }, async () => {
    const { t, dialogs } = backendWithDialogs();
    await sampleWithWord(t);
    const { filePath } = await t.invoke('backup:create', {});
    const good = fs.readFileSync(filePath!);

    const damaged = path.join(t.dir, 'damaged.zip');
    const flipped = Buffer.from(good);
    for (let i = 0; i < 64; i++) flipped[Math.floor(good.length / 2) + i]! ^= 0xff;
    fs.writeFileSync(damaged, flipped);
    await expectRefused(t, dialogs, damaged, /damaged or incomplete/);

    const truncated = path.join(t.dir, 'truncated.zip');
    fs.writeFileSync(truncated, good.subarray(0, Math.floor(good.length * 0.8)));
    await expectRefused(t, dialogs, truncated, /damaged or incomplete/);

    const foreign = path.join(t.dir, 'holiday photos.zip');
    fs.writeFileSync(foreign, zipSync({ 'beach.jpg': strToU8('not really a photo') }));
    await expectRefused(t, dialogs, foreign, /not a MedLegal Writer backup/);

    const entries = unzipSync(good);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as {
      schema: { migrations: { id: number; name: string }[] };
    };
    manifest.schema.migrations.push({ id: 999, name: 'from-the-future' });
    const newer = path.join(t.dir, 'newer.zip');
    fs.writeFileSync(newer, zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }));
    await expectRefused(t, dialogs, newer, /newer version of MedLegal Writer .*Install that version/);

    const text = path.join(t.dir, 'notes.zip');
    fs.writeFileSync(text, 'just some text');
    await expectRefused(t, dialogs, text, /not a MedLegal Writer backup/);
  });

  it('keeps the current data when the automatic backup before a restore fails', { timeout: 180_000 }, async () => {
    const { t, dialogs } = backendWithDialogs();
    await sampleWithWord(t);
    const { filePath } = await t.invoke('backup:create', {});
    await t.invoke('cases:create', { fields: FIELDS });
    dialogs.open = filePath;
    const preview = await t.invoke('backup:inspect', {});
    // Where the automatic backup would go is taken by a file: it cannot be written, so nothing may be staged.
    fs.writeFileSync(path.join(t.dir, 'data backups'), 'in the way');
    const result = await t.invokeRaw('backup:restore', { stagedId: preview!.stagedId });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/^Nothing was restored/) },
    });
    expect((await t.invoke('backup:status', {})).restorePending).toBeNull();
    await t.reopen();
    expect(await dataSnapshot(t).cases).toHaveLength(2);
  });

  it('finishes a restore at the next start after a crash at any step of the swap', { timeout: 300_000 }, async () => {
    const { t, dialogs } = backendWithDialogs();
    const caseId = await sampleWithWord(t);
    const { filePath } = await t.invoke('backup:create', {});
    let crashPoints = 0;
    for (let crashAt = 1; ; crashAt++) {
      await t.invoke('cases:create', { fields: FIELDS });
      dialogs.open = filePath;
      await t.invoke('backup:restore', { stagedId: (await t.invoke('backup:inspect', {}))!.stagedId });
      await t.backend.close();

      // The start-up swap dies at its n-th move (old database aside, new one in, old records folder aside, …).
      let renames = 0;
      const dying = (from: string, to: string) => {
        if (++renames === crashAt) throw Object.assign(new Error('killed'), { code: 'EIO' });
        fs.renameSync(from, to);
      };
      let crashed = false;
      try {
        applyPendingRestore(t.dataDir, dying);
      } catch (error) {
        crashed = true;
        expect((error as Error).message).toMatch(/start the app again to finish it/);
      }

      await t.reopen();
      expect((await t.invoke('cases:list', {})).map((c) => c.id)).toEqual([caseId]);
      expect(await t.invoke('settings:getSpellingWords', {})).toEqual({ words: ['Lindqvistectomy'] });
      expect((await t.invoke('records:overview', { caseId })).files).toHaveLength(2);
      if (!crashed) break;
      crashPoints++;
    }
    expect(crashPoints).toBeGreaterThanOrEqual(4);
  });

  it('cancels a staged restore: the next start keeps the current data', { timeout: 180_000 }, async () => {
    const { t, dialogs } = backendWithDialogs();
    await sampleWithWord(t);
    const { filePath } = await t.invoke('backup:create', {});
    await t.invoke('cases:create', { fields: FIELDS });
    dialogs.open = filePath;
    await t.invoke('backup:restore', { stagedId: (await t.invoke('backup:inspect', {}))!.stagedId });
    expect(await t.invoke('backup:cancelRestore', { what: 'checked' })).toEqual({ cancelled: false });
    expect(await t.invoke('backup:cancelRestore', { what: 'pending' })).toEqual({ cancelled: true });
    await t.reopen();
    expect(await dataSnapshot(t).cases).toHaveLength(2);
  });
});
