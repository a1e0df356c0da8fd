// What a reader of the exported report notices: sections in template order, conditions honoured, values printed the
// way courts read them, missing values bracketed and listed, questions with their answers, page furniture, properties.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplateReport } from '../../../../electron/backend/report/docx/build-template-report';
import type { CaseData } from '../../../../electron/common/case/structure-model';
import { isSectionIncluded } from '../../../../electron/common/template/conditions';
import { sectionsInExportOrder, type Template } from '../../../../electron/common/template/template-schema';
import { reportValues } from '../../../../electron/backend/report/docx/build-template-report';
import { buildReport, headings, partText, sectionXml, type BuiltReport } from './docx-parts';
import { builtinTemplate, GENERATOR_DATA, PARTIES, PHYSICIAN, qmeContext, qmeDocuments } from './report-fixture';

/** A 2×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAC0lEQVR4nGNgQAcAAAkAAZQ0UTEAAAAASUVORK5CYII=', 'base64');

let qme: Template;
beforeAll(async () => {
  qme = await builtinTemplate('ca-qme-comprehensive-v1');
});

function headerPart(report: BuiltReport, type: 'first' | 'default'): string {
  const rid = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`).exec(report.documentXml)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(report.parts.get('word/_rels/document.xml.rels')!)![1];
  return report.parts.get(`word/${target}`)!;
}

const draftQme = (overrides: { psych?: boolean; data?: (d: CaseData) => void } = {}) => {
  const ctx = qmeContext({ psych: overrides.psych });
  overrides.data?.(ctx.data);
  return buildReport(qme, ctx, qmeDocuments(qme), { draft: true }, GENERATOR_DATA);
};

describe('sections', () => {
  it('prints every included section as Heading 1, with its title, in template order', async () => {
    const report = await draftQme({ psych: true });
    const values = reportValues(qmeContext({ psych: true }));
    const expected = sectionsInExportOrder(qme)
      .filter((s) => isSectionIncluded(s, values) && !(s.kind === 'generated' && s.generator === 'caption'))
      .map((s) => s.title);
    expect(headings(report.documentXml)).toEqual(expected);
    expect(expected.indexOf('Records reviewed')).toBeLessThan(expected.indexOf('Verification of pages reviewed'));
  });

  it('includes the psychiatric causation section (item 13) only when an injury claims a psychiatric injury', async () => {
    const title = 'Psychiatric injury, causation by actual events of employment';
    expect(headings((await draftQme({ psych: true })).documentXml)).toContain(title);
    expect(headings((await draftQme({ psych: false })).documentXml)).not.toContain(title);
  });

  it('puts narrative headings one level below the section heading', async () => {
    const xml = sectionXml((await draftQme()).documentXml, 'History of the injury');
    expect(xml).toMatch(/Heading2"\/>[\s\S]*Mechanism of injury/);
    expect(xml).toMatch(/Heading3"\/>[\s\S]*Treatment to date/);
  });
});

describe('values', () => {
  it('prints dates as MM/DD/YYYY, yes/no as the template’s statement and choices by label', async () => {
    const text = partText((await draftQme()).documentXml);
    expect(text).toContain('Date of maximal medical improvement (permanent and stationary): 11/02/2026');
    expect(text).toContain('The examination was performed in person.');
    expect(text).not.toContain('Examination performed by video');
    expect(text).toContain('Status: Permanent and stationary');
    expect(text).toContain('The evaluation performed and the time spent complied with the guidelines');
    expect(text).toContain('The examination was completed on 11/02/2026. The examination was performed at 500 Example Avenue');
    expect(text).not.toMatch(/permanent-and-stationary|\b2026-11-02\b/);
  });

  it('prints a missing value as [its label] and lists every missing value in one warning', async () => {
    const report = await draftQme({
      data: (d) => {
        delete d.values['signing.county'];
        delete d.values['signing.date'];
      },
    });
    // The physician's default county fills in the county; the date has no default.
    const text = partText(report.documentXml);
    expect(text).toContain('Executed on [date of signing], in Los Angeles County, California.');
    const warning = report.warnings.find((w) => w.startsWith('Not entered yet'));
    expect(warning).toContain('date of signing (Declaration under penalty of perjury (Labor Code §4628(j)); Signature)');
  });

  it('verifies 0 pages, never a blank, when no records totals are known', async () => {
    const ctx = qmeContext();
    ctx.records = null;
    const report = await buildReport(qme, ctx, qmeDocuments(qme), { draft: true });
    expect(partText(report.documentXml)).toContain(
      'the total number of pages of records reviewed by me in connection with this report is 0.',
    );
  });

  it('says "No … entered." for the tables other parts of the app have not fed yet', async () => {
    const report = await buildReport(qme, qmeContext(), qmeDocuments(qme), { draft: true });
    const text = partText(report.documentXml);
    for (const line of ['No records entered.', 'No impairment ratings entered.', 'No apportionment determinations entered.'])
      expect(text).toContain(line);
  });

  it('warns when an apportionment does not add up to 100%', async () => {
    const data = { ...GENERATOR_DATA, apportionment: [{ ...GENERATOR_DATA.apportionment![0]!, industrialPercent: 70 }] };
    const { warnings } = buildTemplateReport(
      { template: qme, ...qmeContext(), documents: qmeDocuments(qme), tables: data },
      { draft: true },
    );
    expect(warnings).toContain('Apportionment for Lumbar spine (01/15/2026) adds up to 90%, not 100%.');
  });
});

describe('caption', () => {
  it('is addressed to the parties with their addresses and names both attorneys', async () => {
    const text = partText((await draftQme()).documentXml);
    expect(text).toMatch(
      /To:\nDana Adjuster\nGolden Poppy Claims Services\nClaims administrator\nPO Box 1000\nSacramento, CA 95800/,
    );
    expect(text).toContain('Jordan Advocate, Esq., Advocate & Partners');
    expect(text).toContain('ADJ1234567\nADJ7654321');
    expect(text).toContain('01/15/2026 (specific injury)\nCT 03/01/2024 – 01/15/2026 (cumulative trauma)');
    expect(text).not.toMatch(/To:[\s\S]*12 Fictional Lane[\s\S]*Re:/); // represented: the examinee is not an addressee
  });

  it('names the evaluator and the examiner once, as the Settings examples are filled in', async () => {
    const ctx = qmeContext({ physician: { ...PHYSICIAN, name: 'Avery R. Fictional, MD', credentials: 'MD, FAAOS' } });
    ctx.data.values['case.evaluatorRole'] = 'Panel QME in orthopaedic surgery (Panel No. 7654321)';
    const text = partText((await buildReport(qme, ctx, qmeDocuments(qme), { draft: true })).documentXml);
    expect(text).toContain('Panel QME in orthopaedic surgery (Panel No. 7654321)\n');
    expect(text).not.toMatch(/orthopaedic surgery[^\n]*Orthopaedic Surgery/i);
    expect(text).not.toMatch(/MD, MD/);
  });

  it('says "Unrepresented" and addresses the examinee when there is no applicant attorney', async () => {
    const report = await draftQme({ data: (d) => (d.parties = PARTIES.filter((p) => p.role !== 'applicant-attorney')) });
    const text = partText(report.documentXml);
    expect(text).toMatch(/Applicant attorney\nUnrepresented/);
    expect(text).toMatch(/To:[\s\S]*12 Fictional Lane[\s\S]*Re:/);
  });

  it('titles an AME report as an Agreed Medical Evaluation', async () => {
    const report = await draftQme({ data: (d) => (d.values['case.evaluatorRole'] = 'AME') });
    expect(partText(report.documentXml)).toMatch(/^Agreed Medical Evaluation\nComprehensive Medical-Legal Evaluation \(ML201\)/);
  });
});

describe("the parties' questions", () => {
  it('groups questions by party, numbers each party from 1, prints the question in italics and then the answer', async () => {
    const xml = sectionXml((await draftQme()).documentXml, "Answers to the parties' questions");
    expect(xml).toContain('Questions from Jordan Advocate, Esq., Advocate &amp; Partners (applicant attorney)');
    const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(3);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    expect(xml).toMatch(/<w:i\/>[\s\S]*?Please describe the work restrictions, if any\./);
    expect(xml).toMatch(/Answer: <\/w:t>/);
  });

  it('restarts every list at 1 in Word as well as LibreOffice (each list has its own w:num with a start override)', async () => {
    const report = await draftQme();
    const used = new Set([...report.documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    const numbering = report.parts.get('word/numbering.xml')!;
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const id of used)
      expect(numbering).toMatch(
        new RegExp(
          `<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>`,
        ),
      );
  });

  it('lists unanswered questions in the warnings and marks them in a draft', async () => {
    const ctx = qmeContext();
    const report = await buildReport(qme, ctx, qmeDocuments(qme, { answerAll: false }), { draft: true });
    expect(report.warnings).toContain("1 of the parties' question(s) have no answer yet.");
    expect(partText(report.documentXml)).toContain('[No answer entered.]');
  });
});

describe('page furniture and properties', () => {
  it('has a first page without the running header, later pages with it, and Page X of Y on every page', async () => {
    const report = await draftQme();
    expect(report.documentXml).toContain('<w:titlePg/>');
    expect(partText(headerPart(report, 'first')).trim()).toBe('');
    expect(partText(headerPart(report, 'default'))).toBe(
      'Maria Q. Sample  \u2022  Claim No. SAMPLE-WC-20260115Report date: 11/20/2026',
    );
    const footers = [...report.parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(footers).toHaveLength(2);
    for (const f of footers) expect(report.parts.get(f)).toMatch(/PAGE<\/w:instrText>[\s\S]*NUMPAGES<\/w:instrText>/);
  });

  it('carries a DRAFT watermark on every page of a draft and none on a signed report', async () => {
    const draft = await draftQme();
    expect(headerPart(draft, 'first')).toContain('string="DRAFT"');
    expect(headerPart(draft, 'default')).toContain('string="DRAFT"');
    const signed = await buildReport(qme, qmeContext(), qmeDocuments(qme), { draft: false });
    expect([...signed.parts.values()].join('')).not.toContain('DRAFT');
  });

  it('names the report and the physician in the document properties, or the app when there is no profile', async () => {
    const core = (await draftQme()).parts.get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>Qualified Medical Evaluation: Maria Q. Sample</dc:title>');
    expect(core).toContain('<dc:creator>Avery R. Fictional</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Avery R. Fictional</cp:lastModifiedBy>');
    expect(core).not.toContain('dc:description');
    const anonymous = await buildReport(qme, qmeContext({ physician: null }), qmeDocuments(qme), { draft: true });
    expect(anonymous.parts.get('docProps/core.xml')).toContain('<dc:creator>MedLegal Writer</dc:creator>');
  });

  it('places the signature image above the signature line when given a PNG, and warns about anything else', async () => {
    const signed = await buildReport(qme, qmeContext(), qmeDocuments(qme), { draft: false, signaturePng: PNG });
    expect([...signed.parts.keys()].some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
    expect(sectionXml(signed.documentXml, 'Signature')).toContain('<pic:pic');
    const text = partText(signed.documentXml);
    expect(text).toMatch(/Avery R\. Fictional, MD, FAAOS\nOrthopaedic Surgery\nQualified Medical Evaluator No\. 990123/);
    expect(text).toMatch(/Date signed: 11\/20\/2026\nSigned in Los Angeles County, California/);
    const bad = buildTemplateReport(
      { template: qme, ...qmeContext(), documents: qmeDocuments(qme), tables: {} },
      {
        draft: false,
        signaturePng: new Uint8Array([1, 2, 3]),
      },
    );
    expect(bad.warnings).toContain('The signature image is not a PNG file, so the signature line was left blank.');
  });

  it('marks empty required sections in a draft only', async () => {
    const docs = qmeDocuments(qme);
    docs.delete('causation');
    const draft = await buildReport(qme, qmeContext(), docs, { draft: true });
    expect(sectionXml(draft.documentXml, 'Causation of injury (AOE/COE)')).toContain('[No text entered.]');
    expect(draft.warnings.join('\n')).toContain(
      'These required sections have nothing entered yet: Causation of injury (AOE/COE)',
    );
    const signed = await buildReport(qme, qmeContext(), docs, { draft: false });
    expect(signed.documentXml).not.toContain('[No text entered.]');
  });

  it('leaves out an optional section with nothing entered', async () => {
    const docs = qmeDocuments(qme);
    docs.delete('diagnostic-testing');
    expect(headings((await buildReport(qme, qmeContext(), docs, { draft: true })).documentXml)).not.toContain('Diagnostic tests');
  });
});
