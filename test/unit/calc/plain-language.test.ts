// The calculators' texts the physician reads (conversion steps and citations, fee explanations and warnings, the notes the
// fee tool shows beside a modifier, deadline warnings) are plain words: the rule tables keep their source uncertainty in
// fields the UI does not show (status, sourceNote), never in a citation or a note.
import { describe, expect, it } from 'vitest';
import { AMA5, IMPAIRMENT_LEVELS } from '../../../electron/common/calc/ama5-table';
import { combineValues } from '../../../electron/common/calc/combined-values';
import { reportDueDate } from '../../../electron/common/calc/deadlines';
import { calculateFee, FEE_SCHEDULES, ML_CODES, MODIFIER_CODES } from '../../../electron/common/calc/fees';
import { convertImpairment, totalHandFromDigits } from '../../../electron/common/calc/regional-conversion';

const FIELD_NAME = /\b[a-z]+\.[a-z][A-Za-z]+\b/;
const DEVELOPER_NOTE = /unverified|mindbill|unresolved|verify against|believed|not yet confirmed|sources conflict|docs\//i;

const plain = (where: string, text: string | undefined) => {
  if (text === undefined) return;
  expect(text, where).not.toMatch(FIELD_NAME);
  expect(text, where).not.toMatch(DEVELOPER_NOTE);
};

describe('plain language of the calculators', () => {
  it.each(IMPAIRMENT_LEVELS)('the conversion of a %s value shows its steps with the Guides citation only', (level) => {
    const result = convertImpairment(50, level);
    for (const s of result.steps) {
      plain(`${s.from} → ${s.to}`, s.text);
      plain(`${s.from} → ${s.to} citation`, s.citation);
      expect(s.text).toContain(`(${s.citation})`);
    }
    plain('explanation', result.explanation);
  });

  it('keeps the table status as data, outside what is shown', () => {
    for (const c of AMA5.conversions) expect(c.status).toMatch(/\S/);
    const hand = totalHandFromDigits([
      { digit: 'thumb', value: 40 },
      { digit: 'index-finger', value: 30 },
    ]);
    for (const s of hand.steps) plain('hand step', s);
    plain('hand explanation', hand.explanation);
    plain(
      'combined',
      combineValues([
        { value: 30, level: 'whole-person' },
        { value: 20, level: 'whole-person' },
      ]).explanation,
    );
    for (const c of [AMA5.digitsToHand.citation, AMA5.combinedValues.citation, AMA5.addInstead.citation]) plain('citation', c);
  });

  it('the fee tool shows plain notes beside the modifiers and the combining choice', () => {
    for (const table of FEE_SCHEDULES) {
      plain('combining note', table.modifierCombining.note);
      plain('page review note', table.pageReview.note);
      for (const m of MODIFIER_CODES) {
        plain(`-${m} label`, table.modifiers[m].label);
        plain(`-${m} note`, table.modifiers[m].note);
      }
      for (const code of ML_CODES) {
        const rule = table.codes[code];
        if (rule) plain(`${code} description`, rule.description);
        if (rule?.kind === 'flat') plain(`${code} pages note`, rule.pagesNote);
      }
    }
  });

  it.each(ML_CODES)('the fee of %s explains itself in plain words', (code) => {
    const timed = code === 'ML204' || code === 'ML205';
    const modifiers = MODIFIER_CODES.filter((m) => m !== '95' && FEE_SCHEDULES[0]!.modifiers[m].appliesTo.includes(code));
    for (const combining of ['additive', 'multiplicative'] as const) {
      const result = calculateFee({
        code,
        serviceDate: '2026-03-02',
        modifiers,
        combining,
        ...(timed ? { minutes: 95 } : { pagesReviewed: 350 }),
      });
      for (const li of result.lineItems) plain(`${li.code} explanation`, li.explanation);
      for (const w of result.warnings) plain(`${code} warning`, w);
    }
  });

  it('a due date on a weekend warns in plain words', () => {
    const due = reportDueDate('2026-04-02');
    expect(due.warnings.length).toBeGreaterThan(0);
    for (const w of due.warnings) plain('deadline warning', w);
  });
});
