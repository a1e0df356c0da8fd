// The one completeness rule: the step rail's marks are the compliance check's answer (a step is incomplete exactly when a
// missing item is about it), signing waits on the same answer, and what the screen alone would have marked done is not.
import { describe, expect, it } from 'vitest';
import { answerSectionId } from '../../../electron/common/case/structure-model';
import { runComplianceCheck, type ComplianceItem } from '../../../electron/common/compliance/run-compliance-check';
import { documentPlainText } from '../../../electron/common/document/doc-model';
import { buildWorkflow, signingGate, withCompliance, type WorkflowStep } from '../../../electron/common/report/workflow';
import { templateValues } from '../../../electron/common/report/template-values';
import type { Template } from '../../../electron/common/template/template-schema';
import { completeLtdImeCase } from '../../fixtures/complete-ime-case';
import { builtinTemplate, completeQmeCase, complianceContext, doc, type CaseParts } from '../../fixtures/complete-qme-case';

interface Checked {
  items: ComplianceItem[];
  /** The rail as the workspace computes it: the screen's sections, marked by the check. */
  steps: WorkflowStep[];
  /** The screen's own reading, before the check marks it. */
  screen: WorkflowStep[];
}

/** `onScreen`: the data as the screen has it when it differs from what is saved (a row typed but not valid yet). */
function check(parts: CaseParts, template: Template = builtinTemplate('ca-qme-comprehensive'), onScreen = parts.data): Checked {
  const ctx = complianceContext(parts);
  const items = runComplianceCheck(template, ctx);
  const screen = buildWorkflow({
    template,
    values: templateValues(ctx),
    data: onScreen,
    filledDocuments: new Set([...parts.documents].filter(([, d]) => documentPlainText(d).trim() !== '').map(([id]) => id)),
    records: parts.records,
  });
  return { items, screen, steps: withCompliance(screen, items) };
}

const mark = (c: Checked, step: string) => c.steps.find((s) => s.step === step)!.completion;

/** The rule itself, for every step: incomplete exactly when a missing item names the step, and never otherwise. */
function expectRailIsCompliance({ items, steps }: Checked) {
  for (const s of steps) {
    const open = items.filter((i) => i.status === 'missing' && i.steps.includes(s.step));
    expect(s.completion === 'incomplete', `${s.step}: ${open.map((i) => i.message).join(' | ')}`).toBe(open.length > 0);
    for (const v of s.sections) {
      const about = items.some((i) => i.status === 'missing' && i.sectionIds.includes(v.section.id));
      expect(v.completion === 'incomplete', v.section.id).toBe(about);
    }
  }
}

describe('the one completeness rule', () => {
  it('marks every step of the complete case done or "nothing required", and lets it be signed', () => {
    const c = check(completeQmeCase());
    expectRailIsCompliance(c);
    expect(c.steps.map((s) => s.completion)).not.toContain('incomplete');
    expect(signingGate(c.items).blocking).toEqual([]);
  });

  it('does not mark "Diagnoses" done while no diagnosis is saved, though the screen shows a row', () => {
    const parts = completeQmeCase();
    parts.data.diagnoses = [];
    const typing = {
      ...parts.data,
      diagnoses: [{ id: '88888888-8888-4888-8888-888888888889', bodyPart: '', code: '', description: '' }],
    };
    const c = check(parts, undefined, typing);
    expect(c.screen.find((s) => s.step === 'diagnoses')!.completion).toBe('complete');
    expectRailIsCompliance(c);
    expect(mark(c, 'diagnoses')).toBe('incomplete');
    expect(signingGate(c.items).blocking.map((i) => i.id)).toContain('element-10682b-7');
  });

  it('marks "Questions from the parties" incomplete while a question is unanswered, and not done when there is none', () => {
    const unanswered = completeQmeCase();
    unanswered.documents.delete(answerSectionId(unanswered.data.questions[0]!.id));
    expect(mark(check(unanswered), 'questions')).toBe('incomplete');
    expectRailIsCompliance(check(unanswered));

    const none = completeQmeCase();
    none.data.questions = [];
    const c = check(none);
    expectRailIsCompliance(c);
    // A QME need not have questions: nothing is missing, but nothing is done either.
    expect(mark(c, 'questions')).toBe('optional');
    expect(c.screen.find((s) => s.step === 'questions')!.completion).toBe('optional');
  });

  it("marks an IME's questions step incomplete without a referral question, as its check requires one", () => {
    const parts = completeLtdImeCase();
    parts.data.questions = [];
    const c = check(parts, builtinTemplate('ime-disability-insurance'));
    expectRailIsCompliance(c);
    expect(mark(c, 'questions')).toBe('incomplete');
  });

  it('marks "Records reviewed" incomplete before records review has any page', () => {
    const parts = completeQmeCase();
    parts.records = null;
    const c = check(parts);
    expectRailIsCompliance(c);
    expect(mark(c, 'records')).toBe('incomplete');
  });

  it('marks every step a summed-up item names, not only the one its link opens', () => {
    const parts = completeQmeCase();
    parts.documents.delete('introduction');
    parts.documents.delete('employment-history');
    const c = check(parts);
    const others = c.items.find((i) => i.id === 'required-sections')!;
    expect(others).toMatchObject({ status: 'missing', target: { step: 'case', sectionId: 'introduction' } });
    expect(others.sectionIds).toEqual(['introduction', 'employment-history']);
    expect(others.steps).toEqual(['case', 'interview']);
    expectRailIsCompliance(c);
    expect(mark(c, 'interview')).toBe('incomplete');
  });

  it('does not count the date of signing as missing: the check as it will be signed is stamped with it', () => {
    const parts = completeQmeCase();
    delete parts.data.values['signing.date'];
    const unsigned = check(parts);
    expect(mark(unsigned, 'review')).toBe('incomplete');
    expect(unsigned.items.find((i) => i.id === 'declaration-lc4628j')!.message).toBe('Add the date of signing.');

    parts.data.values['signing.date'] = '2026-03-20';
    expect(mark(check(parts), 'review')).toBe('complete');
  });

  it('marks a section done once marked not applicable with a reason, as the check accepts it', () => {
    const parts = completeQmeCase();
    parts.documents.delete('history-of-injury');
    parts.data.values['na.historyOfInjury'] = 'The examinee declined to give a history through the interpreter provided.';
    const c = check(parts);
    expectRailIsCompliance(c);
    expect(c.screen.find((s) => s.step === 'interview')!.completion).toBe('incomplete');
    expect(mark(c, 'interview')).toBe('complete');
  });

  it('keeps warnings apart: they leave the step done but must be accepted before signing, unless dismissed', () => {
    const parts = completeQmeCase();
    parts.data.diagnoses[0]!.code = 'S33.5XXA';
    parts.documents.set('causation', doc('The lumbar injury is rated at 12% WPI and is industrial.'));
    const c = check(parts);
    expectRailIsCompliance(c);
    const gate = signingGate(c.items);
    expect(gate.blocking).toEqual([]);
    expect(gate.warnings.map((w) => w.id)).toEqual(expect.arrayContaining(['encounter-character']));
    expect(mark(c, 'diagnoses')).toBe('complete');

    const dismissed = c.items.map((i) => (i.id === 'encounter-character' ? { ...i, dismissed: true as const } : i));
    expect(signingGate(dismissed).warnings.map((w) => w.id)).not.toContain('encounter-character');
  });

  it('marks nothing done before the check has answered', () => {
    const { screen } = check(completeQmeCase());
    const waiting = withCompliance(screen, null);
    expect(waiting.map((s) => s.completion)).not.toContain('complete');
    expect(waiting.flatMap((s) => s.sections).map((v) => v.completion)).not.toContain('complete');
  });
});
