// Opening an exported report or showing it in its folder: only a file the export history names, through the host (the
// system's programs in the app); a moved file or a missing PDF copy gets a message that says what to do.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
let requests: { action: string; file: string }[];
beforeEach(() => {
  requests = [];
  t = createTempBackend({
    prefix: 'medlegal-open-',
    dataSubdir: 'data',
    host: {
      chooseSavePath: async (name) => path.join(t.dir, name),
      openFile: async (file) => {
        requests.push({ action: 'open', file });
        return '';
      },
      showInFolder: (file) => void requests.push({ action: 'show', file }),
    },
  });
});
afterEach(async () => {
  await t.cleanup();
});

async function exported(): Promise<{ historyId: string; filePath: string }> {
  const { id } = await t.invoke('cases:create', {
    fields: {
      examineeName: 'Fictional Opener',
      dateOfBirth: '1970-01-02',
      claimNumber: 'OPEN-1',
      employer: 'E',
      claimsAdministrator: 'C',
      reportKind: 'QME',
      examDate: null,
    },
  });
  const outcome = await t.invoke('export:docx', { caseId: id, proofOfService: false });
  return { historyId: outcome.historyId!, filePath: outcome.filePath! };
}

it('opens the exported file, or shows it in its folder, by its history row', async () => {
  const { historyId, filePath } = await exported();
  await t.invoke('export:openFile', { historyId, action: 'open' });
  await t.invoke('export:openFile', { historyId, action: 'show' });
  expect(requests).toEqual([
    { action: 'open', file: filePath },
    { action: 'show', file: filePath },
  ]);
});

it('says where the file was when it has been moved, and that a draft has no PDF copy', async () => {
  const { historyId, filePath } = await exported();
  await expect(t.invoke('export:openFile', { historyId, action: 'open', kind: 'pdf' })).rejects.toMatchObject({
    failure: { code: 'not-found', message: expect.stringContaining('no PDF copy') },
  });
  fs.renameSync(filePath, `${filePath}.moved`);
  await expect(t.invoke('export:openFile', { historyId, action: 'open' })).rejects.toMatchObject({
    failure: { code: 'not-found', message: expect.stringMatching(/is no longer in .*moved, renamed or deleted.*SHA-256/) },
  });
  expect(requests).toEqual([]);
});

it('refuses anything but a history row: an unknown row, or a path', async () => {
  await expect(
    t.invoke('export:openFile', { historyId: '00000000-0000-4000-8000-000000000000', action: 'open' }),
  ).rejects.toMatchObject({ failure: { code: 'not-found' } });
  const byPath = await t.invokeRaw('export:openFile', { historyId: '/etc/passwd', action: 'open' });
  expect(byPath).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(requests).toEqual([]);
});
