// The records overview through the real registry, on the sample case's imported record set: the count check per sender
// batch, and the pages new since the last report once a prior report date is known.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import type { RecordsOverview } from '../../../electron/common/ipc/records.contract';

let dir: string;
let backend: Backend;
let caseId: string;
async function invoke<T>(channel: string, payload: unknown): Promise<T> {
  const result = await backend.registry.invoke(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-overview-'));
  backend = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null }, pdfCopies: false });
  caseId = (await invoke<{ id: string }>('cases:openSample', { sample: 'qme' })).id;
});
afterAll(async () => {
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('records overview', () => {
  it('flags the batch whose declared count differs and totals the pages to verify', async () => {
    const overview = await invoke<RecordsOverview>('records:overview', { caseId });
    const bySender = Object.fromEntries(overview.totals.batches.map((b) => [b.sender.split(' (')[0], b]));
    expect(bySender['Golden Poppy Claims Services']).toMatchObject({ countedPages: 180, declaredPageCount: 180, countMismatch: false });
    expect(bySender['Okafor & Lindqvist']).toMatchObject({ countedPages: 106, declaredPageCount: 108, countMismatch: true });
    expect(overview.totals.pagesToVerify).toBe(286);
    expect(overview.newSinceLastReport).toBeNull();
    expect((await invoke<unknown[]>('chronology:list', { caseId })).length).toBe(15);
  });

  it('counts the pages received after the prior report as new', async () => {
    await invoke('caseData:saveValues', { caseId, values: { priorReportDate: '2026-10-12' } });
    const overview = await invoke<RecordsOverview>('records:overview', { caseId });
    expect(overview.newSinceLastReport).toEqual({ sinceDate: '2026-10-12', pagesReceived: 106, duplicatePages: 0, newPages: 106 });
  });

  it('serves a stored PDF in slices whose bytes start with the PDF header', async () => {
    const overview = await invoke<RecordsOverview>('records:overview', { caseId });
    const slice = await invoke<{ base64: string; total: number }>('records:readFile', { fileId: overview.files[0]!.id, start: 0, length: 1024 });
    expect(Buffer.from(slice.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(slice.total).toBeGreaterThan(100_000);
    const bad = await backend.registry.invoke('records:importPaths', { caseId, batch: { sender: 'X', dateReceived: '2026-01-01', declaredPageCount: null, senderDeclarationReceived: false }, paths: ['relative/file.pdf'] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('Only files on this computer') } });
  });
});

describe('records import by path', () => {
  it('refuses a dropped file that is not a PDF before touching it', async () => {
    const bad = await backend.registry.invoke('records:importPaths', {
      caseId,
      batch: { sender: 'X', dateReceived: '2026-01-01', declaredPageCount: null, senderDeclarationReceived: false },
      paths: ['/home/someone/.ssh/id_rsa'],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('Only PDF files') } });
  });
});
