// The shipped templates: each loads and validates, and the QME templates carry every element the law requires,
// with the statutory declaration word for word and the psychiatric item only when a psychiatric injury is claimed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadTemplates, type TemplateLoadResult } from '../../../electron/backend/templates/template-loader';
import { isSectionIncluded, isSectionRequired } from '../../../electron/common/template/conditions';
import { placeholderLookupFor, resolvePlaceholders } from '../../../electron/common/template/resolve-placeholders';
import {
  STEPS,
  paragraphText,
  sectionsInExportOrder,
  templateJsonSchemaText,
  type Section,
  type Template,
} from '../../../electron/common/template/template-schema';
import { templatePrintsTdPeriods } from '../../../electron/common/template/template-uses';
import { validateTemplate } from '../../../electron/common/template/validate-template';
import { templateHasPsFields } from '../../../electron/common/case/ps-status-fields';

const repoPath = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

// Labor Code §4628(j), as quoted in the project's requirements research (docs/qme-ime-requirements.md §1.3).
const LC_4628J_DECLARATION =
  'I declare under penalty of perjury that the information contained in this report and its attachments, if any, ' +
  'is true and correct to the best of my knowledge and belief, except as to information that I have indicated I ' +
  'received from others. As to that information, I declare under penalty of perjury that the information accurately ' +
  'describes the information provided to me and, except as noted herein, that I believe it to be true.';

const EXPECTED_BUILTINS = [
  'ca-qme-comprehensive@1',
  'ca-qme-supplemental@1',
  'ime-addendum@1',
  'ime-disability-insurance@1',
  'ime-personal-injury@1',
  'ime-workers-comp@1',
];

let loaded: TemplateLoadResult;
const template = (id: string): Template => {
  const found = loaded.templates.find((t) => t.template.id === id);
  if (!found) throw new Error(`built-in template ${id} did not load`);
  return found.template;
};
const section = (t: Template, id: string): Section => {
  const found = t.sections.find((s) => s.id === id);
  if (!found) throw new Error(`${t.id} has no section ${id}`);
  return found;
};
const satisfying = (t: Template, requirement: string) => t.sections.filter((s) => s.satisfies.includes(requirement));
const fixedTexts = (s: Section) => s.fixedText.map(paragraphText);

beforeAll(async () => {
  loaded = await loadTemplates({ builtinDir: repoPath('templates/builtin') });
});

describe('built-in templates', () => {
  it('all load without a problem', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.templates.map((t) => t.key).sort()).toEqual(EXPECTED_BUILTINS);
    expect(loaded.templates.every((t) => t.origin === 'builtin')).toBe(true);
  });

  it('are named <id>-v<version> so old versions can sit beside new ones', () => {
    for (const t of loaded.templates) expect(t.fileName).toBe(`${t.template.id}-v${t.template.version}.yaml`);
  });

  it('give every section guidance and a step, and end with a signature', () => {
    for (const { template: t } of loaded.templates) {
      for (const s of t.sections) {
        expect(STEPS).toContain(s.step);
        expect(s.guidance.length, `${t.id}/${s.id}`).toBeGreaterThan(20);
      }
      const last = sectionsInExportOrder(t).at(-1);
      expect(last?.kind === 'generated' && last.generator).toBe('signature-block');
    }
  });

  it('fill every placeholder of their fixed text from a complete set of values', () => {
    for (const { template: t } of loaded.templates) {
      const lookup = placeholderLookupFor(t);
      for (const s of t.sections) {
        for (const text of fixedTexts(s)) {
          const { missing } = resolvePlaceholders(text, {}, lookup);
          const values = Object.fromEntries(missing.map((name) => [name, 'X']));
          expect(resolvePlaceholders(text, values, lookup).text, `${t.id}/${s.id}`).not.toMatch(/\[|\{\{/);
        }
      }
    }
  });
});

describe('California QME/AME comprehensive (ML201)', () => {
  let qme: Template;
  beforeAll(() => {
    qme = template('ca-qme-comprehensive');
  });

  it('is a QME template billed as ML201', () => {
    expect(qme.reportKind).toBe('QME');
    expect(qme.billingCode).toBe('ML201');
  });

  it.each(Array.from({ length: 15 }, (_, i) => i + 1))('covers 8 CCR §10682(b) item %i with a required section', (item) => {
    const sections = satisfying(qme, `10682b-${item}`);
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.some((s) => s.required)).toBe(true);
  });

  it('covers the items that always apply regardless of the case', () => {
    const values = { 'case.psychClaimed': false, psStatus: 'not-permanent-and-stationary' };
    for (const item of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15]) {
      expect(
        satisfying(qme, `10682b-${item}`).some((s) => isSectionRequired(s, values)),
        `item ${item}`,
      ).toBe(true);
    }
  });

  it('includes and requires item 13 (psychiatric causation) only when a psychiatric injury is claimed', () => {
    const [psych, ...others] = satisfying(qme, '10682b-13');
    expect(others).toEqual([]);
    expect(psych?.includeWhen).toEqual({ field: 'case.psychClaimed', equals: true });
    if (!psych) return;
    expect(isSectionIncluded(psych, { 'case.psychClaimed': false })).toBe(false);
    expect(isSectionRequired(psych, { 'case.psychClaimed': false })).toBe(false);
    expect(isSectionRequired(psych, {})).toBe(false);
    expect(isSectionRequired(psych, { 'case.psychClaimed': true })).toBe(true);
    expect(psych.kind === 'narrative' && psych.fields.map((f) => [f.id, f.type, f.required])).toEqual([
      ['psychCausationPercent', 'number', true],
    ]);
  });

  it('requires impairment and apportionment (items 11–12) once permanent and stationary', () => {
    for (const id of ['impairment-rating', 'impairment-discussion', 'apportionment', 'apportionment-discussion']) {
      const s = section(qme, id);
      expect(isSectionRequired(s, { psStatus: 'not-permanent-and-stationary' }), id).toBe(false);
      expect(isSectionRequired(s, { psStatus: 'permanent-and-stationary' }), id).toBe(true);
    }
    expect(section(qme, 'impairment-rating').kind === 'generated' && section(qme, 'impairment-rating').title).toMatch(
      /5th edition/,
    );
  });

  it('carries the Labor Code §4628(j) declaration word for word, with the date and county of signing', () => {
    const [declaration, ...others] = satisfying(qme, 'lc4628j');
    expect(others).toEqual([]);
    if (!declaration) return;
    expect(declaration.required).toBe(true);
    expect(declaration.includeWhen).toBeUndefined();
    expect(declaration.step).toBe('review');
    const texts = fixedTexts(declaration);
    expect(texts[0]).toBe(LC_4628J_DECLARATION);
    expect(resolvePlaceholders(texts[1] ?? '', { 'signing.date': '2025-04-02', 'signing.county': 'Fresno' }).text).toBe(
      'Executed on 04/02/2025, in Fresno County, California.',
    );
    expect(resolvePlaceholders(texts[1] ?? '', {}).text).toBe(
      'Executed on [date of signing], in [county of signing] County, California.',
    );
  });

  it('states in the body of the report, before the signature, that §139.3 was not violated (Labor Code §5703)', () => {
    const [statement, ...others] = satisfying(qme, 'lc5703');
    expect(others).toEqual([]);
    if (!statement) return;
    expect(statement.required).toBe(true);
    expect(statement.includeWhen).toBeUndefined();
    const text = fixedTexts(statement).join(' ');
    expect(text).toMatch(/under penalty of perjury/);
    expect(text).toMatch(/there has not been a violation of Labor Code section 139\.3/);
    expect(text).toMatch(/contents of this report are true and correct to the best of my knowledge/);
    expect(statement.order).toBeLessThan(section(qme, 'signature').order);
  });

  it('discloses who did each part of the work, every other contributor, and guideline compliance (Labor Code §4628(b))', () => {
    const [disclosures] = satisfying(qme, 'lc4628b');
    if (!disclosures || disclosures.kind !== 'fields') throw new Error('no §4628(b) fields section');
    const fields = new Map(disclosures.fields.map((f) => [f.id, f]));
    for (const id of [
      'historyTakenBy',
      'recordsSummarizedBy',
      'examinationPerformedBy',
      'conclusionsDraftedBy',
      'otherContributors',
      'adGuidelinesCompliance',
    ]) {
      expect(fields.get(id)?.required, id).toBe(true);
    }
    const variance = fields.get('guidelinesVarianceExplanation');
    expect(variance?.includeWhen).toEqual({ field: 'adGuidelinesCompliance', equals: 'did-not-comply' });
    const text = fixedTexts(disclosures).join(' ');
    for (const placeholder of ['{{physician.name}}', '{{case.examDate}}', '{{exam.streetAddress}}', '{{otherContributors}}']) {
      expect(text).toContain(placeholder);
    }
    expect(text).toMatch(/qualifications/);
    expect(text).toMatch(/Administrative Director/);
  });

  it('states the date the examination was completed and its street address (8 CCR §35.5(b))', () => {
    const [place] = satisfying(qme, 'ccr35.5b');
    expect(place?.required).toBe(true);
    const text = fixedTexts(place!).join(' ');
    expect(text).toContain('{{exam.dateCompleted}}');
    expect(text).toContain('{{exam.streetAddress}}');
    expect(text).toMatch(/does not require an in person physical exam/);
  });

  it('verifies the pages of records reviewed, even when none were', () => {
    const [verification] = satisfying(qme, 'ccr9795-pages');
    expect(verification?.kind === 'generated' && verification.generator).toBe('page-verification');
    const text = fixedTexts(verification!)[0] ?? '';
    expect(resolvePlaceholders(text, { 'records.totalPagesReviewed': 0 }).text).toMatch(/under penalty of perjury .* is 0\.$/);
  });

  it('has a discussion part for each issue, and answers to the parties\u2019 questions', () => {
    const discussion = qme.sections.filter((s) => s.step === 'discussion').map((s) => s.id);
    expect(discussion).toEqual(
      expect.arrayContaining([
        'causation',
        'temporary-disability',
        'permanent-and-stationary-status',
        'impairment-rating',
        'apportionment',
        'work-restrictions',
        'future-medical-care',
      ]),
    );
    const questions = section(qme, 'party-questions');
    expect(questions.step).toBe('questions');
    expect(questions.kind === 'generated' && questions.generator).toBe('party-questions-answers');
  });

  it('lists every record received (Labor Code §4062.3(d)) and addresses self-procured reports (§4605)', () => {
    expect(satisfying(qme, 'lc4062.3d').map((s) => s.id)).toEqual(['records-reviewed']);
    const lc4605 = section(qme, 'self-procured-reports');
    expect(isSectionRequired(lc4605, { selfProcuredReportsReceived: false })).toBe(false);
    expect(isSectionRequired(lc4605, { selfProcuredReportsReceived: true })).toBe(true);
  });
});

describe('California QME/AME supplemental (ML203)', () => {
  it('has no examination but the same declarations, disclosures, page verification and answers', () => {
    const supp = template('ca-qme-supplemental');
    const qme = template('ca-qme-comprehensive');
    expect(supp.billingCode).toBe('ML203');
    expect(supp.sections.filter((s) => s.step === 'examination' || s.step === 'interview')).toEqual([]);
    expect(fixedTexts(satisfying(supp, 'lc4628j')[0]!)).toEqual(fixedTexts(satisfying(qme, 'lc4628j')[0]!));
    expect(fixedTexts(satisfying(supp, 'lc5703')[0]!)).toEqual(fixedTexts(satisfying(qme, 'lc5703')[0]!));
    for (const requirement of ['lc4628b', 'ccr9795-pages', '10682b-4', '10682b-15', 'ccr35.5c1']) {
      expect(
        satisfying(supp, requirement).some((s) => s.required),
        requirement,
      ).toBe(true);
    }
    expect(fixedTexts(section(supp, 'supplemental-request')).join(' ')).toMatch(/No examination was performed/);
  });

  it('prints no temporary disability periods or P&S fields, so the discussion step offers neither input', () => {
    expect(templatePrintsTdPeriods(template('ca-qme-supplemental'))).toBe(false);
    expect(templateHasPsFields(template('ca-qme-supplemental'))).toBe(false);
    expect(templatePrintsTdPeriods(template('ca-qme-comprehensive'))).toBe(true);
    expect(templateHasPsFields(template('ca-qme-comprehensive'))).toBe(true);
  });
});

describe('IME templates', () => {
  const imeIds = ['ime-workers-comp', 'ime-personal-injury', 'ime-disability-insurance', 'ime-addendum'];

  it.each(imeIds)('%s states independence and answers the referral questions one by one', (id) => {
    const t = template(id);
    expect(t.reportKind).toBe('IME');
    const [independence] = satisfying(t, 'ime-independence');
    expect(independence?.required).toBe(true);
    expect(fixedTexts(independence!).join(' ')).toMatch(/no doctor-patient relationship/);
    const [questions] = satisfying(t, 'ime-questions');
    expect(questions?.required).toBe(true);
    expect(questions?.kind === 'generated' && questions.generator).toBe('party-questions-answers');
    expect(fixedTexts(satisfying(t, 'ime-probability')[0]!).join(' ')).toMatch(/reasonable degree of medical probability/);
  });

  it('workers\u2019 compensation IME takes the jurisdiction and the AMA Guides edition from the case', () => {
    const t = template('ime-workers-comp');
    const caption = section(t, 'caption');
    expect(caption.kind === 'generated' && caption.boundFields).toEqual(
      expect.arrayContaining(['case.jurisdiction', 'case.guidesEdition']),
    );
    const purpose = fixedTexts(section(t, 'purpose-of-evaluation')).join(' ');
    expect(purpose).toContain('{{case.jurisdiction}}');
    expect(purpose).toContain('{{case.guidesEdition}}');
    const rating = section(t, 'impairment-rating');
    expect(isSectionIncluded(rating, { impairmentRatingRequested: false })).toBe(false);
    expect(isSectionRequired(rating, { impairmentRatingRequested: true })).toBe(true);
  });

  it('the IME addendum examines no one, cites the report it follows and speaks no California term', () => {
    const t = template('ime-addendum');
    expect(t.sections.filter((s) => s.step === 'interview' || s.step === 'examination')).toEqual([]);
    expect(fixedTexts(section(t, 'addendum-request')).join(' ')).toMatch(/follows my report dated \{\{priorReportDate\}\}/);
    const words = JSON.stringify(t);
    expect(words).not.toMatch(/Applicant|WCAB|Labor Code|8 CCR|\bQME\b/);
  });

  it('personal-injury IME covers causation, pre-existing conditions and aggravation, past treatment, future care and prognosis', () => {
    const t = template('ime-personal-injury');
    for (const id of ['causation', 'preexisting-and-aggravation', 'past-treatment-reasonableness', 'future-care', 'prognosis']) {
      const s = section(t, id);
      expect(s.step, id).toBe('discussion');
      expect(s.required, id).toBe(true);
    }
  });

  it('disability IME records the policy definition and has a restrictions-and-limitations grid with durations', () => {
    const t = template('ime-disability-insurance');
    const definition = section(t, 'policy-definition');
    expect(definition.kind === 'fields' && definition.fields.find((f) => f.id === 'policyDefinitionText')?.required).toBe(true);
    const grid = section(t, 'restrictions-and-limitations');
    if (grid.kind !== 'table') throw new Error('the grid is not a table');
    expect(grid.required).toBe(true);
    const rows = grid.table.rows.map((r) => r.id);
    for (const activity of ['sit', 'stand', 'walk', 'push-pull', 'reach-overhead', 'reach-forward', 'fine-manipulation']) {
      expect(rows).toContain(activity);
    }
    expect(rows.filter((r) => r.startsWith('lift-carry-')).length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.startsWith('cognitive-')).length).toBeGreaterThanOrEqual(1);
    const columns = grid.table.columns.map((c) => c.id);
    expect(columns).toEqual(expect.arrayContaining(['capacity', 'at-one-time', 'total-per-day', 'from', 'through', 'duration']));
  });
});

describe('templates/template.schema.json', () => {
  it('is up to date with the zod schema (run npx tsx scripts/gen-template-schema.ts)', () => {
    expect(readFileSync(repoPath('templates/template.schema.json'), 'utf8')).toBe(templateJsonSchemaText());
  });

  it('documents a minimal example in templates/README.md that validates', () => {
    const readme = readFileSync(repoPath('templates/README.md'), 'utf8');
    const example = /## The file\s+```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(validateTemplate(parseYaml(example ?? '')).ok).toBe(true);
  });
});
