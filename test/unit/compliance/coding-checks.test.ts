// The coding warnings of the review step: an ICD-10-CM code with the 7th character "A" (initial encounter) examined more
// than about two months after the injury, and an interpreter on a QME case billed without modifier -93. Both warn, never block.
import { describe, expect, it } from 'vitest';
import { type ComplianceItem } from '../../../electron/common/compliance/run-compliance-check';
import { completeLtdImeCase, IME_IDS } from '../../fixtures/complete-ime-case';
import { specificInjury } from '../../fixtures/case-rows';
import { builtinTemplate, completeQmeCase, checkCase, QME_IDS, type CaseParts } from '../../fixtures/complete-qme-case';

const LTD = builtinTemplate('ime-disability-insurance');
const item = (items: ComplianceItem[], id: string) => items.find((i) => i.id === id);
const failing = (items: ComplianceItem[]) => items.filter((i) => i.status !== 'pass').map((i) => i.id);

/** The QME fixture (injury 06/15/2025, exam 03/02/2026) with the lumbar diagnosis coded `code`. */
function lumbarCoded(code: string, change: (p: CaseParts) => void = () => {}): CaseParts {
  const p = completeQmeCase();
  p.data.diagnoses[0]!.code = code;
  change(p);
  return p;
}

describe('7th character "A" long after the injury', () => {
  it('warns, naming the code and the body part, and suggests D or S', () => {
    const items = checkCase(lumbarCoded('S33.5XXA'));
    const found = item(items, 'encounter-character')!;
    expect(found).toMatchObject({ status: 'warning', blocking: false });
    expect(found.message).toContain('S33.5XXA (Lumbar spine)');
    expect(found.message).toContain('S33.5XXD');
    expect(found.message).toContain('S33.5XXS');
    expect(found.message).toMatch(/8 months after the injury of 06\/15\/2025/);
    expect(found.target).toMatchObject({ step: 'diagnoses', fieldId: `diagnoses.${QME_IDS.diagnosis1}` });
    expect(failing(items)).toEqual(['encounter-character']);
  });

  it.each([
    ['a subsequent-encounter code', 'S33.5XXD'],
    ['a sequela code', 'S33.5XXS'],
    ['a code without a 7th character', 'M51.16'],
  ])('passes %s', (_, code) => {
    expect(item(checkCase(lumbarCoded(code)), 'encounter-character')!.status).toBe('pass');
  });

  it('passes an "A" code when the exam is within two months of the injury', () => {
    const items = checkCase(lumbarCoded('S33.5XXA', (p) => (p.caseRecord.examDate = '2025-08-10')));
    expect(item(items, 'encounter-character')!.status).toBe('pass');
  });

  it('dates the diagnosis by the injury that claims its body part', () => {
    const recent = '99999999-9999-4999-8999-000000000001';
    const withRecentShoulderInjury = (p: CaseParts) => {
      p.data.injuries[0]!.bodyParts = [{ name: 'Lumbar spine', status: 'accepted' }];
      p.data.injuries.push(specificInjury(recent, '2026-02-01', [{ name: 'Right shoulder', status: 'accepted' }]));
    };
    const lumbar = checkCase(lumbarCoded('S33.5XXA', withRecentShoulderInjury));
    expect(item(lumbar, 'encounter-character')!.status).toBe('warning');
    const shoulder = completeQmeCase();
    withRecentShoulderInjury(shoulder);
    shoulder.data.diagnoses[1]!.code = 'S46.011A';
    expect(item(checkCase(shoulder), 'encounter-character')!.status).toBe('pass');
  });

  it('says nothing without an exam date or an injury date to compare', () => {
    expect(item(checkCase(lumbarCoded('S33.5XXA', (p) => (p.caseRecord.examDate = null))), 'encounter-character')!.status).toBe(
      'pass',
    );
    expect(
      item(checkCase(lumbarCoded('S33.5XXA', (p) => (p.data.injuries[0]!.date = null))), 'encounter-character')!.status,
    ).toBe('pass');
  });

  it('applies to IMEs as well', () => {
    const p = completeLtdImeCase();
    p.data.diagnoses[0]!.code = 'S13.4XXA';
    const found = item(checkCase(p, LTD), 'encounter-character')!;
    expect(found.status).toBe('warning');
    expect(found.message).toContain('S13.4XXA (Cervical spine)');
    expect(found.target.fieldId).toBe(`diagnoses.${IME_IDS.diagnosis}`);
  });
});

describe('interpreter and modifier -93', () => {
  const withInterpreter = (change: (p: CaseParts) => void = () => {}) => {
    const p = completeQmeCase();
    p.data.values['case.interpreter'] = 'Ana Ruiz, certified Spanish interpreter no. 301234';
    change(p);
    return p;
  };

  it('warns when an interpreter is entered and the ML201 fee has no -93, pointing at the fee tool', () => {
    const items = checkCase(withInterpreter());
    const found = item(items, 'interpreter-modifier')!;
    expect(found).toMatchObject({ status: 'warning', blocking: false, target: { step: 'review', fieldId: 'fee' } });
    expect(found.message).toContain('-93');
    expect(found.message).toContain('ML201');
    expect(found.message).toContain('Ana Ruiz');
    expect(found.message).toMatch(/fee tool/);
    expect(failing(items)).toEqual(['interpreter-modifier']);
  });

  it('passes when the fee carries -93', () => {
    const p = withInterpreter((x) => (x.discussion.fee = { ...x.discussion.fee!, modifiers: ['93'] }));
    expect(item(checkCase(p), 'interpreter-modifier')!.status).toBe('pass');
  });

  it('passes where the fee schedule does not allow -93 (a supplemental report, ML203)', () => {
    const p = withInterpreter((x) => {
      x.discussion.fee = { ...x.discussion.fee!, code: 'ML203' };
      x.discussion.schedule.supplementalRequestDate = '2026-03-01';
    });
    const found = item(checkCase(p), 'interpreter-modifier')!;
    expect(found.status).toBe('pass');
    expect(found.message).toContain('does not apply to ML203');
  });

  it('passes without an interpreter or without a fee', () => {
    expect(item(checkCase(completeQmeCase()), 'interpreter-modifier')!.status).toBe('pass');
    expect(item(checkCase(withInterpreter((x) => (x.discussion.fee = null))), 'interpreter-modifier')!.status).toBe('pass');
  });

  it('is a California QME check only: an IME is not billed on that fee schedule', () => {
    const p = completeLtdImeCase();
    p.data.values['case.interpreter'] = 'Ana Ruiz';
    p.discussion.fee = { code: 'ML201', modifiers: [], pagesReviewedOverride: null, minutes: null, combining: null };
    expect(item(checkCase(p, LTD), 'interpreter-modifier')).toBeUndefined();
  });
});
