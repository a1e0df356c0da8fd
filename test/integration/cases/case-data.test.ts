// Structured case data through the real registry: injuries with body parts, parties, questions referring to parties,
// template pinning, and refusal of bad input without losing what was saved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import type { CaseRecord } from '../../../electron/common/case/case-model';
import type { CaseData } from '../../../electron/common/case/structure-model';

let dir: string;
let backend: Backend;
async function invoke<T>(channel: string, payload: unknown): Promise<T> {
  const result = await backend.registry.invoke(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}
const FIELDS = { examineeName: 'Case Data', dateOfBirth: null, claimNumber: 'CD-1', employer: '', claimsAdministrator: '', reportKind: 'QME', examDate: null };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-casedata-'));
  backend = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null } });
});
afterEach(async () => {
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('case data', () => {
  it('pins the chosen template and refuses one that does not exist', async () => {
    const c = await invoke<CaseRecord>('cases:create', { fields: { ...FIELDS, reportKind: 'IME' }, template: { id: 'ime-disability-insurance', version: 1 } });
    expect(c.template).toEqual({ id: 'ime-disability-insurance', version: 1 });
    const missing = await backend.registry.invoke('cases:create', { fields: FIELDS, template: { id: 'no-such-template', version: 1 } });
    expect(missing.ok).toBe(false);
    expect((await invoke<CaseRecord[]>('cases:list', { query: '' })).length).toBe(1);
  });

  it('saves injuries, parties and questions, reorders them, and keeps a question’s party across edits', async () => {
    const c = await invoke<CaseRecord>('cases:create', { fields: FIELDS });
    const injury = (adj: string, parts: string[]) => ({
      id: randomUUID(), kind: 'specific', date: '2025-03-01', ctFrom: null, ctTo: null, adjNumber: adj, description: '', psychClaimed: false,
      bodyParts: parts.map((name) => ({ name, status: 'accepted' })),
    });
    const i1 = injury('ADJ1111111', ['Lumbar spine', 'Left knee']);
    const i2 = { ...injury('ADJ2222222', ['Psyche']), kind: 'cumulative', date: null, ctFrom: '2020-01-01', ctTo: '2025-03-01', psychClaimed: true };
    await invoke('caseData:saveInjuries', { caseId: c.id, items: [i1, i2] });
    const attorney = { id: randomUUID(), role: 'applicant-attorney', name: 'A. Lawyer', organization: 'Fictional Law', address: '1 Main St', phone: '', email: '' };
    await invoke('caseData:saveParties', { caseId: c.id, items: [attorney] });
    const q = { id: randomUUID(), partyId: attorney.id, text: 'Is the injury industrial?' };
    await invoke('caseData:saveQuestions', { caseId: c.id, items: [q] });
    await invoke('caseData:saveInjuries', { caseId: c.id, items: [i2, { ...i1, bodyParts: [{ name: 'Lumbar spine', status: 'disputed' }] }] });
    await invoke('caseData:saveParties', { caseId: c.id, items: [{ ...attorney, name: 'A. Lawyer, Esq.' }] });

    const data = await invoke<CaseData>('caseData:get', { caseId: c.id });
    expect(data.injuries.map((i) => i.adjNumber)).toEqual(['ADJ2222222', 'ADJ1111111']);
    expect(data.injuries[1]!.bodyParts).toEqual([{ name: 'Lumbar spine', status: 'disputed' }]);
    expect(data.injuries[0]).toMatchObject({ kind: 'cumulative', ctFrom: '2020-01-01', ctTo: '2025-03-01', psychClaimed: true });
    expect(data.questions).toEqual([q]);
    expect(data.parties[0]!.name).toBe('A. Lawyer, Esq.');
  });

  it.each([
    ['an ADJ number of the wrong shape', 'caseData:saveInjuries', { id: randomUUID(), kind: 'specific', date: null, ctFrom: null, ctTo: null, adjNumber: '12345', description: '', psychClaimed: false, bodyParts: [] }, 'ADJ followed by digits'],
    ['a CT period that ends before it starts', 'caseData:saveInjuries', { id: randomUUID(), kind: 'cumulative', date: null, ctFrom: '2025-01-01', ctTo: '2024-01-01', adjNumber: '', description: '', psychClaimed: false, bodyParts: [] }, 'end on or after'],
    ['an invalid ICD-10 code', 'caseData:saveDiagnoses', { id: randomUUID(), bodyPart: 'Knee', code: 'XYZ', description: 'Something' }, 'ICD-10-CM code'],
  ])('refuses %s with a clear message and keeps what was saved', async (_, channel, item, message) => {
    const c = await invoke<CaseRecord>('cases:create', { fields: FIELDS });
    const result = await backend.registry.invoke(channel, { caseId: c.id, items: [item] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
    const data = await invoke<CaseData>('caseData:get', { caseId: c.id });
    expect([...data.injuries, ...data.diagnoses]).toEqual([]);
  });

  it('does not let one case take over another case’s rows by id', async () => {
    const a = await invoke<CaseRecord>('cases:create', { fields: FIELDS });
    const b = await invoke<CaseRecord>('cases:create', { fields: { ...FIELDS, examineeName: 'Other' } });
    const d = { id: randomUUID(), bodyPart: 'Knee', code: 'M17.11', description: 'Primary osteoarthritis, right knee' };
    await invoke('caseData:saveDiagnoses', { caseId: a.id, items: [d] });
    const stolen = await backend.registry.invoke('caseData:saveDiagnoses', { caseId: b.id, items: [d] });
    expect(stolen.ok).toBe(false);
    expect((await invoke<CaseData>('caseData:get', { caseId: a.id })).diagnoses).toEqual([d]);
  });

  it('merges field values and removes one set to null', async () => {
    const c = await invoke<CaseRecord>('cases:create', { fields: FIELDS });
    await invoke('caseData:saveValues', { caseId: c.id, values: { historyTakenBy: 'Dr. Example', 'exam.streetAddress': '100 Fictional Ave' } });
    await invoke('caseData:saveValues', { caseId: c.id, values: { historyTakenBy: null, timeCompliant: true } });
    expect((await invoke<CaseData>('caseData:get', { caseId: c.id })).values).toEqual({ 'exam.streetAddress': '100 Fictional Ave', timeCompliant: true });
  });
});
