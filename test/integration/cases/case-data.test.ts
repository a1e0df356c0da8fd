// Structured case data through the real registry: injuries with body parts, parties, questions referring to parties,
// template pinning, and refusal of bad input without losing what was saved.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

type Injury = InputOf<'caseData:saveInjuries'>['items'][number];

let t: TempBackend;
const FIELDS: InputOf<'cases:create'>['fields'] = {
  examineeName: 'Case Data',
  dateOfBirth: null,
  claimNumber: 'CD-1',
  employer: '',
  claimsAdministrator: '',
  reportKind: 'QME',
  examDate: null,
};

beforeEach(() => {
  t = createTempBackend({ prefix: 'medlegal-casedata-' });
});
afterEach(async () => {
  await t.cleanup();
});

describe('case data', () => {
  it('pins the chosen template and refuses one that does not exist', async () => {
    const c = await t.invoke('cases:create', {
      fields: { ...FIELDS, reportKind: 'IME' },
      template: { id: 'ime-disability-insurance', version: 1 },
    });
    expect(c.template).toEqual({ id: 'ime-disability-insurance', version: 1 });
    const missing = t.invoke('cases:create', { fields: FIELDS, template: { id: 'no-such-template', version: 1 } });
    await expect(missing).rejects.toThrow();
    expect((await t.invoke('cases:list', { query: '' })).length).toBe(1);
  });

  it('saves injuries, parties and questions, reorders them, and keeps a question’s party across edits', async () => {
    const c = await t.invoke('cases:create', { fields: FIELDS });
    const injury = (adj: string, parts: string[]): Injury => ({
      id: randomUUID(),
      kind: 'specific',
      date: '2025-03-01',
      ctFrom: null,
      ctTo: null,
      adjNumber: adj,
      description: '',
      psychClaimed: false,
      bodyParts: parts.map((name) => ({ name, status: 'accepted' })),
    });
    const i1 = injury('ADJ1111111', ['Lumbar spine', 'Left knee']);
    const i2: Injury = {
      ...injury('ADJ2222222', ['Psyche']),
      kind: 'cumulative',
      date: null,
      ctFrom: '2020-01-01',
      ctTo: '2025-03-01',
      psychClaimed: true,
    };
    await t.invoke('caseData:saveInjuries', { caseId: c.id, items: [i1, i2] });
    const attorney = {
      id: randomUUID(),
      role: 'applicant-attorney' as const,
      name: 'A. Lawyer',
      organization: 'Fictional Law',
      address: '1 Main St',
      phone: '',
      email: '',
    };
    await t.invoke('caseData:saveParties', { caseId: c.id, items: [attorney] });
    const q = { id: randomUUID(), partyId: attorney.id, text: 'Is the injury industrial?' };
    await t.invoke('caseData:saveQuestions', { caseId: c.id, items: [q] });
    await t.invoke('caseData:saveInjuries', {
      caseId: c.id,
      items: [i2, { ...i1, bodyParts: [{ name: 'Lumbar spine', status: 'disputed' }] }],
    });
    await t.invoke('caseData:saveParties', { caseId: c.id, items: [{ ...attorney, name: 'A. Lawyer, Esq.' }] });

    const data = await t.invoke('caseData:get', { caseId: c.id });
    expect(data.injuries.map((i) => i.adjNumber)).toEqual(['ADJ2222222', 'ADJ1111111']);
    expect(data.injuries[1]!.bodyParts).toEqual([{ name: 'Lumbar spine', status: 'disputed' }]);
    expect(data.injuries[0]).toMatchObject({ kind: 'cumulative', ctFrom: '2020-01-01', ctTo: '2025-03-01', psychClaimed: true });
    expect(data.questions).toEqual([q]);
    expect(data.parties[0]!.name).toBe('A. Lawyer, Esq.');
  });

  it.each([
    [
      'a case number with characters no tribunal uses',
      'caseData:saveInjuries',
      {
        id: randomUUID(),
        kind: 'specific',
        date: null,
        ctFrom: null,
        ctTo: null,
        adjNumber: 'ADJ<1234567>',
        description: '',
        psychClaimed: false,
        bodyParts: [],
      },
      'in a case number',
    ],
    [
      'a CT period that ends before it starts',
      'caseData:saveInjuries',
      {
        id: randomUUID(),
        kind: 'cumulative',
        date: null,
        ctFrom: '2025-01-01',
        ctTo: '2024-01-01',
        adjNumber: '',
        description: '',
        psychClaimed: false,
        bodyParts: [],
      },
      'end on or after',
    ],
    [
      'an invalid ICD-10 code',
      'caseData:saveDiagnoses',
      { id: randomUUID(), bodyPart: 'Knee', code: 'XYZ', description: 'Something' },
      'ICD-10-CM code',
    ],
  ])('refuses %s with a clear message and keeps what was saved', async (_, channel, item, message) => {
    const c = await t.invoke('cases:create', { fields: FIELDS });
    // Deliberately wrong values of several shapes, so the untyped escape.
    const result = await t.invokeRaw(channel, { caseId: c.id, items: [item] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
    const data = await t.invoke('caseData:get', { caseId: c.id });
    expect([...data.injuries, ...data.diagnoses]).toEqual([]);
  });

  it('does not let one case take over another case’s rows by id', async () => {
    const a = await t.invoke('cases:create', { fields: FIELDS });
    const b = await t.invoke('cases:create', { fields: { ...FIELDS, examineeName: 'Other' } });
    const d = { id: randomUUID(), bodyPart: 'Knee', code: 'M17.11', description: 'Primary osteoarthritis, right knee' };
    await t.invoke('caseData:saveDiagnoses', { caseId: a.id, items: [d] });
    await expect(t.invoke('caseData:saveDiagnoses', { caseId: b.id, items: [d] })).rejects.toThrow();
    expect((await t.invoke('caseData:get', { caseId: a.id })).diagnoses).toEqual([d]);
  });

  it('merges field values and removes one set to null', async () => {
    const c = await t.invoke('cases:create', { fields: FIELDS });
    await t.invoke('caseData:saveValues', {
      caseId: c.id,
      values: { historyTakenBy: 'Dr. Example', 'exam.streetAddress': '100 Fictional Ave' },
    });
    await t.invoke('caseData:saveValues', { caseId: c.id, values: { historyTakenBy: null, timeCompliant: true } });
    expect((await t.invoke('caseData:get', { caseId: c.id })).values).toEqual({
      'exam.streetAddress': '100 Fictional Ave',
      timeCompliant: true,
    });
  });
});
