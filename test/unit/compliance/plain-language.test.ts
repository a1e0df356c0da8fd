// What the physician reads in the compliance panel and the section cards is plain words: no internal field name
// ("case.claimNumber") and no developer note ("unverified", "mindbill", "Unresolved", "verify against the Guides"), for every
// built-in template on an empty case, on the fixture cases and on the fixture cases with parts taken away.
import { describe, expect, it } from 'vitest';
import { EMPTY_DISCUSSION } from '../../../electron/common/case/discussion-model';
import { EMPTY_CASE_DATA } from '../../../electron/common/case/structure-model';
import { runComplianceCheck } from '../../../electron/common/compliance/run-compliance-check';
import { templateValues } from '../../../electron/common/report/template-values';
import { buildWorkflow } from '../../../electron/common/report/workflow';
import type { Template } from '../../../electron/common/template/template-schema';
import { completeLtdImeCase } from '../../fixtures/complete-ime-case';
import { builtinTemplate, completeQmeCase, complianceContext, type CaseParts } from '../../fixtures/complete-qme-case';

const TEMPLATES = [
  'ca-qme-comprehensive',
  'ca-qme-supplemental',
  'ime-addendum',
  'ime-disability-insurance',
  'ime-personal-injury',
  'ime-workers-comp',
].map(builtinTemplate);

const FIELD_NAME = /\b[a-z]+\.[a-z][A-Za-z]+\b/;
const DEVELOPER_NOTE = /unverified|mindbill|unresolved|verify against|believed|not yet confirmed|docs\/|\.md\b|issue \d/i;

function emptyCase(template: Template): CaseParts {
  return {
    caseRecord: {
      id: '12121212-1212-4121-8121-121212121212',
      examineeName: '',
      dateOfBirth: null,
      claimNumber: '',
      employer: '',
      claimsAdministrator: '',
      reportKind: template.reportKind,
      examDate: null,
      template: { id: template.id, version: template.version },
      status: 'drafting',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    },
    data: structuredClone(EMPTY_CASE_DATA),
    physician: {
      name: '',
      credentials: '',
      specialty: '',
      qmeNumber: '',
      licenseNumber: '',
      practiceAddress: '',
      defaultCounty: '',
    },
    records: null,
    documents: new Map(),
    discussion: structuredClone(EMPTY_DISCUSSION),
    today: '2026-03-12',
  };
}

/** A fixture, and the same fixture with one kind of part taken away at a time: the messages of incomplete cases. */
function variants(make: () => CaseParts): Array<[string, CaseParts]> {
  const take = (what: string, change: (p: CaseParts) => void): [string, CaseParts] => {
    const parts = make();
    change(parts);
    return [what, parts];
  };
  return [
    take('as is', () => {}),
    take('without entered values', (p) => (p.data.values = {})),
    take('without texts', (p) => p.documents.clear()),
    take('without the discussion', (p) => (p.discussion = structuredClone(EMPTY_DISCUSSION))),
    take('without injury dates', (p) => p.data.injuries.forEach((i) => (i.date = null))),
    take('without the physician', (p) => (p.physician = emptyCase(builtinTemplate('ca-qme-comprehensive')).physician)),
    take('without records', (p) => (p.records = null)),
    take('with an unrated body part and a half-done apportionment', (p) => {
      p.discussion.impairments = p.discussion.impairments.slice(1);
      for (const a of p.discussion.apportionments) {
        a.industrialPercent = 70;
        a.industrialExplanation = 'Short.';
      }
    }),
    take('with the P&S status "not yet" in the discussion', (p) => (p.discussion.ps = { status: 'not-yet', date: null })),
  ];
}

const CASES: Array<[string, Template, CaseParts]> = [
  ...TEMPLATES.map((t): [string, Template, CaseParts] => [`${t.id}, empty case`, t, emptyCase(t)]),
  ...TEMPLATES.filter((t) => t.reportKind === 'QME').flatMap((t) =>
    variants(completeQmeCase).map(([what, p]): [string, Template, CaseParts] => [`${t.id}, QME fixture ${what}`, t, p]),
  ),
  ...TEMPLATES.filter((t) => t.reportKind === 'IME').flatMap((t) =>
    variants(completeLtdImeCase).map(([what, p]): [string, Template, CaseParts] => [`${t.id}, IME fixture ${what}`, t, p]),
  ),
];

const plain = (where: string, text: string) => {
  expect(text, where).not.toMatch(FIELD_NAME);
  expect(text, where).not.toMatch(DEVELOPER_NOTE);
};

describe('plain language', () => {
  it.each(CASES)('compliance items: %s', (_, template, parts) => {
    const items = runComplianceCheck(template, complianceContext(parts));
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) {
      plain(`${i.id} message`, i.message);
      plain(`${i.id} label`, i.label);
      plain(`${i.id} citation`, i.citation);
    }
  });

  it.each(CASES)('"Still needed" of the section cards: %s', (_, template, parts) => {
    const ctx = complianceContext(parts);
    const steps = buildWorkflow({
      template,
      values: templateValues(ctx),
      data: parts.data,
      filledDocuments: new Set(parts.documents.keys()),
      records: parts.records,
    });
    for (const s of steps) for (const v of s.sections) for (const m of v.missing) plain(`${v.section.id} still needed`, m);
  });

  it('the caption card names missing values by their labels', () => {
    const template = builtinTemplate('ca-qme-comprehensive');
    const parts = emptyCase(template);
    const steps = buildWorkflow({
      template,
      values: templateValues(complianceContext(parts)),
      data: parts.data,
      filledDocuments: new Set(),
      records: null,
    });
    const caption = steps.flatMap((s) => s.sections).find((v) => v.section.id === 'caption')!;
    expect(caption.missing).toEqual(expect.arrayContaining(['claim number', 'street address of the examination']));
  });
});
