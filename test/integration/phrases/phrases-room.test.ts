// The phrases room through the real registry and SQLite: saving, unique names and triggers, placeholders the app cannot
// fill refused, a case's values filling them, the phrases file round trip, a bad file importing nothing, the starter set,
// and the sign check refusing a phrase's "[examinee name]" gap left in a section.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RichDocument } from '../../../electron/common/document/doc-model';
import { renderReport } from '../../../electron/backend/report/render-report';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';
import { GENERATOR_DATA, PHYSICIAN } from '../../unit/report/docx/report-fixture';
import { putFixtureQmeCase } from '../export/seed-qme-case';

const text = (t: string): RichDocument => [{ type: 'paragraph', children: [{ text: t }] }];
const lumbar = {
  name: 'Lumbar exam',
  trigger: ';LumbarExam',
  sectionKind: 'examination' as const,
  content: [
    {
      type: 'paragraph' as const,
      children: [{ text: 'Lumbar spine: ', bold: true }, { text: '{{case.examineeName}} bends freely.' }],
    },
  ],
};

let temp: TempBackend;
let nextOpen: string | null = null;
let nextSave: string | null = null;
/** The fictional QME case of the export tests (its fixed ids allow one per backend). */
let caseId: string;

beforeAll(async () => {
  temp = createTempBackend({
    prefix: 'medlegal-phrases-',
    host: { chooseSavePath: async () => nextSave, chooseOpenFile: async () => nextOpen },
  });
  caseId = await putFixtureQmeCase(temp.backend);
});
afterAll(() => temp.cleanup());

const errorOf = async (channel: string, payload: unknown) => {
  const result = await temp.invokeRaw(channel, payload);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
};

describe('saving phrases', () => {
  it('keeps a phrase with its formatting and a trigger typed in any case', async () => {
    const saved = await temp.invoke('phrases:save', lumbar);
    expect(saved).toMatchObject({ name: 'Lumbar exam', trigger: 'lumbarexam', sectionKind: 'examination', example: false });
    expect(saved.content[0]!.children[0]).toEqual({ text: 'Lumbar spine: ', bold: true });
    expect((await temp.invoke('phrases:list', {})).map((p) => p.trigger)).toContain('lumbarexam');
  });

  it('refuses a second phrase with the same trigger or name, naming the phrase that has it', async () => {
    const trigger = await errorOf('phrases:save', { ...lumbar, name: 'Another' });
    expect(trigger).toMatchObject({ code: 'conflict' });
    expect(trigger.message).toContain('The trigger ;lumbarexam is already used by the phrase "Lumbar exam"');
    const name = await errorOf('phrases:save', { ...lumbar, name: 'LUMBAR EXAM', trigger: 'other' });
    expect(name.message).toContain('A phrase named "Lumbar exam" already exists');
  });

  it('refuses an unknown placeholder, naming it and listing the known ones', async () => {
    const error = await errorOf('phrases:save', {
      ...lumbar,
      trigger: 'typo',
      name: 'Typo',
      content: text('{{case.patientName}} is well.'),
    });
    expect(error.message).toContain('Unknown placeholder {{case.patientName}}');
    expect(error.message).toContain('{{case.examineeName}}');
    expect(error.message).toContain('{{case.datesOfInjury}}');
    expect((await temp.invoke('phrases:list', {})).some((p) => p.trigger === 'typo')).toBe(false);
  });

  it('renames a phrase and deletes it; the deleted phrase comes back with Undo (saved again)', async () => {
    const saved = await temp.invoke('phrases:save', { ...lumbar, name: 'Neck', trigger: 'neck', content: text('Neck supple.') });
    const renamed = await temp.invoke('phrases:save', { ...saved, name: 'Neck, normal' });
    expect(renamed).toMatchObject({ id: saved.id, name: 'Neck, normal', trigger: 'neck' });
    const deleted = await temp.invoke('phrases:delete', { id: saved.id });
    expect((await temp.invoke('phrases:list', {})).some((p) => p.id === saved.id)).toBe(false);
    const { id: _id, ...fields } = deleted;
    await temp.invoke('phrases:save', fields);
    expect((await temp.invoke('phrases:list', {})).find((p) => p.trigger === 'neck')?.name).toBe('Neck, normal');
  });
});

describe('filling placeholders from a case', () => {
  it('prints the case’s values as the report does and a gap for a value the case lacks', async () => {
    const values = await temp.invoke('phrases:values', { caseId });
    expect(values['case.examineeName']).toBe('Maria Q. Sample');
    expect(values['case.examDate']).toBe('11/02/2026');
    const bare = await temp.backend.services.cases.create({
      examineeName: 'Pat Example',
      dateOfBirth: '1980-01-01',
      claimNumber: '',
      employer: '',
      claimsAdministrator: '',
      reportKind: 'QME',
      examDate: '',
    });
    const gaps = await temp.invoke('phrases:values', { caseId: bare.id });
    expect(gaps['case.examineeName']).toBe('Pat Example');
    expect(gaps['case.datesOfInjury']).toBe('[date of injury]');
    expect(gaps['case.bodyPartsClaimed']).toBe('[body parts claimed]');
  });
});

describe('the phrases file', () => {
  it('exports every phrase and imports them into another practice’s app unchanged', async () => {
    nextSave = path.join(temp.dir, 'My phrases.json');
    const exported = await temp.invoke('phrases:export', {});
    const before = await temp.invoke('phrases:list', {});
    expect(exported).toEqual({ filePath: nextSave, count: before.length });

    const other = createTempBackend({
      prefix: 'medlegal-phrases-other-',
      host: { chooseSavePath: async () => null, chooseOpenFile: async () => nextSave },
    });
    try {
      expect(await other.invoke('phrases:import', {})).toEqual({ imported: before.length });
      const strip = (list: typeof before) =>
        list.map(({ name, trigger, sectionKind, content }) => ({ name, trigger, sectionKind, content }));
      expect(strip(await other.invoke('phrases:list', {}))).toEqual(strip(before));
    } finally {
      await other.cleanup();
    }
  });

  const importing = async (contents: string) => {
    nextOpen = path.join(temp.dir, 'bad.json');
    fs.writeFileSync(nextOpen, contents);
    const before = await temp.invoke('phrases:list', {});
    const error = await errorOf('phrases:import', {});
    expect(await temp.invoke('phrases:list', {})).toEqual(before);
    expect(error.code).toBe('invalid-file');
    expect(error.message).toContain('Nothing was imported');
    return error.message;
  };
  const file = (phrases: unknown[]) => JSON.stringify({ format: 'medlegal-writer-phrases', version: 1, phrases });
  const good = { name: 'Knee', trigger: 'knee', sectionKind: 'examination', content: text('No effusion.') };

  it('refuses a file that is not JSON or not a phrases file, importing nothing', async () => {
    expect(await importing('{ not json')).toContain('is not a JSON file');
    expect(await importing(JSON.stringify({ phrases: [] }))).toContain('not a MedLegal Writer phrases file');
  });

  it('refuses the whole file for one bad phrase, saying which phrase and what is wrong', async () => {
    const unknown = await importing(
      file([good, { ...good, name: 'Hip', trigger: 'hip', content: text('{{case.pronoun}} walks.') }]),
    );
    expect(unknown).toContain('phrase 2 ("Hip")');
    expect(unknown).toContain('Unknown placeholder {{case.pronoun}}');
    expect(await importing(file([good, { ...good, name: 'Knee 2' }]))).toContain('the trigger repeats phrase "Knee"');
    expect(await importing(file([{ ...good, trigger: 'lumbarexam' }]))).toContain('already used by the phrase "Lumbar exam"');
    expect(await importing(file([{ ...good, sectionKind: 'ears' }]))).toContain('phrase 1 ("Knee"), sectionKind');
  });
});

describe('the starter phrases', () => {
  it('adds examples to edit once, each valid, and never over the physician’s own', async () => {
    const first = await temp.invoke('phrases:addStarter', {});
    expect(first.added).toBeGreaterThanOrEqual(10);
    const examples = (await temp.invoke('phrases:list', {})).filter((p) => p.example);
    expect(examples).toHaveLength(first.added);
    expect(examples.every((p) => p.name.startsWith('Example: '))).toBe(true);
    expect(examples.some((p) => p.sectionKind === 'examination') && examples.some((p) => p.sectionKind === 'impairment')).toBe(
      true,
    );
    expect(await temp.invoke('phrases:addStarter', {})).toEqual({ added: 0 });
    // Editing an example makes it the physician's own.
    const edited = await temp.invoke('phrases:save', { ...examples[0]!, name: 'My knee exam' });
    expect(edited.example).toBe(false);
  });
});

describe('the sign check', () => {
  it('refuses a report whose section still holds a phrase’s "[examinee name]" gap', async () => {
    const assembled = await temp.backend.services.assembler.assemble(caseId);
    const fixture = { physician: PHYSICIAN, records: { totalPagesReceived: 60, totalPagesReviewed: 48 }, tables: GENERATOR_DATA };
    const clean = await renderReport({ ...assembled, ...fixture }, { draft: false });
    expect(clean.unfilled.join()).not.toContain('examinee name');

    const [sectionId] = [...assembled.documents.keys()].filter((id) => !id.startsWith('answer-'));
    const section = assembled.template.sections.find((s) => s.id === sectionId)!;
    temp.backend.services.documents.save(caseId, sectionId!, text('[examinee name] bends to the knees without pain.'));
    const withGap = await temp.backend.services.assembler.assemble(caseId);
    const rendered = await renderReport({ ...withGap, ...fixture }, { draft: false });
    expect(rendered.unfilled).toContain(`examinee name (${section.title})`);
  });
});
