// The compliance check before signing: a complete QME case passes every check, and taking away one required element at a
// time makes exactly the check for that element fail, with a target that opens the place to fix it. IME checks likewise.
import { describe, expect, it } from 'vitest';
import { answerSectionId } from '../../../electron/common/case/structure-model';
import { COMPLIANCE_RULES } from '../../../electron/common/compliance/compliance-rules';
import {
  notApplicableName,
  tallyCompliance,
  type ComplianceItem,
} from '../../../electron/common/compliance/run-compliance-check';
import { tableValueName } from '../../../electron/common/report/table-values';
import type { Template } from '../../../electron/common/template/template-schema';
import { completeLtdImeCase, IME_IDS, LTD_GRID_ROWS, ltdGrid } from '../../fixtures/complete-ime-case';
import { builtinTemplate, completeQmeCase, checkCase, doc, QME_IDS, type CaseParts } from '../../fixtures/complete-qme-case';

const QME = builtinTemplate('ca-qme-comprehensive');
const LTD = builtinTemplate('ime-disability-insurance');

const failing = (items: ComplianceItem[]) => items.filter((i) => i.status !== 'pass');
const item = (items: ComplianceItem[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id} in ${items.map((i) => i.id).join(', ')}`);
  return found;
};
/** Exactly one check fails, `checkId` with `status`, pointing at `where` (a section or field id) when given. */
const onlyFailure = (items: ComplianceItem[], checkId: string, status: 'missing' | 'warning', where?: string) => {
  expect(failing(items).map((i) => `${i.id}: ${i.message}`)).toHaveLength(1);
  const failed = item(items, checkId);
  expect(failed.status).toBe(status);
  if (where) expect([failed.target.sectionId, failed.target.fieldId]).toContain(where);
  return failed;
};
const withoutSection = (template: Template, sectionId: string): Template => ({
  ...template,
  sections: template.sections.filter((s) => s.id !== sectionId),
});

describe('compliance check: complete QME case', () => {
  it('passes every check, none blocking, and covers each §10.1 area', () => {
    const items = checkCase(completeQmeCase());
    expect(failing(items)).toEqual([]);
    expect(tallyCompliance(items)).toMatchObject({ warning: 0, missing: 0, incomplete: false });
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'caption',
        'exam-date-place',
        'disclosures-lc4628b',
        'declaration-lc4628j',
        'statement-lc5703',
        'signature',
        'party-questions',
        'page-verification',
        'pd-impairments',
        'pd-apportionment',
        'apportionment-total',
        'apportionment-explanations',
        'timeliness',
        'required-sections',
        ...Array.from({ length: 13 }, (_, i) => `element-10682b-${i + 2}`),
      ]),
    );
    for (const i of items) expect(i.message).toMatch(/\S/);
  });

  it('every check id in the rule table is unique and the table is dated and sourced', () => {
    expect(new Set(COMPLIANCE_RULES.checks.map((c) => c.id)).size).toBe(COMPLIANCE_RULES.checks.length);
    expect(COMPLIANCE_RULES.version).toMatch(/\S/);
    expect(COMPLIANCE_RULES.source.length).toBeGreaterThan(0);
  });
});

type Mutation = (p: CaseParts) => void;
const dropDoc =
  (sectionId: string): Mutation =>
  (p) =>
    p.documents.delete(sectionId);
const setValue =
  (name: string, value: string | number | boolean | null): Mutation =>
  (p) => {
    if (value === null) delete p.data.values[name];
    else p.data.values[name] = value;
  };

// [what is taken away, the change, the one check that must fail, its status, the step it points to, the section or field it points to]
type QmeRemoval = [string, Mutation, string, 'missing' | 'warning', string, string?];
/** Without the section's text, `checkId` is missing and points at that section. */
const missingDoc = (what: string, sectionId: string, checkId: string, step: string): QmeRemoval => [
  what,
  dropDoc(sectionId),
  checkId,
  'missing',
  step,
  sectionId,
];
/** Without the entered value, `checkId` is missing and points at that field. */
const missingValue = (what: string, name: string, checkId: string, step: string): QmeRemoval => [
  what,
  setValue(name, null),
  checkId,
  'missing',
  step,
  name,
];
const QME_REMOVALS: QmeRemoval[] = [
  ['the examinee name', (p) => (p.caseRecord.examineeName = ''), 'caption', 'missing', 'case', 'case.examineeName'],
  ['the employer', (p) => (p.caseRecord.employer = ''), 'caption', 'missing', 'case', 'case.employer'],
  [
    'the claims administrator',
    (p) => (p.caseRecord.claimsAdministrator = ''),
    'caption',
    'missing',
    'case',
    'case.claimsAdministrator',
  ],
  ['the claim number', (p) => (p.caseRecord.claimNumber = ''), 'caption', 'missing', 'case', 'case.claimNumber'],
  missingValue('the evaluator role', 'case.evaluatorRole', 'caption', 'case'),
  ['the physician specialty', (p) => (p.physician.specialty = ''), 'caption', 'missing', 'review', 'physician.specialty'],
  missingValue('the report date', 'case.reportDate', 'caption', 'case'),
  ['the date of injury', (p) => (p.data.injuries[0]!.date = null), 'caption', 'missing', 'case'],
  [
    'the ADJ number (warning only)',
    (p) => (p.data.injuries[0]!.adjNumber = ''),
    'caption',
    'warning',
    'case',
    `injuries.${QME_IDS.injury}`,
  ],
  ['the exam date', (p) => (p.caseRecord.examDate = null), 'exam-date-place', 'missing', 'case', 'exam.dateCompleted'],
  missingValue('the street address of the exam', 'exam.streetAddress', 'exam-date-place', 'case'),
  [
    'the remote-exam agreement',
    setValue('remoteEvaluation', true),
    'exam-date-place',
    'missing',
    'case',
    'remoteAgreementOnFile',
  ],
  missingDoc('the history of the injury', 'history-of-injury', 'element-10682b-2', 'interview'),
  missingDoc('the complaints', 'current-complaints', 'element-10682b-3', 'interview'),
  [
    'the records list',
    (p) => (p.records = { totalPagesReceived: 0, totalPagesReviewed: 0 }),
    'element-10682b-4',
    'missing',
    'records',
    'records-reviewed',
  ],
  missingDoc('the past medical history', 'past-medical-history', 'element-10682b-5', 'interview'),
  missingDoc('the prior injuries and claims', 'prior-injuries-and-claims', 'element-10682b-5', 'interview'),
  missingDoc('the examination findings', 'physical-examination', 'element-10682b-6', 'examination'),
  ['the diagnoses', (p) => (p.data.diagnoses = []), 'element-10682b-7', 'missing', 'diagnoses', 'diagnoses'],
  missingDoc('the temporary disability', 'temporary-disability', 'element-10682b-8', 'discussion'),
  missingDoc('the work restrictions', 'work-restrictions', 'element-10682b-8', 'discussion'),
  missingDoc('the causation', 'causation', 'element-10682b-9', 'discussion'),
  missingDoc('the future medical care', 'future-medical-care', 'element-10682b-10', 'discussion'),
  missingDoc('the P&S narrative', 'permanent-and-stationary-status', 'element-10682b-11', 'discussion'),
  missingValue('the P&S date field', 'psDate', 'element-10682b-11', 'discussion'),
  missingDoc('the impairment discussion', 'impairment-discussion', 'element-10682b-11', 'discussion'),
  missingDoc('the apportionment discussion', 'apportionment-discussion', 'element-10682b-12', 'discussion'),
  missingValue('who took the history', 'historyTakenBy', 'disclosures-lc4628b', 'review'),
  missingValue('the other contributors', 'otherContributors', 'disclosures-lc4628b', 'review'),
  [
    'the AD-guidelines variance explanation',
    setValue('adGuidelinesCompliance', 'did-not-comply'),
    'disclosures-lc4628b',
    'missing',
    'review',
    'guidelinesVarianceExplanation',
  ],
  missingValue('the signing date', 'signing.date', 'declaration-lc4628j', 'review'),
  [
    'the county of signing',
    (p) => {
      delete p.data.values['signing.county'];
      p.physician.defaultCounty = '';
    },
    'declaration-lc4628j',
    'missing',
    'review',
    'signing.county',
  ],
  ['the physician name', (p) => (p.physician.name = ''), 'signature', 'missing', 'review', 'physician.name'],
  [
    'an answer to a party question',
    dropDoc(answerSectionId(QME_IDS.question2)),
    'party-questions',
    'missing',
    'questions',
    answerSectionId(QME_IDS.question2),
  ],
  [
    'a real answer ("see above")',
    (p) => p.documents.set(answerSectionId(QME_IDS.question1), doc('See above.')),
    'party-questions',
    'warning',
    'questions',
    answerSectionId(QME_IDS.question1),
  ],
  [
    'the WPI of one body part',
    (p) => (p.discussion.impairments = p.discussion.impairments.filter((i) => i.id !== QME_IDS.shoulder)),
    'pd-impairments',
    'missing',
    'discussion',
    `injuries.${QME_IDS.injury}`,
  ],
  [
    'the Guides citation',
    (p) => (p.discussion.impairments[0]!.citation = ''),
    'pd-impairments',
    'missing',
    'discussion',
    `impairments.${QME_IDS.lumbar}`,
  ],
  [
    'the apportionment of one body part',
    (p) => (p.discussion.apportionments = p.discussion.apportionments.filter((a) => a.id !== QME_IDS.shoulderApportionment)),
    'pd-apportionment',
    'missing',
    'discussion',
    `impairments.${QME_IDS.shoulder}`,
  ],
  [
    '10% of the lumbar apportionment',
    (p) => (p.discussion.apportionments[0]!.factors[0]!.percent = 10),
    'apportionment-total',
    'missing',
    'discussion',
    `apportionments.${QME_IDS.lumbarApportionment}.total`,
  ],
  [
    'the industrial percentage',
    (p) => (p.discussion.apportionments[1]!.industrialPercent = null),
    'apportionment-total',
    'missing',
    'discussion',
    `apportionments.${QME_IDS.shoulderApportionment}.industrial.percent`,
  ],
  [
    'a factor’s how-and-why',
    (p) => (p.discussion.apportionments[0]!.factors[0]!.explanation = ''),
    'apportionment-explanations',
    'missing',
    'discussion',
    `apportionments.${QME_IDS.lumbarApportionment}.factors.0.explanation`,
  ],
  [
    'all but one line of a how-and-why',
    (p) => (p.discussion.apportionments[0]!.factors[0]!.explanation = 'Degeneration.'),
    'apportionment-explanations',
    'warning',
    'discussion',
  ],
  [
    'the reasons apportionment cannot be determined',
    (p) => Object.assign(p.discussion.apportionments[1]!, { cannotApportion: true, cannotApportionReasons: '' }),
    'apportionment-explanations',
    'missing',
    'discussion',
  ],
  missingDoc('the introduction', 'introduction', 'required-sections', 'case'),
  missingDoc('the employment history', 'employment-history', 'required-sections', 'interview'),
  missingValue('the self-procured reports answer', 'selfProcuredReportsReceived', 'required-sections', 'records'),
  [
    'the self-procured reports discussion',
    setValue('selfProcuredReportsReceived', true),
    'required-sections',
    'missing',
    'records',
    'self-procured-reports',
  ],
];

describe('compliance check: removing one required element makes exactly that check fail', () => {
  it.each(QME_REMOVALS)('without %s → %s', (_, mutate, checkId, status, step, where) => {
    const parts = completeQmeCase();
    mutate(parts);
    const failed = onlyFailure(checkCase(parts), checkId, status, where);
    expect(failed.blocking).toBe(status === 'missing');
    expect(failed.target.step).toBe(step);
  });

  it.each([
    ['statement-lc5703', 'statement-lc5703'],
    ['declaration-lc4628j', 'declaration-lc4628j'],
    ['disclosures-lc4628', 'disclosures-lc4628b'],
    ['page-verification', 'page-verification'],
    ['party-questions', 'party-questions'],
  ])('a template without the %s section fails %s and nothing else', (sectionId, checkId) => {
    const items = checkCase(completeQmeCase(), withoutSection(QME, sectionId));
    expect(failing(items).map((i) => i.id)).toEqual([checkId]);
    expect(item(items, checkId)).toMatchObject({ status: 'missing', blocking: true });
  });

  it('a changed word in the §4628(j) declaration fails the declaration check', () => {
    const template = structuredClone(QME);
    const s = template.sections.find((x) => x.id === 'declaration-lc4628j')!;
    s.fixedText[0] = String(s.fixedText[0]).replace('true and correct', 'accurate');
    expect(failing(checkCase(completeQmeCase(), template)).map((i) => i.id)).toEqual(['declaration-lc4628j']);
  });

  it('without any records data the records list and the page verification both fail, pointing at the records step', () => {
    const parts = completeQmeCase();
    parts.records = null;
    const items = failing(checkCase(parts));
    expect(items.map((i) => i.id).sort()).toEqual(['element-10682b-4', 'page-verification']);
    expect(items.every((i) => i.target.step === 'records')).toBe(true);
  });
});

describe('compliance check: not applicable, psychiatric claims, P&S and timeliness', () => {
  it('accepts an element marked not applicable with a reason, warns on a bare one, and fails an empty one', () => {
    const parts = completeQmeCase();
    parts.documents.delete('history-of-injury');
    parts.data.values[notApplicableName('history-of-injury')] =
      'Record review only: the examinee was not interviewed about the injury.';
    const ok = item(checkCase(parts), 'element-10682b-2');
    expect(ok.status).toBe('pass');
    expect(ok.message).toContain('not applicable');
    parts.data.values[notApplicableName('history-of-injury')] = 'n/a';
    expect(item(checkCase(parts), 'element-10682b-2').status).toBe('warning');
    parts.data.values[notApplicableName('history-of-injury')] = '   ';
    expect(item(checkCase(parts), 'element-10682b-2').status).toBe('missing');
  });

  it('asks for the psychiatric causation percentage only when a psychiatric injury is claimed', () => {
    const parts = completeQmeCase();
    expect(item(checkCase(parts), 'element-10682b-13').message).toContain('no psychiatric injury');
    parts.data.injuries[0]!.psychClaimed = true;
    const items = checkCase(parts);
    expect(failing(items).map((i) => i.id)).toEqual(['element-10682b-13']);
    expect(item(items, 'element-10682b-13').target).toMatchObject({
      step: 'discussion',
      sectionId: 'psychiatric-causation',
      fieldId: 'psychCausationPercent',
    });
  });

  it('does not require WPI or apportionment when the examinee is not permanent and stationary', () => {
    const parts = completeQmeCase();
    parts.discussion.ps = { status: 'not-yet', date: null };
    parts.data.values.psStatus = 'not-permanent-and-stationary';
    delete parts.data.values.psDate;
    parts.discussion.impairments = [];
    parts.discussion.apportionments = [];
    parts.documents.delete('impairment-discussion');
    parts.documents.delete('apportionment-discussion');
    const items = checkCase(parts);
    expect(failing(items)).toEqual([]);
    expect(item(items, 'pd-impairments').message).toContain('not permanent and stationary');
  });

  it('flags a P&S date that disagrees between the discussion and the P&S section, and a WPI that disagrees with its conversion', () => {
    const parts = completeQmeCase();
    parts.data.values.psDate = '2026-03-01';
    expect(failing(checkCase(parts)).map((i) => [i.id, i.status])).toEqual([['consistency', 'warning']]);
    const other = completeQmeCase();
    other.discussion.impairments[1]!.wpi = 25; // the regional 33% UE converts to 20% WPI
    const items = failing(checkCase(other));
    expect(items.map((i) => i.id)).toEqual(['consistency']);
    expect(items[0]!.message).toContain('differs from the conversion');
  });

  it('warns about an Almaraz/Guzman alternative without reasons and an addition without a Vigil analysis', () => {
    const parts = completeQmeCase();
    parts.discussion.impairments[0]!.almarazGuzman = { strictWpi: 25, alternativeWpi: 30, reasons: 'More accurate.' };
    parts.discussion.combine = [{ injuryId: QME_IDS.injury, method: 'add', addReason: 'Synergistic.' }];
    const items = failing(checkCase(parts));
    expect(items.map((i) => [i.id, i.status, i.blocking])).toEqual([['rebuttal-ratings', 'warning', false]]);
    expect(items[0]!.message).toMatch(/Almaraz\/Guzman/);
    expect(items[0]!.message).toMatch(/Vigil/);
  });

  it('warns when prior awards and the new disability pass the 100% cap of a region', () => {
    const parts = completeQmeCase();
    parts.discussion.priorAwards = [{ region: 'D', percent: 80, description: '2010 lumbar award' }];
    const items = failing(checkCase(parts));
    expect(items.map((i) => [i.id, i.status])).toEqual([['region-caps', 'warning']]);
    expect(items[0]!.message).toContain('Region D');
  });

  it.each([
    ['2026-03-12', 'pass', '20 days left'],
    ['2026-03-27', 'warning', 'due in 5 days'],
    ['2026-03-28', 'warning', 'due in 4 days'],
    ['2026-04-01', 'warning', 'due today'],
    ['2026-04-03', 'warning', 'overdue by 2 days'],
  ])('on %s the timeliness check is %s (%s)', (today, status, text) => {
    const parts = completeQmeCase();
    parts.today = today;
    const t = item(checkCase(parts), 'timeliness');
    expect(t.status).toBe(status);
    expect(t.blocking).toBe(false);
    expect(t.message).toContain(text);
    if (today === '2026-03-27') expect(t.message).toMatch(/Form 112 is 03\/27\/2026\.$/);
    else if (status === 'warning' && text.startsWith('due'))
      expect(t.message).toContain('Form 112 is 03/27/2026 (already passed)');
  });

  it('uses the extended due date once an extension is approved', () => {
    const parts = completeQmeCase();
    parts.today = '2026-04-03';
    parts.discussion.schedule.extension = { kind: 'pending-tests', days: 30, approved: true };
    expect(item(checkCase(parts), 'timeliness')).toMatchObject({ status: 'pass' });
  });
});

describe('compliance check: IME (disability insurance)', () => {
  it('a complete LTD IME passes every IME check and none of the QME-only ones', () => {
    const items = checkCase(completeLtdImeCase(), LTD);
    expect(failing(items)).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'ime-identification',
        'ime-questions',
        'ime-independence',
        'ime-ltd-grid',
        'signature',
        'timeliness',
      ]),
    );
    expect(items.map((i) => i.id)).not.toContain('caption');
    expect(items.map((i) => i.id)).not.toContain('statement-lc5703');
  });

  const IME_REMOVALS: Array<[string, Mutation, string, 'missing' | 'warning', string?]> = [
    ['the referral source', (p) => (p.data.parties = []), 'ime-identification', 'missing', 'case.referralSource'],
    ['the examiner credentials', (p) => (p.physician.credentials = ''), 'ime-identification', 'missing', 'physician.credentials'],
    ['the exam address', setValue('exam.streetAddress', null), 'ime-identification', 'missing', 'exam.streetAddress'],
    ['the exam date', (p) => (p.caseRecord.examDate = null), 'ime-identification', 'missing', 'case.examDate'],
    ['the questions', (p) => (p.data.questions = []), 'ime-questions', 'missing', 'referral-questions'],
    ['an answer', dropDoc(answerSectionId(IME_IDS.question1)), 'ime-questions', 'missing', answerSectionId(IME_IDS.question1)],
    [
      'a real answer ("see above")',
      (p) => p.documents.set(answerSectionId(IME_IDS.question2), doc('As above.')),
      'ime-questions',
      'warning',
      answerSectionId(IME_IDS.question2),
    ],
    [
      'one duration in the grid',
      setValue(tableValueName('restrictions-and-limitations'), ltdGrid(LTD_GRID_ROWS.slice(1))),
      'ime-ltd-grid',
      'missing',
      'restrictions-and-limitations',
    ],
    ['the basis for the restrictions', dropDoc('restrictions-rationale'), 'ime-ltd-grid', 'missing', 'restrictions-rationale'],
    ['the physician name', (p) => (p.physician.name = ''), 'signature', 'missing', 'physician.name'],
    ['the prognosis', dropDoc('prognosis'), 'required-sections', 'missing', 'prognosis'],
    ['the policy definition', setValue('policyDefinitionText', null), 'required-sections', 'missing', 'policyDefinitionText'],
  ];

  it.each(IME_REMOVALS)('without %s → %s', (_, mutate, checkId, status, where) => {
    const parts = completeLtdImeCase();
    mutate(parts);
    onlyFailure(checkCase(parts, LTD), checkId, status, where);
  });

  it('a template without the independence statement fails that check', () => {
    expect(failing(checkCase(completeLtdImeCase(), withoutSection(LTD, 'independence-statement'))).map((i) => i.id)).toEqual([
      'ime-independence',
    ]);
  });

  it('the IME due date comes from the referral', () => {
    const parts = completeLtdImeCase();
    parts.today = '2026-02-25';
    expect(item(checkCase(parts, LTD), 'timeliness')).toMatchObject({
      status: 'warning',
      blocking: false,
      message: expect.stringContaining('overdue by 1 day'),
    });
  });
});
