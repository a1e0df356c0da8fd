// A section's revision history through the real IPC registry: a revision is kept at the first save, then at the first
// save after 10 minutes without one (the backend's clock is moved), at signing and before a restore; a restore changes
// the saved section and the exported report; bad or stale ids get messages saying what to do.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphsToDocument } from '../../../electron/common/document/doc-model';
import { createDocumentRepository } from '../../../electron/backend/documents/document-repository';
import { createRevisionService } from '../../../electron/backend/documents/revision-service';
import { docxText } from '../../helpers/docx';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';
import { openSigningSession, TEST_PROFILE, type SigningSession } from '../signing/signing-session';

const MINUTE = 60_000;
const SECTION = 'history-of-injury';
const text = (...paragraphs: string[]) => paragraphsToDocument(paragraphs);

describe('revisions while editing', () => {
  let t: TempBackend;
  let caseId: string;
  let clock: number;
  let exported: string[];
  beforeEach(async () => {
    clock = Date.UTC(2026, 11, 7, 17, 0, 0);
    exported = [];
    t = createTempBackend({
      prefix: 'medlegal-revisions-',
      dataSubdir: 'data',
      now: () => new Date(clock),
      host: {
        chooseSavePath: async (name) => {
          exported.push(path.join(t.dir, `${exported.length + 1}-${name}`));
          return exported.at(-1)!;
        },
      },
    });
    const fields = {
      examineeName: 'Rosalind Fictional',
      dateOfBirth: '1970-03-03',
      claimNumber: 'REV-1',
      employer: 'Example Tiles',
      claimsAdministrator: 'Example Claims',
      reportKind: 'QME',
      examDate: null,
    } as const;
    caseId = (await t.invoke('cases:create', { fields })).id;
  });
  afterEach(async () => {
    await t.cleanup();
  });
  const save = (...paragraphs: string[]) =>
    t.invoke('documents:save', { caseId, sectionId: SECTION, content: text(...paragraphs) });
  const revisions = () => t.invoke('revisions:list', { caseId, sectionId: SECTION });

  it('keeps the first save, none while saves follow within 10 minutes, then the first save after', async () => {
    await save('Lifted');
    clock += 4 * MINUTE;
    await save('Lifted a box');
    clock += 5 * MINUTE + 59_000;
    await save('Lifted a box at work.');
    expect((await revisions()).map((r) => r.number)).toEqual([1]);

    clock += 1_000;
    await save('Lifted a box at work. Felt a pop.');
    const listed = await revisions();
    expect(listed.map(({ number, words, label }) => ({ number, words, label }))).toEqual([
      { number: 2, words: 8, label: '' },
      { number: 1, words: 1, label: '' },
    ]);
    expect(listed[0]!.savedAt).toBe(new Date(clock).toISOString());
    // No profile yet: the computer's user is the author; the list itself carries no text.
    expect(listed[0]!.author).not.toBe('');
    expect(JSON.stringify(listed)).not.toContain('Lifted');

    const opened = await t.invoke('revisions:get', { caseId, sectionId: SECTION, revisionId: listed[1]!.id });
    expect(opened.content).toEqual(text('Lifted'));
  });

  it('names the physician of the profile as the author, and records each kept revision in the audit trail', async () => {
    t.backend.services.settings.saveProfile(TEST_PROFILE);
    await save('Slipped on a wet floor.');
    const [kept] = await revisions();
    expect(kept!.author).toBe(TEST_PROFILE.name);
    const events = t.backend.db
      .prepare("SELECT detail FROM audit_events WHERE case_id = ? AND action = 'section.revised'")
      .all(caseId) as { detail: string }[];
    expect(events.map((e) => JSON.parse(e.detail))).toEqual([{ revisionId: kept!.id, sectionKey: SECTION }]);
  });

  it('restores a revision: the current text is kept first, the section and the exported report show the old text', async () => {
    await save('The examinee lifted a tile pallet.');
    clock += 11 * MINUTE;
    await save('The examinee lifted a tile pallet. Rewritten later with a mistake.');
    const [, first] = await revisions();

    const restored = await t.invoke('revisions:restore', { caseId, sectionId: SECTION, revisionId: first!.id });
    expect(restored.content).toEqual(text('The examinee lifted a tile pallet.'));
    expect((await t.invoke('documents:get', { caseId, sectionId: SECTION })).content).toEqual(
      text('The examinee lifted a tile pallet.'),
    );
    const listed = await revisions();
    expect(listed.map((r) => [r.number, r.label])).toEqual([
      [3, 'Before restore'],
      [2, ''],
      [1, ''],
    ]);
    // The restore itself can be undone from History: the text it replaced is revision 3.
    const before = await t.invoke('revisions:get', { caseId, sectionId: SECTION, revisionId: listed[0]!.id });
    expect(before.content).toEqual(text('The examinee lifted a tile pallet. Rewritten later with a mistake.'));

    await t.invoke('export:docx', { caseId });
    const report = await docxText(exported.at(-1)!);
    expect(report).toContain('The examinee lifted a tile pallet.');
    expect(report).not.toContain('Rewritten later');
  });

  it('keeps find and replace across the report (several sections saved together) to the same rule', async () => {
    await t.invoke('documents:saveMany', {
      caseId,
      documents: [
        { sectionId: SECTION, content: text('Right knee.') },
        { sectionId: 'causation', content: text('Industrial.') },
      ],
    });
    expect(await t.invoke('revisions:list', { caseId, sectionId: 'causation' })).toHaveLength(1);
    expect(await revisions()).toHaveLength(1);
  });

  it('refuses bad and stale ids with a message saying what to do', async () => {
    await save('Fell from a ladder.');
    const [kept] = await revisions();
    const bad = await t.invokeRaw('revisions:get', { caseId, sectionId: SECTION, revisionId: 'one' });
    expect(bad).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'revisionId: Choose a version from the History list.' },
    });
    const badSection = await t.invokeRaw('revisions:list', { caseId, sectionId: '../etc' });
    expect(badSection).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'sectionId: Unknown section id.' } });

    for (const input of [
      { caseId, sectionId: SECTION, revisionId: kept!.id + 1000 },
      { caseId, sectionId: 'causation', revisionId: kept!.id },
    ]) {
      for (const channel of ['revisions:get', 'revisions:restore']) {
        const result = await t.invokeRaw(channel, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
        if (!result.ok) expect(result.error.message).toMatch(/no longer kept .* Close History and open it again\.$/);
      }
    }
    const otherCase = await t.invokeRaw('revisions:list', { caseId: crypto.randomUUID(), sectionId: SECTION });
    expect(otherCase).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // Nothing was changed by the refused restores.
    expect((await t.invoke('documents:get', { caseId, sectionId: SECTION })).content).toEqual(text('Fell from a ladder.'));
  });

  it('drops the oldest ordinary revisions past the cap, never a signed or before-restore one', async () => {
    const db = t.backend.db;
    const documents = createDocumentRepository(db);
    const capped = createRevisionService({
      db,
      cases: t.backend.services.cases,
      documents,
      physicianName: () => '',
      now: () => new Date(clock),
      maxPerSection: 3,
    });
    const saveCapped = (words: string) =>
      capped.saveKeeping(caseId, [{ sectionId: SECTION, content: text(words) }], () =>
        documents.save(caseId, SECTION, text(words)),
      );
    saveCapped('one');
    db.transaction(() => capped.keepSigned(caseId, 1))();
    for (const words of ['two', 'three', 'four']) {
      clock += 10 * MINUTE;
      saveCapped(words);
    }
    expect((await revisions()).map((r) => [r.number, r.label])).toEqual([
      [5, ''],
      [4, ''],
      [2, 'Signed version 1'],
    ]);
  });

  it('goes with the case when the deleted case is purged', async () => {
    await save('Strained the back.');
    await t.invoke('cases:delete', { id: caseId });
    t.backend.services.cases.purgeDeleted();
    const left = t.backend.db.prepare('SELECT count(*) AS n FROM section_revisions WHERE case_id = ?').get(caseId) as {
      n: number;
    };
    expect(left.n).toBe(0);
  });
});

describe('revisions at signing', () => {
  let session: SigningSession;
  afterEach(async () => {
    await session?.close();
  });

  it('keeps every saved section as signed, labelled with the version, and refuses a restore until a new version', async () => {
    session = await openSigningSession();
    const { caseId } = session;
    const saved = await session.call('documents:list', { caseId });
    await session.call('export:sign', { caseId, county: 'Orange' });

    for (const { sectionId, content } of saved) {
      const [signed] = await session.call('revisions:list', { caseId, sectionId });
      expect(signed, sectionId).toMatchObject({ label: 'Signed version 1', author: TEST_PROFILE.name });
      expect((await session.call('revisions:get', { caseId, sectionId, revisionId: signed!.id })).content).toEqual(content);
    }

    const sectionId = saved[0]!.sectionId;
    const [signed] = await session.call('revisions:list', { caseId, sectionId });
    const refused = await session.fail('revisions:restore', { caseId, sectionId, revisionId: signed!.id });
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused.message).toMatch(/^Version 1 of this report is signed.*Create a new version first/);

    await session.call('cases:reopenForEdit', { caseId });
    const restored = await session.call('revisions:restore', { caseId, sectionId, revisionId: signed!.id });
    expect(restored.content).toEqual(saved[0]!.content);
  });
});
