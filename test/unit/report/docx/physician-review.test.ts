// What a physician's review of signed reports found (issue #11), read back from the .docx: yes-no answers print as
// statements, typed question numbers are not doubled, the declarations keep with the signature, the proof of service
// carries no note to the physician, and a body part prints its status only when one was stated.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportValues, type RenderOptions } from '../../../../electron/backend/report/docx/build-template-report';
import { splitTypedNumber } from '../../../../electron/backend/report/docx/generated-sections';
import type { CaseData } from '../../../../electron/common/case/structure-model';
import type { ReportContext } from '../../../../electron/common/report/template-values';
import { isFieldIncluded, isSectionIncluded } from '../../../../electron/common/template/conditions';
import { sectionsInExportOrder, templateFields, type Template } from '../../../../electron/common/template/template-schema';
import { buildReport, elementText, partText, sectionXml } from './docx-parts';
import { parseXml, type XmlElement } from './ooxml-check';
import { builtinTemplate, GENERATOR_DATA, ltdContext, PARTIES, qmeContext, qmeDocuments } from './report-fixture';

const BUILTIN_STEMS = readdirSync(path.resolve(__dirname, '../../../../templates/builtin'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

const SIGNED: RenderOptions = { draft: false };

let qme: Template;
beforeAll(async () => {
  qme = await builtinTemplate('ca-qme-comprehensive-v1');
});

async function qmeText(change: (data: CaseData) => void = () => {}, options: RenderOptions = SIGNED) {
  const ctx = qmeContext();
  change(ctx.data);
  return buildReport(qme, ctx, qmeDocuments(qme), options, GENERATOR_DATA);
}

describe('yes-no answers print as the statement the physician signs', () => {
  it('prints the QME’s §4605 answer as a sentence, never the app’s question', async () => {
    const no = partText((await qmeText()).documentXml);
    expect(no).toContain('I did not receive any report that the employee obtained at their own expense.');
    expect(no).not.toMatch(/Did you receive any report/);
    const yes = partText((await qmeText((d) => (d.values.selfProcuredReportsReceived = true))).documentXml);
    expect(yes).toContain('I received reports that the employee obtained at their own expense.');
  });

  it('prints the IME’s impairment-rating answer as a sentence', async () => {
    const template = await builtinTemplate('ime-workers-comp-v1');
    const ctx = qmeContext();
    ctx.data.values = { ...ctx.data.values, impairmentRatingRequested: true };
    const text = partText((await buildReport(template, ctx, new Map(), SIGNED)).documentXml);
    expect(text).toContain('The referral asked for an impairment rating.');
    expect(text).not.toMatch(/Did the referral ask/);
  });

  it.each(BUILTIN_STEMS)('%s prints no yes-no label, whatever the answers', async (stem) => {
    const template = await builtinTemplate(stem);
    const yesNo = templateFields(template).filter(({ field }) => field.type === 'yes-no');
    for (const answer of [true, false]) {
      const ctx = qmeContext();
      ctx.data.values = { ...ctx.data.values, ...Object.fromEntries(yesNo.map(({ field }) => [field.id, answer])) };
      const text = partText((await buildReport(template, ctx, new Map(), SIGNED)).documentXml);
      const values = reportValues(ctx);
      for (const { field, section } of yesNo) {
        expect(text, `${stem}/${field.id}`).not.toContain(field.label.replace(/[?:]$/, ''));
        if (field.type !== 'yes-no' || !isSectionIncluded(section, values) || !isFieldIncluded(field, section, values)) continue;
        expect(text, `${stem}/${field.id}=${answer}`).toContain(answer ? field.printAs!.yes : field.printAs!.no);
      }
    }
  });

  it('prints "Label: Yes" for a user template that gives no sentences', async () => {
    const own = structuredClone(qme);
    for (const { field } of templateFields(own)) if (field.type === 'yes-no') delete field.printAs;
    const text = partText((await buildReport(own, qmeContext(), qmeDocuments(own), SIGNED, GENERATOR_DATA)).documentXml);
    expect(text).toContain('Examination performed by video (remote): No');
  });
});

describe('questions entered with their own numbers', () => {
  const numbered = (texts: string[]) => (d: CaseData) => {
    d.questions = texts.map((text, i) => ({ id: `00000000-0000-4000-8000-00000000090${i}`, partyId: PARTIES[1]!.id, text }));
  };
  const questionParagraphs = (xml: string) =>
    sectionXml(xml, "Answers to the parties' questions")
      .split('<w:p>')
      .filter((p) => p.includes('<w:i/>'));

  it.each([
    ['1. ', '2. '],
    ['1) ', '2) '],
    ['(1) ', '(2) '],
    ['Q1: ', 'Q2: '],
    ['Question 1: ', 'Question 2: '],
    ['Question No. 1 - ', 'Question No. 2 - '],
  ])('prints "%s…" once, as the list’s own number', async (first, second) => {
    const report = await qmeText(numbered([`${first}Is the injury industrial?`, `${second}What are the restrictions?`]));
    const text = partText(report.documentXml);
    expect(text).toMatch(/^Is the injury industrial\?$/m);
    expect(text).toMatch(/^What are the restrictions\?$/m);
    const paragraphs = questionParagraphs(report.documentXml);
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) expect(p).toContain('<w:numId');
  });

  it('keeps the party’s own numbers when they do not run 1, 2, 3 (only some questions entered)', async () => {
    const report = await qmeText(numbered(['3. Is the injury industrial?', '7. What are the restrictions?']));
    // The number, a tab to the text's indent, the question: partText drops the tab.
    expect(partText(report.documentXml)).toMatch(/^3\.Is the injury industrial\?$/m);
    expect(partText(report.documentXml)).toMatch(/^7\.What are the restrictions\?$/m);
    const paragraphs = questionParagraphs(report.documentXml);
    expect(paragraphs).toHaveLength(2);
    for (const p of paragraphs) {
      expect(p).not.toContain('<w:numId');
      expect(p).toContain('<w:tab/>');
    }
  });

  it.each([
    ['1.5 mg of what, daily?', null],
    ['10 days after the injury, was she working?', null],
    ['Quality of life: is it affected?', null],
    ['1.', null],
    ['12. Is surgery reasonable?', 12],
    ['Q. 4) Is surgery reasonable?', 4],
  ])('reads the typed number of "%s" as %s', (text, number) => {
    const split = splitTypedNumber(text);
    expect(split.number).toBe(number);
    expect(split.text).toBe(number === null ? text : 'Is surgery reasonable?');
  });
});

/** The body's paragraphs from a section's Heading 1 up to the next one, heading included. */
function sectionParagraphs(documentXml: string, title: string): XmlElement[] {
  const body = parseXml(documentXml).children.find((c) => c.name === 'w:body')!.children;
  const isHeading = (e: XmlElement) =>
    e.name === 'w:p' &&
    e.children.some(
      (c) => c.name === 'w:pPr' && c.children.some((s) => s.name === 'w:pStyle' && s.attrs['w:val'] === 'Heading1'),
    );
  const start = body.findIndex((e) => isHeading(e) && elementText(e) === title);
  if (start < 0) throw new Error(`No section headed "${title}"`);
  const end = body.findIndex((e, i) => i > start && isHeading(e));
  return body.slice(start, end < 0 ? body.length : end).filter((e) => e.name === 'w:p');
}

const hasProperty = (p: XmlElement, name: string) =>
  p.children.some((c) => c.name === 'w:pPr' && c.children.some((x) => x.name === name && x.attrs['w:val'] !== 'false'));

function expectKeptTogether(documentXml: string, title: string) {
  const paragraphs = sectionParagraphs(documentXml, title);
  expect(paragraphs.length, title).toBeGreaterThan(1);
  for (const p of paragraphs) {
    expect(hasProperty(p, 'w:keepNext'), `${title}: "${elementText(p)}" keeps with the next`).toBe(true);
    expect(hasProperty(p, 'w:keepLines'), `${title}: "${elementText(p)}" keeps its lines together`).toBe(true);
  }
}

/** Titles of the fixed-text sections printed right before the signature, in order. */
function declarationsBeforeSignature(template: Template, ctx: ReportContext): string[] {
  const sections = sectionsInExportOrder(template).filter((s) => isSectionIncluded(s, reportValues(ctx)));
  const at = sections.findIndex((s) => s.kind === 'generated' && s.generator === 'signature-block');
  const before: string[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const s = sections[i]!;
    if (!(s.kind === 'generated' && s.generator === 'fixed-text')) break;
    before.unshift(s.title);
  }
  return before;
}

describe('the declarations and the signature print on one page', () => {
  it('keeps the §5703 statement, the §4628(j) declaration with "Executed on…" and the signature block together', async () => {
    const { documentXml } = await qmeText();
    expect(declarationsBeforeSignature(qme, qmeContext())).toEqual([
      'Statement under Labor Code §5703',
      'Declaration under penalty of perjury (Labor Code §4628(j))',
    ]);
    for (const title of [...declarationsBeforeSignature(qme, qmeContext()), 'Signature']) expectKeptTogether(documentXml, title);
    const executed = sectionParagraphs(documentXml, 'Declaration under penalty of perjury (Labor Code §4628(j))').at(-1)!;
    expect(elementText(executed)).toBe('Executed on 11/20/2026, in Los Angeles County, California.');
    // Only the declarations that lead up to the signature: the rest of the report flows as before.
    expect(hasProperty(sectionParagraphs(documentXml, 'Verification of pages reviewed')[1]!, 'w:keepNext')).toBe(false);
  });

  it('keeps the LTD report’s closing statements with its signature block', async () => {
    const template = await builtinTemplate('ime-disability-insurance-v1');
    const ctx = ltdContext();
    const { documentXml } = await buildReport(template, ctx, new Map(), SIGNED);
    const before = declarationsBeforeSignature(template, ctx);
    expect(before).toContain('Basis of opinions');
    for (const title of [...before, 'Signature']) expectKeptTogether(documentXml, title);
    expect(hasProperty(sectionParagraphs(documentXml, 'Independence and consent')[1]!, 'w:keepNext')).toBe(false);
  });
});

describe('the proof of service', () => {
  const service = {
    method: 'mail' as const,
    date: '2026-11-20',
    county: 'Los Angeles',
    declarantName: 'Avery R. Fictional, MD',
    declarantAddress: '500 Example Avenue\nPasadena, CA 91101',
  };

  it('prints the declaration without the note telling the physician to attach QME Form 122', async () => {
    const report = await qmeText(undefined, { draft: false, proofOfService: service });
    const text = partText(report.documentXml);
    expect(text).toContain('Declaration of Service of Medical-Legal Report');
    expect(text).toContain('I, Avery R. Fictional, MD, declare:');
    expect(text).not.toMatch(/Content of QME Form 122|attach QME Form 122|never printed/i);
  });

  it('outside California, says why there is no declaration in the warnings, not in the report', async () => {
    const template = await builtinTemplate('ime-disability-insurance-v1');
    const report = await buildReport(template, ltdContext(), new Map(), { draft: false, proofOfService: service });
    const text = partText(report.documentXml);
    expect(text).toContain('Service List');
    expect(text).not.toMatch(/declaration of service is generated only|Note on service/i);
    expect(report.warnings.join(' ')).toMatch(/declaration of service is generated only for California/i);
  });
});

describe('body parts', () => {
  it('prints a body part whose status was never set by its name alone, and a stated status in parentheses', async () => {
    const report = await qmeText((d) => {
      d.injuries = d.injuries.map((injury, i) => ({
        ...injury,
        bodyParts: injury.bodyParts.map((p, j) => ({ ...p, status: i === 0 && j === 0 ? 'undetermined' : p.status })),
      }));
    });
    const lines = partText(report.documentXml).split('\n');
    const caption = lines.indexOf('Body parts claimed');
    expect(lines[caption + 1]).toBe('Lumbar spine; Left lower extremity (disputed); Right wrist (disputed)');
    const injuries = lines.slice(lines.indexOf('Claimed injuries'), lines.indexOf('Records reviewed'));
    expect(injuries).toContain('Lumbar spine');
    expect(injuries).toContain('Left lower extremity (disputed)');
    expect(lines.join('\n')).not.toContain('undetermined');
  });
});
