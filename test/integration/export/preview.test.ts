// The preview on the Review and sign step is the report "Sign and export" would write now: dated the signing day, no DRAFT
// mark, the placeholders still open listed; and looking at it writes nothing (no file, no history row, the case unsigned).
import path from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
let saveDialogs: number;
beforeEach(() => {
  saveDialogs = 0;
  t = createTempBackend({
    prefix: 'medlegal-preview-',
    dataSubdir: 'data',
    host: {
      chooseSavePath: async (name) => {
        saveDialogs += 1;
        return path.join(t.dir, name);
      },
    },
  });
});
afterEach(async () => {
  await t.cleanup();
});

const textOf = async (base64: string) => (await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') })).value;

async function newCase(): Promise<string> {
  const { id } = await t.invoke('cases:create', {
    fields: {
      examineeName: 'Avery P. Previewed',
      dateOfBirth: '1975-04-03',
      claimNumber: 'PREV-77',
      employer: 'Fictional Orchards',
      claimsAdministrator: 'Example Claims',
      reportKind: 'QME',
      examDate: '2026-11-02',
    },
  });
  return id;
}

it('shows the report as it would be signed, dated the signing day, and writes nothing', async () => {
  const caseId = await newCase();
  const preview = await t.invoke('export:preview', { caseId, signingDate: '2026-11-20', county: 'Fresno' });
  const text = await textOf(preview.docxBase64);
  expect(text).toContain('Avery P. Previewed');
  expect(text).toContain('PREV-77');
  expect(text).toContain('11/20/2026');
  expect(text).toContain('Fresno');
  expect(text).not.toMatch(/\bDRAFT\b/);
  // A new case has much left to enter: the preview names it, as signing would refuse it.
  expect(preview.unfilled.length).toBeGreaterThan(0);

  expect(saveDialogs).toBe(0);
  expect(await t.invoke('export:history', { caseId })).toEqual([]);
  expect((await t.invoke('cases:get', { id: caseId })).signedVersion).toBeFalsy();
});

it('refuses a case that does not exist, with a message', async () => {
  await expect(t.invoke('export:preview', { caseId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
    failure: { code: 'not-found' },
  });
});
