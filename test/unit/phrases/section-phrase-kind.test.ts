// A section's phrase kind is read from its template id: every built-in narrative section of the examination, history and
// opinion parts gets its kind, and sections with no fitting kind take "general".
import { describe, expect, it } from 'vitest';
import { phraseKindOfSection } from '../../../electron/common/phrases/section-phrase-kind';

describe('phraseKindOfSection', () => {
  it.each([
    ['physical-examination', 'examination'],
    ['exam-measurements', 'examination'],
    ['functional-testing', 'examination'],
    ['history-of-injury', 'history'],
    ['current-complaints-and-function', 'history'],
    ['prior-injuries-and-claims', 'history'],
    ['diagnoses', 'diagnosis'],
    ['causation', 'causation'],
    ['psychiatric-causation', 'causation'],
    ['impairment-discussion', 'impairment'],
    ['impairment-and-work-capacity', 'impairment'],
    ['apportionment-discussion', 'apportionment'],
    ['preexisting-and-aggravation', 'apportionment'],
    ['future-medical-care', 'treatment'],
    ['treatment-recommendations', 'treatment'],
    ['work-restrictions', 'work-status'],
    ['permanent-and-stationary-status', 'work-status'],
    ['temporary-disability', 'work-status'],
  ])('%s → %s', (section, kind) => {
    expect(phraseKindOfSection(section)).toBe(kind);
  });

  it('gives "general" to sections no kind fits', () => {
    expect(phraseKindOfSection('introduction')).toBe('general');
    expect(phraseKindOfSection('statement-lc5703')).toBe('general');
    expect(phraseKindOfSection('answer:q-1')).toBe('general');
  });
});
