// The compliance check on the sample QME case, as the physician would see it before signing: complete once the
// physician's profile exists and the report is dated, with nothing missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import type { ComplianceItem } from '../../../electron/common/compliance/run-compliance-check';

let dir: string;
let backend: Backend;
async function invoke<T>(channel: string, payload: unknown): Promise<T> {
  const result = await backend.registry.invoke(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-sample-compliance-'));
  // The sample's exam is 11/02/2026; check it as of a day within the 30-day window.
  backend = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null }, pdfCopies: false, now: () => new Date('2026-11-20T12:00:00') });
});
afterAll(async () => {
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('compliance check on the sample QME case', () => {
  it('lists only what the physician must still do, then passes when profile and signing date are given', async () => {
    const { id } = await invoke<{ id: string }>('cases:openSample', { sample: 'qme' });
    const before = await invoke<ComplianceItem[]>('compliance:check', { caseId: id });
    const missingBefore = before.filter((i) => i.status === 'missing').map((i) => i.id).sort();
    expect(missingBefore).toEqual(['caption', 'declaration-lc4628j', 'signature']);

    await invoke('settings:saveProfile', { name: 'Avery J. Example, MD', credentials: 'MD, FAAOS', specialty: 'Orthopaedic Surgery', qmeNumber: 'QME-000000', defaultCounty: 'Los Angeles' });
    await invoke('caseData:saveValues', { caseId: id, values: { 'signing.date': '2026-11-20' } });
    const after = await invoke<ComplianceItem[]>('compliance:check', { caseId: id });
    expect(after.filter((i) => i.status === 'missing')).toEqual([]);
    expect(after.filter((i) => i.status === 'pass').length).toBeGreaterThan(25);
  });
});
