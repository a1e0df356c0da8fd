// Automatic backups over the real backend: off until a folder is chosen; a due backup is written at a check and the
// next is not due until a day (or a week) later; a missing folder is said plainly and retried; keep-N deletes only the
// app's own backup files; a check during another backup waits. The clock and the timer are injected (BackendOptions).
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckTimer } from '../../../electron/backend/backup/automatic-backups';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

const HOUR = 60 * 60 * 1000;
let t: TempBackend | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

function backend(options: { savePath?: (name: string) => Promise<string | null> } = {}) {
  const clock = { now: new Date(2026, 11, 7, 9, 0, 0) };
  const dialogs = { folder: null as string | null };
  const timer = { check: null as (() => void) | null, stopped: false };
  const automaticBackupTimer: CheckTimer = (check) => {
    timer.check = check;
    return () => void (timer.stopped = true);
  };
  const temp = createTempBackend({
    prefix: 'medlegal-auto-backup-',
    dataSubdir: 'data',
    now: () => clock.now,
    automaticBackupTimer,
    host: {
      chooseSavePath: options.savePath ?? (async () => null),
      chooseFolder: async () => dialogs.folder,
    },
  });
  t = temp;
  const folder = path.join(temp.dir, 'external drive', 'MedLegal backups');
  const check = () => temp.backend.services.backup.automatic.check();
  const later = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
  const backups = () =>
    fs
      .readdirSync(folder)
      .filter((n) => n.endsWith('.zip'))
      .sort();
  const automatic = async () => (await temp.invoke('backup:status', {})).automatic;
  return { t: temp, clock, dialogs, timer, folder, check, later, backups, automatic };
}

describe('automatic backups', () => {
  it('are off until a folder is chosen; choosing one turns on daily backups', { timeout: 60_000 }, async () => {
    const b = backend();
    expect(await b.automatic()).toMatchObject({ folder: null, frequency: 'off', keep: 10, lastSuccess: null, nextDueAt: null });
    expect(await b.check()).toBe('off');
    expect(await b.t.invokeRaw('backup:saveSchedule', { frequency: 'daily', keep: 10 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Choose a folder for automatic backups first') },
    });
    for (const keep of [0, 101, 2.5]) {
      expect(await b.t.invokeRaw('backup:saveSchedule', { frequency: 'off', keep })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    // Cancelling the folder picker changes nothing; a folder inside the data folder is refused.
    expect(await b.t.invoke('backup:chooseAutomaticFolder', {})).toBeNull();
    b.dialogs.folder = path.join(b.t.dataDir, 'cases');
    expect(await b.t.invokeRaw('backup:chooseAutomaticFolder', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('inside the app’s own data folder') },
    });
    fs.mkdirSync(b.folder, { recursive: true });
    b.dialogs.folder = b.folder;
    expect(await b.t.invoke('backup:chooseAutomaticFolder', {})).toMatchObject({ folder: b.folder, frequency: 'daily' });
    // Kept with the settings: a restart keeps the schedule.
    await b.t.invoke('backup:saveSchedule', { frequency: 'off', keep: 3 });
    await b.t.reopen();
    expect(await b.automatic()).toMatchObject({ folder: b.folder, frequency: 'off', keep: 3, nextDueAt: null });
    expect(await b.check()).toBe('off');
    expect(b.backups()).toEqual([]);
  });

  it('writes a due backup at a check, then waits a day (daily) or a week (weekly)', { timeout: 180_000 }, async () => {
    const b = backend();
    await b.t.invoke('cases:create', {
      fields: {
        examineeName: 'Avery Schedule',
        dateOfBirth: null,
        claimNumber: 'AUTO-1',
        employer: '',
        claimsAdministrator: '',
        reportKind: 'QME',
        examDate: null,
      },
    });
    fs.mkdirSync(b.folder, { recursive: true });
    b.dialogs.folder = b.folder;
    await b.t.invoke('backup:chooseAutomaticFolder', {});
    // The backend's timer drives the checks; here the test is the timer.
    b.timer.check!();
    await expect.poll(() => b.backups(), { timeout: 60_000 }).toEqual(['MedLegal Writer backup 2026-12-07 090000.zip']);
    await expect.poll(async () => (await b.automatic()).lastAttempt?.ok, { timeout: 10_000 }).toBe(true);
    const after = await b.automatic();
    expect(after.lastSuccess).toMatchObject({ fileName: 'MedLegal Writer backup 2026-12-07 090000.zip' });
    expect(after.lastAttempt?.message).toContain('Backed up and checked');
    expect(after.nextDueAt).not.toBeNull();

    b.later(HOUR);
    expect(await b.check()).toBe('not-due');
    b.later(23 * HOUR);
    expect(await b.check()).toBe('written');
    expect(b.backups()).toHaveLength(2);

    await b.t.invoke('backup:saveSchedule', { frequency: 'weekly', keep: 10 });
    b.later(2 * 24 * HOUR);
    expect(await b.check()).toBe('not-due');
    b.later(5 * 24 * HOUR);
    expect(await b.check()).toBe('written');
    expect(b.backups()).toHaveLength(3);
    await b.t.invoke('backup:saveSchedule', { frequency: 'off', keep: 10 });
    b.later(30 * 24 * HOUR);
    expect(await b.check()).toBe('off');
    expect(b.backups()).toHaveLength(3);
  });

  it(
    'says plainly when the folder is missing, never creates it, and retries at the next check',
    { timeout: 120_000 },
    async () => {
      const b = backend();
      fs.mkdirSync(b.folder, { recursive: true });
      b.dialogs.folder = b.folder;
      await b.t.invoke('backup:chooseAutomaticFolder', {});
      fs.rmSync(path.dirname(b.folder), { recursive: true });

      expect(await b.check()).toBe('folder-missing');
      expect(fs.existsSync(path.dirname(b.folder))).toBe(false);
      const missing = await b.automatic();
      expect(missing.lastSuccess).toBeNull();
      expect(missing.lastAttempt).toMatchObject({ ok: false });
      expect(missing.lastAttempt?.message).toContain(`The backup folder ${b.folder} is not available (is the drive plugged in?)`);
      expect(missing.lastAttempt?.message).toContain('tried again at the next hourly check');

      // The drive is plugged in again: the next hourly check backs up.
      fs.mkdirSync(b.folder, { recursive: true });
      b.later(HOUR);
      expect(await b.check()).toBe('written');
      expect(await b.automatic()).toMatchObject({ lastAttempt: { ok: true } });
    },
  );

  it('keeps the newest N of its own backup files and touches nothing else in the folder', { timeout: 120_000 }, async () => {
    const b = backend();
    fs.mkdirSync(b.folder, { recursive: true });
    const own = ['2026-11-01 080000', '2026-11-20 080000', '2026-12-01 080000'].map((s) => `MedLegal Writer backup ${s}.zip`);
    const others = [
      'notes.txt',
      'MedLegal Writer backup 2026-10-01.zip',
      'Before restore 2026-10-02 080000.zip',
      'medlegal writer backup 2026-10-03 080000.zip',
      'MedLegal Writer backup 2026-10-04 080000.zip.part',
    ];
    for (const name of [...own, ...others]) fs.writeFileSync(path.join(b.folder, name), 'fictional');
    // A folder that carries the pattern is not a backup file.
    fs.mkdirSync(path.join(b.folder, 'MedLegal Writer backup 2026-09-01 080000.zip'));
    b.dialogs.folder = b.folder;
    await b.t.invoke('backup:chooseAutomaticFolder', {});
    await b.t.invoke('backup:saveSchedule', { frequency: 'daily', keep: 2 });

    expect(await b.check()).toBe('written');
    expect(fs.readdirSync(b.folder).sort()).toEqual(
      [
        ...others,
        'MedLegal Writer backup 2026-09-01 080000.zip',
        'MedLegal Writer backup 2026-12-01 080000.zip',
        'MedLegal Writer backup 2026-12-07 090000.zip',
      ].sort(),
    );
  });

  it('never runs during another backup: the check waits for the next one', { timeout: 120_000 }, async () => {
    let answer: (file: string | null) => void = () => undefined;
    const b = backend({ savePath: () => new Promise((resolve) => (answer = resolve)) });
    fs.mkdirSync(b.folder, { recursive: true });
    b.dialogs.folder = b.folder;
    await b.t.invoke('backup:chooseAutomaticFolder', {});

    // "Back up now…" is running (its save dialog is open).
    const manual = b.t.invoke('backup:create', {});
    await expect.poll(async () => (await b.t.invoke('backup:status', {})).progress?.task).toBe('backup');
    expect(await b.check()).toBe('busy');
    expect(b.backups()).toEqual([]);
    expect(await b.automatic()).toMatchObject({ lastAttempt: null });
    answer(null);
    await manual;

    b.later(HOUR);
    expect(await b.check()).toBe('written');
    // Closing the backend stops the timer.
    await b.t.reopen();
    expect(b.timer.stopped).toBe(true);
  });
});
