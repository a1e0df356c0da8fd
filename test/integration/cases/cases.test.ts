// Cases and their sections through the real handler registry over a real SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import type { CaseRecord } from '../../../electron/common/case/case-model';

let dir: string;
let backend: Backend;
const invoke = async <T>(channel: string, payload: unknown): Promise<T> => {
  const result = await backend.registry.invoke(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
};
const fields = (name: string, claim: string) => ({
  examineeName: name,
  dateOfBirth: '1975-05-05',
  claimNumber: claim,
  employer: 'E',
  claimsAdministrator: 'CA',
  reportKind: 'QME',
  examDate: null,
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-cases-'));
  backend = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null } });
});
afterEach(async () => {
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('case list search', () => {
  it('finds cases by part of the examinee name or the claim number, case-insensitively', async () => {
    await invoke('cases:create', { fields: fields('Alice Alpha', 'WC-100') });
    await invoke('cases:create', { fields: fields('Bob Beta', 'WC-200') });
    await invoke('cases:create', { fields: fields('Carol 100%_ Gamma', 'X-9') });
    const names = async (query: string) => (await invoke<CaseRecord[]>('cases:list', { query })).map((c) => c.examineeName).sort();
    expect(await names('')).toEqual(['Alice Alpha', 'Bob Beta', 'Carol 100%_ Gamma']);
    expect(await names('alph')).toEqual(['Alice Alpha']);
    expect(await names('wc-2')).toEqual(['Bob Beta']);
    expect(await names('100')).toEqual(['Alice Alpha', 'Carol 100%_ Gamma']);
    expect(await names('%_')).toEqual(['Carol 100%_ Gamma']); // wildcards typed by the user are literal
    expect(await names('zzz')).toEqual([]);
  });
});

describe('case validation', () => {
  it.each([
    [{ ...fields('', 'x') }, 'fields.examineeName: Enter the examinee’s name.'],
    [{ ...fields('A', 'x'), dateOfBirth: '2026-02-30' }, 'fields.dateOfBirth: Enter a real date (MM/DD/YYYY).'],
    [{ ...fields('A', 'x'), reportKind: 'XYZ' }, 'fields.reportKind'],
  ])('refuses %j with a message naming the field', async (bad, message) => {
    const result = await backend.registry.invoke('cases:create', { fields: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toContain(message);
    }
    expect(await invoke<CaseRecord[]>('cases:list', { query: '' })).toEqual([]);
  });
});

describe('sections and deletion', () => {
  it('saves a section, reads it back after reopening the database, and deletes it with its case', async () => {
    const c = await invoke<CaseRecord>('cases:create', { fields: fields('Dana Delta', 'D-1') });
    const content = [{ type: 'paragraph', children: [{ text: 'Hello ' }, { text: 'world', bold: true }] }];
    await invoke('documents:save', { caseId: c.id, sectionId: 'narrative', content });
    await backend.close();
    backend = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null } });
    expect((await invoke<{ content: unknown }>('documents:get', { caseId: c.id, sectionId: 'narrative' })).content).toEqual(content);

    // Deleted: gone from the list and from every read, but restorable with its text until the app closes.
    await invoke('cases:delete', { id: c.id });
    expect(await invoke<CaseRecord[]>('cases:list', { query: '' })).toEqual([]);
    const gone = await backend.registry.invoke('cases:get', { id: c.id });
    expect(gone).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringContaining('no longer exists') } });
    expect((await invoke<CaseRecord>('cases:restore', { id: c.id })).examineeName).toBe('Dana Delta');
    expect((await invoke<{ content: unknown }>('documents:get', { caseId: c.id, sectionId: 'narrative' })).content).toEqual(content);

    // Deleted again and the app closed: removed for good, with its sections; Undo is no longer possible.
    await invoke('cases:delete', { id: c.id });
    await backend.close();
    backend = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null } });
    const orphan = backend.db.prepare('SELECT COUNT(*) AS n FROM section_documents').get() as { n: number };
    expect(orphan.n).toBe(0);
    expect((backend.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n).toBe(0);
    const late = await backend.registry.invoke('cases:restore', { id: c.id });
    expect(late).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringContaining('removed for good when the app closes') } });
  });

  it('purges a deleted case at the next start when the app did not close (a crash)', async () => {
    const c = await invoke<CaseRecord>('cases:create', { fields: fields('Flo Crash', 'F-1') });
    await invoke('cases:delete', { id: c.id });
    // No close(): the database is simply opened again by a new backend.
    const second = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null } });
    try {
      expect((second.db.prepare('SELECT COUNT(*) AS n FROM cases WHERE id = ?').get(c.id) as { n: number }).n).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('refuses a malformed document and keeps what was saved before', async () => {
    const c = await invoke<CaseRecord>('cases:create', { fields: fields('Eve Epsilon', 'E-1') });
    const good = [{ type: 'paragraph', children: [{ text: 'kept' }] }];
    await invoke('documents:save', { caseId: c.id, sectionId: 'narrative', content: good });
    const bad = await backend.registry.invoke('documents:save', { caseId: c.id, sectionId: 'narrative', content: [{ type: 'script', children: [] }] });
    expect(bad.ok).toBe(false);
    expect((await invoke<{ content: unknown }>('documents:get', { caseId: c.id, sectionId: 'narrative' })).content).toEqual(good);
  });

  it.each([
    ['qme', 'ca-qme-comprehensive', 'diagnostic-testing', 3],
    ['ltd', 'ime-disability-insurance', 'history-of-condition', 2],
  ])('opens a fresh, complete copy of the %s sample each time', async (sample, templateId, sectionId, questionCount) => {
    const a = await invoke<CaseRecord>('cases:openSample', { sample });
    const b = await invoke<CaseRecord>('cases:openSample', { sample });
    expect(a.id).not.toBe(b.id);
    expect(a.template.id).toBe(templateId);
    const doc = await invoke<{ content: { type: string }[] }>('documents:get', { caseId: a.id, sectionId });
    expect(doc.content.length).toBeGreaterThan(0);
    const data = await invoke<{ questions: { id: string; partyId: string | null }[]; parties: { id: string }[] }>('caseData:get', { caseId: a.id });
    expect(data.questions).toHaveLength(questionCount);
    // Each question points at a party of this copy, and each has its answer.
    const partyIds = new Set(data.parties.map((p) => p.id));
    expect(data.questions.every((q) => q.partyId !== null && partyIds.has(q.partyId))).toBe(true);
    const filled = await invoke<string[]>('documents:filled', { caseId: a.id });
    expect(data.questions.every((q) => filled.includes(`answer-${q.id}`))).toBe(true);
  });
});
