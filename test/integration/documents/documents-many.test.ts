// Reading every section of a case at once and saving several together (find and replace across the report, and its
// Undo): all of them are saved or, when one is refused, none is; a section beyond the size cap is refused; the words of
// each section counted where they are kept.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import { MAX_SECTION_CHARACTERS } from '../../../electron/common/ipc/documents.contract';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
let caseId: string;
beforeEach(async () => {
  t = createTempBackend({ prefix: 'medlegal-documents-' });
  const fields = {
    examineeName: 'Fictional Person',
    dateOfBirth: '1975-05-05',
    claimNumber: 'DOC-1',
    employer: 'E',
    claimsAdministrator: 'CA',
    reportKind: 'QME',
    examDate: null,
  } as const;
  caseId = (await t.invoke('cases:create', { fields })).id;
});
afterEach(async () => {
  await t.cleanup();
});

it('lists every saved section and answer of the case with its text', async () => {
  await t.invoke('documents:save', { caseId, sectionId: 'history-of-injury', content: paragraphsToDocument(['Lifted a box.']) });
  await t.invoke('documents:save', { caseId, sectionId: 'answer-q1', content: paragraphsToDocument(['Yes.']) });
  const listed = await t.invoke('documents:list', { caseId });
  expect(listed.map((d) => [d.sectionId, d.content])).toEqual([
    ['answer-q1', paragraphsToDocument(['Yes.'])],
    ['history-of-injury', paragraphsToDocument(['Lifted a box.'])],
  ]);
});

it('counts the words of each saved section without sending their text (the report word count)', async () => {
  await t.invoke('documents:save', {
    caseId,
    sectionId: 'history-of-injury',
    content: paragraphsToDocument(['Lifted a box.', 'Felt pain.']),
  });
  await t.invoke('documents:save', { caseId, sectionId: 'answer-q1', content: paragraphsToDocument(['Yes.']) });
  await t.invoke('documents:save', { caseId, sectionId: 'causation', content: paragraphsToDocument(['']) });
  expect(await t.invoke('documents:wordCounts', { caseId })).toEqual({ 'answer-q1': 1, causation: 0, 'history-of-injury': 5 });
});

it('saves several sections together, and none of them when one is refused', async () => {
  const before = paragraphsToDocument(['The lumbar spine.']);
  await t.invoke('documents:save', { caseId, sectionId: 'history-of-injury', content: before });

  await t.invoke('documents:saveMany', {
    caseId,
    documents: [
      { sectionId: 'history-of-injury', content: paragraphsToDocument(['The thoracolumbar spine.']) },
      { sectionId: 'diagnosis-discussion', content: paragraphsToDocument(['Thoracolumbar strain.']) },
    ],
  });
  const saved = await t.invoke('documents:list', { caseId });
  expect(saved.map((d) => d.sectionId)).toEqual(['diagnosis-discussion', 'history-of-injury']);

  const refused = await t.invokeRaw('documents:saveMany', {
    caseId,
    documents: [
      { sectionId: 'history-of-injury', content: before },
      { sectionId: 'Not A Section', content: before },
    ],
  });
  expect(refused.ok).toBe(false);
  const after = await t.invoke('documents:get', { caseId, sectionId: 'history-of-injury' });
  expect(after.content).toEqual(paragraphsToDocument(['The thoracolumbar spine.']));
});

it('refuses a section too long to save with a message that says what to do, keeping what was saved', async () => {
  const kept = paragraphsToDocument(['Saved text.']);
  await t.invoke('documents:save', { caseId, sectionId: 'history-of-injury', content: kept });
  const huge = paragraphsToDocument(['x'.repeat(MAX_SECTION_CHARACTERS + 1)]);
  const refused = await t.invokeRaw('documents:save', { caseId, sectionId: 'history-of-injury', content: huge });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  expect(refused.ok ? '' : refused.error.message).toMatch(/too long to save .* Move part of it to another section/);
  expect((await t.invoke('documents:get', { caseId, sectionId: 'history-of-injury' })).content).toEqual(kept);
});
