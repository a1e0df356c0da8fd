// "New case from this one": an earlier case offers its parties and its written narrative sections (history and
// examination ticked, this injury's sections not); the new case brings only what was chosen, never the dates, the
// signing values, the injuries or the answers; a bad choice is refused and writes nothing.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RichDocument } from '../../../electron/common/document/doc-model';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
beforeEach(() => {
  t = createTempBackend({ prefix: 'medlegal-copy-forward-' });
});
afterEach(async () => {
  await t.cleanup();
});

const fields = (name: string, examDate: string | null): InputOf<'cases:create'>['fields'] => ({
  examineeName: name,
  dateOfBirth: '1968-02-14',
  claimNumber: 'CF-1001',
  employer: 'Fictional Freight',
  claimsAdministrator: 'Example Claims',
  reportKind: 'QME',
  examDate,
});
const paragraph = (text: string): RichDocument => [{ type: 'paragraph', children: [{ text }] }];

async function earlierCase(): Promise<string> {
  const c = await t.invoke('cases:create', { fields: fields('Jesse R. Returning', '2025-06-01') });
  await t.invoke('caseData:saveParties', {
    caseId: c.id,
    items: [
      {
        id: randomUUID(),
        role: 'applicant-attorney',
        name: 'Lee Advocate',
        organization: 'Fictional Law',
        address: '1 Main St',
        phone: '',
        email: '',
      },
    ],
  });
  await t.invoke('caseData:saveInjuries', {
    caseId: c.id,
    items: [
      {
        id: randomUUID(),
        kind: 'specific',
        date: '2025-01-10',
        ctFrom: null,
        ctTo: null,
        adjNumber: 'ADJ7777777',
        description: '',
        bodyParts: [{ name: 'Lumbar spine', status: 'accepted' }],
        psychClaimed: false,
      },
    ],
  });
  await t.invoke('caseData:saveValues', { caseId: c.id, values: { 'signing.date': '2025-06-20', 'signing.county': 'Kern' } });
  for (const [sectionId, text] of [
    ['employment-history', 'Forklift operator since 2009; lifts up to 50 pounds.'],
    ['past-medical-history', 'Hypertension, treated with lisinopril.'],
    ['history-of-injury', 'Slipped on a loading dock on January 10, 2025.'],
    ['physical-examination', 'Lumbar spine: flexion, extension and lateral bending measured with an inclinometer.'],
  ] as const) {
    await t.invoke('documents:save', { caseId: c.id, sectionId, content: paragraph(text) });
  }
  return c.id;
}

it('offers the parties and the written sections, suggesting the history and the examination layout', async () => {
  const from = await earlierCase();
  const options = await t.invoke('cases:copyForwardOptions', { fromCaseId: from });
  expect(options.from.examineeName).toBe('Jesse R. Returning');
  expect(options.parties).toBe(1);
  const suggested = Object.fromEntries(options.sections.map((s) => [s.sectionId, s.suggested]));
  expect(suggested).toEqual({
    'history-of-injury': false,
    'employment-history': true,
    'past-medical-history': true,
    'physical-examination': true,
  });
  expect(options.sections.find((s) => s.sectionId === 'employment-history')!.words).toBe(9);
});

it('brings only what was chosen, as new rows of the new case, and never the dates or injuries', async () => {
  const from = await earlierCase();
  const created = await t.invoke('cases:createFrom', {
    fromCaseId: from,
    fields: fields('Jesse R. Returning', '2026-11-30'),
    bring: { parties: true, sectionIds: ['employment-history', 'physical-examination'] },
  });
  expect(created.id).not.toBe(from);
  expect(created.template).toEqual((await t.invoke('cases:get', { id: from })).template);
  expect(created.examDate).toBe('2026-11-30');

  const [before, after] = await Promise.all([
    t.invoke('caseData:get', { caseId: from }),
    t.invoke('caseData:get', { caseId: created.id }),
  ]);
  expect(after.parties.map((p) => p.name)).toEqual(['Lee Advocate']);
  expect(after.parties[0]!.id).not.toBe(before.parties[0]!.id);
  expect(after.injuries).toEqual([]);
  expect(after.values).toEqual({});

  const sections = (await t.invoke('documents:list', { caseId: created.id })).map((d) => d.sectionId).sort();
  expect(sections).toEqual(['employment-history', 'physical-examination']);
  const employment = await t.invoke('documents:get', { caseId: created.id, sectionId: 'employment-history' });
  expect(employment.content).toEqual(paragraph('Forklift operator since 2009; lifts up to 50 pounds.'));

  // The earlier case is untouched.
  expect((await t.invoke('documents:list', { caseId: from })).length).toBe(4);
});

it('refuses a section the earlier case has not written, and creates nothing', async () => {
  const from = await earlierCase();
  await expect(
    t.invoke('cases:createFrom', {
      fromCaseId: from,
      fields: fields('Jesse R. Returning', null),
      bring: { parties: true, sectionIds: ['current-complaints'] },
    }),
  ).rejects.toMatchObject({ failure: { code: 'invalid-input', message: expect.stringContaining('current-complaints') } });
  expect((await t.invoke('cases:list', { query: '' })).length).toBe(1);
});

it('refuses a new case without a name, with the field named', async () => {
  const from = await earlierCase();
  await expect(
    t.invoke('cases:createFrom', { fromCaseId: from, fields: fields('', null), bring: { parties: false, sectionIds: [] } }),
  ).rejects.toMatchObject({ failure: { message: expect.stringContaining('examinee') } });
  expect((await t.invoke('cases:list', { query: '' })).length).toBe(1);
});
