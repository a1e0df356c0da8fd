// Numbers in the sections' text that contradict the structured values (a WPI no rating gives, an apportionment share none
// of the entered ones, a P&S/MMI date other than the discussion's) are warnings naming the section and the sentence; the
// physician can dismiss each one for the case, and a changed finding comes back.
import { describe, expect, it } from 'vitest';
import { answerSectionId } from '../../../electron/common/case/structure-model';
import { DISMISSED_WARNINGS_VALUE, dismissKey, dismissalValue } from '../../../electron/common/compliance/dismissals';
import { tallyCompliance, type ComplianceItem } from '../../../electron/common/compliance/run-compliance-check';
import { completeQmeCase, checkCase, doc, QME_IDS, type CaseParts } from '../../fixtures/complete-qme-case';

const narrative = (items: ComplianceItem[]) => items.filter((i) => i.id.startsWith('narrative-numbers'));
const warnings = (items: ComplianceItem[]) => narrative(items).filter((i) => i.status === 'warning');

/** The QME fixture (lumbar 30% WPI, shoulder 33% UE = 20% WPI, combined 44%; lumbar 80% industrial / 20% degenerative;
 * shoulder 100% industrial; P&S 03/02/2026) with `text` as the text of `sectionId`. */
function saying(sectionId: string, ...text: string[]): CaseParts {
  const p = completeQmeCase();
  p.documents.set(sectionId, doc(...text));
  return p;
}

describe('narrative numbers against the structured values', () => {
  it('the complete fixture, whose text agrees with its values, passes with one item', () => {
    const items = narrative(checkCase(completeQmeCase()));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'narrative-numbers', status: 'pass' });
  });

  it('flags a WPI that is no rated or combined value, naming the section and the sentence', () => {
    const items = warnings(
      checkCase(
        saying('impairment-discussion', 'The lumbar spine is rated DRE category III. This equals 13% WPI under Table 15-3.'),
      ),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      status: 'warning',
      blocking: false,
      target: { step: 'discussion', sectionId: 'impairment-discussion' },
    });
    expect(items[0]!.message).toContain('Impairment discussion: "This equals 13% WPI under Table 15-3."');
    expect(items[0]!.message).toContain('rated 30%, 20%; combined 44%');
  });

  it.each([
    ['a rated value', 'The lumbar spine is 30% WPI.'],
    ['a converted regional value', 'The shoulder converts to 20% whole person impairment.'],
    ['the combined value', 'Combined, the impairment is 44% of the whole person.'],
    ['a "whole person" wording', 'This amounts to 30 percent whole-person impairment.'],
  ])('accepts %s', (_, sentence) => {
    expect(warnings(checkCase(saying('impairment-discussion', sentence)))).toEqual([]);
  });

  it('flags "whole person" wording too, and each number once per section', () => {
    const items = warnings(
      checkCase(
        saying('impairment-discussion', 'She has 13% whole person impairment.', 'Again, 13% whole person.', 'And 12% WPI.'),
      ),
    );
    expect(items.map((i) => i.id)).toEqual([
      'narrative-numbers:impairment-discussion:wpi:13',
      'narrative-numbers:impairment-discussion:wpi:12',
    ]);
  });

  it('flags an apportionment share stated with "industrial" or "apportion" that is none of the entered ones', () => {
    const items = warnings(
      checkCase(
        saying(
          'apportionment-discussion',
          'Of the lumbar disability, 70% is industrial.',
          'I apportion 30 percent to the degenerative disease.',
          'The apportionment totals 100%.',
          'I apportion 20% of the 30% WPI to degenerative disc disease.',
        ),
      ),
    );
    expect(items.map((i) => i.id)).toEqual([
      'narrative-numbers:apportionment-discussion:apportionment:70',
      'narrative-numbers:apportionment-discussion:apportionment:30',
    ]);
    expect(items[0]!.message).toContain('Apportionment discussion: "Of the lumbar disability, 70% is industrial."');
    expect(items[0]!.message).toContain('Lumbar spine: 80% industrial, 20% other factors');
  });

  it('ignores percentages in sentences that are not about apportionment', () => {
    expect(warnings(checkCase(saying('current-complaints', 'Pain is 70% better since therapy.')))).toEqual([]);
  });

  it("flags a P&S/MMI date other than the discussion's, in any of its written forms", () => {
    const items = warnings(
      checkCase(
        saying(
          'permanent-and-stationary-status',
          'She became permanent and stationary on 04/01/2026.',
          'MMI was reached on April 2, 2026, per the treating physician.',
          'She was P&S as of 2026-04-03.',
        ),
      ),
    );
    expect(items.map((i) => i.id)).toEqual([
      'narrative-numbers:permanent-and-stationary-status:ps-date:2026-04-01',
      'narrative-numbers:permanent-and-stationary-status:ps-date:2026-04-02',
      'narrative-numbers:permanent-and-stationary-status:ps-date:2026-04-03',
    ]);
    expect(items[0]!.message).toContain('gives 04/01/2026');
    expect(items[0]!.message).toContain('is 03/02/2026');
  });

  it('accepts the P&S date, and other dates of the case named beside it', () => {
    const items = warnings(
      checkCase(
        saying(
          'permanent-and-stationary-status',
          'After the injury of 06/15/2025 she reached MMI on March 2, 2026.',
          'She was examined on 03/02/2026 and is permanent and stationary.',
          'Dr. Lee found her not yet permanent and stationary.',
        ),
      ),
    );
    expect(items).toEqual([]);
  });

  it('reads the answers to the questions, named by their number', () => {
    const p = completeQmeCase();
    p.documents.set(answerSectionId(QME_IDS.question2), doc('Yes: 35% is apportioned to degenerative disc disease.'));
    const items = warnings(checkCase(p));
    expect(items).toHaveLength(1);
    expect(items[0]!.message).toMatch(/^The answer to question #2: "Yes: 35% is apportioned/);
    expect(items[0]!.target.fieldId).toBe(answerSectionId(QME_IDS.question2));
  });
});

describe('dismissing a warning', () => {
  const contradicting = () =>
    saying('impairment-discussion', 'This equals 13% WPI.', 'She became permanent and stationary on 04/01/2026.');

  it('keeps the item, marked dismissed, and counts it apart', () => {
    const before = checkCase(contradicting());
    const [wpi, ps] = warnings(before);
    const p = contradicting();
    p.data.values[DISMISSED_WARNINGS_VALUE] = dismissalValue(before, dismissKey(wpi!), true)!;
    const after = checkCase(p);
    expect(after.find((i) => i.id === wpi!.id)).toMatchObject({ status: 'warning', dismissed: true });
    expect(after.find((i) => i.id === ps!.id)!.dismissed).toBeUndefined();
    expect(tallyCompliance(after)).toMatchObject({ warning: tallyCompliance(before).warning - 1, dismissed: 1 });
  });

  it('brings the warning back when its message changes, and on "show again"', () => {
    const before = checkCase(contradicting());
    const wpi = warnings(before)[0]!;
    const value = dismissalValue(before, dismissKey(wpi), true)!;

    const changed = contradicting();
    changed.data.values[DISMISSED_WARNINGS_VALUE] = value;
    changed.discussion.impairments[0]!.wpi = 31;
    expect(checkCase(changed).find((i) => i.id === wpi.id)!.dismissed).toBeUndefined();

    const dismissed = contradicting();
    dismissed.data.values[DISMISSED_WARNINGS_VALUE] = value;
    const items = checkCase(dismissed);
    expect(dismissalValue(items, dismissKey(wpi), false)).toBeNull();
  });

  it('ignores a damaged stored value', () => {
    const p = contradicting();
    p.data.values[DISMISSED_WARNINGS_VALUE] = '{not json';
    expect(checkCase(p).some((i) => i.dismissed)).toBe(false);
  });
});
