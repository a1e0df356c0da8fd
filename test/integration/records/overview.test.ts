// The records overview through the real registry, on the sample case's imported record set: the count check per sender
// batch, and the pages new since the last report once a prior report date is known.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
let caseId: string;

beforeAll(async () => {
  t = createTempBackend({ prefix: 'medlegal-overview-' });
  caseId = (await t.invoke('cases:openSample', { sample: 'qme' })).id;
});
afterAll(async () => {
  await t.cleanup();
});

describe('records overview', () => {
  it('flags the batch whose declared count differs and totals the pages to verify', async () => {
    const overview = await t.invoke('records:overview', { caseId });
    const bySender = Object.fromEntries(overview.totals.batches.map((b) => [b.sender.split(' (')[0], b]));
    expect(bySender['Golden Poppy Claims Services']).toMatchObject({
      countedPages: 180,
      declaredPageCount: 180,
      countMismatch: false,
    });
    expect(bySender['Okafor & Lindqvist']).toMatchObject({ countedPages: 106, declaredPageCount: 108, countMismatch: true });
    expect(overview.totals.pagesToVerify).toBe(286);
    expect(overview.newSinceLastReport).toBeNull();
    expect((await t.invoke('chronology:rows', { caseId, offset: 0, limit: 1 }))!.total).toBe(15);
  });

  it('counts the pages received after the prior report as new', async () => {
    await t.invoke('caseData:saveValues', { caseId, values: { priorReportDate: '2026-10-12' } });
    const overview = await t.invoke('records:overview', { caseId });
    expect(overview.newSinceLastReport).toEqual({
      sinceDate: '2026-10-12',
      pagesReceived: 106,
      duplicatePages: 0,
      newPages: 106,
    });
  });

  it('serves a stored PDF in slices whose bytes start with the PDF header', async () => {
    const overview = await t.invoke('records:overview', { caseId });
    const slice = await t.invoke('records:readFile', {
      fileId: overview.files[0]!.id,
      start: 0,
      length: 1024,
    });
    expect(Buffer.from(slice.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(slice.total).toBeGreaterThan(100_000);
    const bad = t.invoke('records:importPaths', {
      caseId,
      batch: { sender: 'X', dateReceived: '2026-01-01', declaredPageCount: null, senderDeclarationReceived: false },
      paths: ['relative/file.pdf'],
    });
    await expect(bad).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('Only files on this computer'),
    });
  });
});

describe('records import by path', () => {
  it('refuses a dropped file that is not a PDF before touching it', async () => {
    const bad = t.invoke('records:importPaths', {
      caseId,
      batch: { sender: 'X', dateReceived: '2026-01-01', declaredPageCount: null, senderDeclarationReceived: false },
      paths: ['/home/someone/.ssh/id_rsa'],
    });
    await expect(bad).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('Only PDF files') });
  });
});
