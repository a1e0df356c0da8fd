// What a crash during a save leaves outside the data folder is swept at the next start: the hidden temp copy beside a
// saved report (also in a folder no report was saved to yet) and an old PDF work folder in the temp folder. Files the app
// did not make stay.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { PDF_WORK_PREFIX, sweepPdfWorkFolders } from '../../../electron/backend/fs/leftovers';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
afterEach(async () => {
  await t.cleanup();
});

it('removes a temp copy left beside an exported report at the next start, and nothing else', async () => {
  t = createTempBackend({
    prefix: 'medlegal-leftovers-',
    dataSubdir: 'data',
    host: { chooseSavePath: async (name) => path.join(t.dir, name) },
  });
  const { id } = await t.invoke('cases:create', {
    fields: {
      examineeName: 'Fictional Leftover',
      dateOfBirth: '1970-01-02',
      claimNumber: 'LEFT-1',
      employer: 'E',
      claimsAdministrator: 'C',
      reportKind: 'QME',
      examDate: null,
    },
  });
  const { filePath } = await t.invoke('export:docx', { caseId: id, proofOfService: false });
  const name = path.basename(filePath!);
  // As a kill between writing and renaming leaves them:
  const left = [`.${name}.0123456789ab.tmp`, `${name.replace(/\.docx$/, '')}.pdf.partial`];
  const kept = ['notes.tmp', `.${name}.not-ours.tmp`, name];
  for (const f of [...left, ...kept.slice(0, 2)]) fs.writeFileSync(path.join(t.dir, f), 'Fictional Leftover');

  await t.reopen();
  const after = fs.readdirSync(t.dir);
  for (const f of left) expect(after).not.toContain(f);
  for (const f of kept) expect(after).toContain(f);
});

it('removes the temp copy of a first save to a folder that a crash cut short (no report was ever saved there)', async () => {
  const folder = () => path.join(t.dir, 'new-folder');
  t = createTempBackend({
    prefix: 'medlegal-leftovers-',
    dataSubdir: 'data',
    host: { chooseSavePath: async (name) => path.join(folder(), name) },
  });
  fs.mkdirSync(folder());
  const { id } = await t.invoke('cases:create', {
    fields: {
      examineeName: 'Fictional Firstsave',
      dateOfBirth: '1970-01-02',
      claimNumber: 'LEFT-2',
      employer: 'E',
      claimsAdministrator: 'C',
      reportKind: 'QME',
      examDate: null,
    },
  });
  // As a kill between writing the temp copy and renaming it leaves things: the rename never happens and nothing cleans up.
  const rename = vi.spyOn(fs, 'renameSync').mockImplementation(() => {
    throw Object.assign(new Error('killed'), { code: 'EINTR' });
  });
  const rm = vi.spyOn(fs, 'rmSync').mockImplementation(() => undefined);
  try {
    await t.invokeRaw('export:docx', { caseId: id, proofOfService: false });
  } finally {
    rename.mockRestore();
    rm.mockRestore();
  }
  expect(fs.readdirSync(folder()).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);

  await t.reopen();
  expect(fs.readdirSync(folder())).toEqual([]);
});

it('removes PDF work folders older than an hour only', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-sweep-'));
  t = createTempBackend({ prefix: 'medlegal-leftovers-' });
  try {
    const old = path.join(tmp, `${PDF_WORK_PREFIX}old`);
    const fresh = path.join(tmp, `${PDF_WORK_PREFIX}fresh`);
    const other = path.join(tmp, 'someone-else');
    for (const d of [old, fresh, other]) fs.mkdirSync(path.join(d, 'out'), { recursive: true });
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    fs.utimesSync(other, twoHoursAgo, twoHoursAgo);
    expect(sweepPdfWorkFolders(Date.now(), tmp)).toBe(1);
    expect(fs.readdirSync(tmp).sort()).toEqual([`${PDF_WORK_PREFIX}fresh`, 'someone-else']);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
