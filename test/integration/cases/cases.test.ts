// Cases and their sections through the real handler registry over a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichDocument } from '../../../electron/common/document/doc-model';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
const fields = (name: string, claim: string): InputOf<'cases:create'>['fields'] => ({
  examineeName: name,
  dateOfBirth: '1975-05-05',
  claimNumber: claim,
  employer: 'E',
  claimsAdministrator: 'CA',
  reportKind: 'QME',
  examDate: null,
});

beforeEach(() => {
  t = createTempBackend({ prefix: 'medlegal-cases-' });
});
afterEach(async () => {
  await t.cleanup();
});

describe('case list search', () => {
  it('finds cases by part of the examinee name or the claim number, case-insensitively', async () => {
    await t.invoke('cases:create', { fields: fields('Alice Alpha', 'WC-100') });
    await t.invoke('cases:create', { fields: fields('Bob Beta', 'WC-200') });
    await t.invoke('cases:create', { fields: fields('Carol 100%_ Gamma', 'X-9') });
    const names = async (query: string) => (await t.invoke('cases:list', { query })).map((c) => c.examineeName).sort();
    expect(await names('')).toEqual(['Alice Alpha', 'Bob Beta', 'Carol 100%_ Gamma']);
    expect(await names('alph')).toEqual(['Alice Alpha']);
    expect(await names('wc-2')).toEqual(['Bob Beta']);
    expect(await names('100')).toEqual(['Alice Alpha', 'Carol 100%_ Gamma']);
    expect(await names('%_')).toEqual(['Carol 100%_ Gamma']); // wildcards typed by the user are literal
    expect(await names('zzz')).toEqual([]);
  });

  it('finds a renamed case by its new name only, through the search index and without it', async () => {
    const c = await t.invoke('cases:create', { fields: fields('Erin Echo', 'E-1') });
    await t.invoke('cases:update', { id: c.id, fields: fields('Frida Foxtrot', 'F-77"x') });
    const names = async (query: string) => (await t.invoke('cases:list', { query })).map((r) => r.examineeName);
    expect(await names('echo')).toEqual([]);
    expect(await names('FOXT')).toEqual(['Frida Foxtrot']);
    expect(await names('77"x')).toEqual(['Frida Foxtrot']); // a quote is a character, not FTS syntax
    expect(await names('ri')).toEqual(['Frida Foxtrot']); // too short for the index: scanned, still found
  });
});

describe('the first rows of the case list', () => {
  it('are the first of the whole list in the same order; a limit under one is refused by name', async () => {
    for (const [i, name] of ['Hana Hotel', 'Ivan India', 'Juno Juliet', 'Kai Kilo'].entries())
      await t.invoke('cases:create', { fields: { ...fields(name, `K-${i}`), examDate: `2026-0${i + 1}-10` } });
    const all = await t.invoke('cases:list', { query: '' });
    expect(all).toHaveLength(4);
    expect(await t.invoke('cases:list', { query: '', limit: 2 })).toEqual(all.slice(0, 2));
    expect(await t.invoke('cases:list', { query: '', limit: 10 })).toEqual(all);
    expect(await t.invoke('cases:list', { query: 'kilo', limit: 1 })).toEqual(all.filter((c) => c.examineeName === 'Kai Kilo'));
    const refused = await t.invokeRaw('cases:list', { query: '', limit: 0 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('limit: Ask for at least one case.');
  });
});

describe('case validation', () => {
  it.each([
    [{ ...fields('', 'x') }, 'fields.examineeName: Enter the examinee’s name.'],
    [{ ...fields('A', 'x'), dateOfBirth: '2026-02-30' }, 'fields.dateOfBirth: Enter a real date (MM/DD/YYYY).'],
    [{ ...fields('A', 'x'), reportKind: 'XYZ' }, 'fields.reportKind'],
  ])('refuses %j with a message naming the field', async (bad, message) => {
    // Deliberately wrong values (an unknown report kind among them), so the untyped escape.
    const result = await t.invokeRaw('cases:create', { fields: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toContain(message);
    }
    expect(await t.invoke('cases:list', { query: '' })).toEqual([]);
  });
});

describe('sections and deletion', () => {
  it('saves a section, reads it back after reopening the database, and deletes it with its case', async () => {
    const c = await t.invoke('cases:create', { fields: fields('Dana Delta', 'D-1') });
    const content: RichDocument = [{ type: 'paragraph', children: [{ text: 'Hello ' }, { text: 'world', bold: true }] }];
    await t.invoke('documents:save', { caseId: c.id, sectionId: 'narrative', content });
    await t.reopen();
    expect((await t.invoke('documents:get', { caseId: c.id, sectionId: 'narrative' })).content).toEqual(content);

    // Deleted: gone from the list and from every read, but restorable with its text until the app closes.
    await t.invoke('cases:delete', { id: c.id });
    expect(await t.invoke('cases:list', { query: '' })).toEqual([]);
    await expect(t.invoke('cases:get', { id: c.id })).rejects.toMatchObject({
      failure: { code: 'not-found', message: expect.stringContaining('no longer exists') },
    });
    expect((await t.invoke('cases:restore', { id: c.id })).examineeName).toBe('Dana Delta');
    expect((await t.invoke('documents:get', { caseId: c.id, sectionId: 'narrative' })).content).toEqual(content);

    // Deleted again and the app closed: removed for good, with its sections; Undo is no longer possible.
    await t.invoke('cases:delete', { id: c.id });
    const { db } = await t.reopen();
    const orphan = db.prepare('SELECT COUNT(*) AS n FROM section_documents').get() as { n: number };
    expect(orphan.n).toBe(0);
    expect((db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n).toBe(0);
    await expect(t.invoke('cases:restore', { id: c.id })).rejects.toMatchObject({
      failure: { code: 'not-found', message: expect.stringContaining('removed for good when the app closes') },
    });
  });

  it('purges a deleted case at the next start when the app did not close (a crash)', async () => {
    const c = await t.invoke('cases:create', { fields: fields('Flo Crash', 'F-1') });
    await t.invoke('cases:delete', { id: c.id });
    // No close(): the database is simply opened again by a new backend.
    const second = t.openAfterCrash();
    try {
      expect((second.db.prepare('SELECT COUNT(*) AS n FROM cases WHERE id = ?').get(c.id) as { n: number }).n).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('refuses a malformed document and keeps what was saved before', async () => {
    const c = await t.invoke('cases:create', { fields: fields('Eve Epsilon', 'E-1') });
    const good: RichDocument = [{ type: 'paragraph', children: [{ text: 'kept' }] }];
    await t.invoke('documents:save', { caseId: c.id, sectionId: 'narrative', content: good });
    // A node type the document model does not have, so the untyped escape.
    const bad = await t.invokeRaw('documents:save', {
      caseId: c.id,
      sectionId: 'narrative',
      content: [{ type: 'script', children: [] }],
    });
    expect(bad.ok).toBe(false);
    expect((await t.invoke('documents:get', { caseId: c.id, sectionId: 'narrative' })).content).toEqual(good);
  });

  it.each([
    ['qme', 'ca-qme-comprehensive', 'diagnostic-testing', 3],
    ['ltd', 'ime-disability-insurance', 'history-of-condition', 2],
  ] as const)(
    'opens a fresh, complete copy of the %s sample each time',
    async (sample, templateId, sectionId, questionCount) => {
      const a = await t.invoke('cases:openSample', { sample });
      const b = await t.invoke('cases:openSample', { sample });
      expect(a.id).not.toBe(b.id);
      expect(a.template.id).toBe(templateId);
      const doc = await t.invoke('documents:get', { caseId: a.id, sectionId });
      expect(doc.content.length).toBeGreaterThan(0);
      const data = await t.invoke('caseData:get', { caseId: a.id });
      expect(data.questions).toHaveLength(questionCount);
      // Each question points at a party of this copy, and each has its answer.
      const partyIds = new Set(data.parties.map((p) => p.id));
      expect(data.questions.every((q) => q.partyId !== null && partyIds.has(q.partyId))).toBe(true);
      const filled = await t.invoke('documents:filled', { caseId: a.id });
      expect(data.questions.every((q) => filled.includes(`answer-${q.id}`))).toBe(true);
      // Opening the QME sample imports its record set through the import workers: slow on a loaded two-core machine.
    },
    120_000,
  );
});
