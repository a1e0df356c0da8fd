// Which kind of phrase a report section calls for, read from the template section's id (templates name their sections
// plainly: "physical-examination", "apportionment-discussion"), so the phrase picker offers that section's phrases first
// and a phrase saved from it is filed under it. A section no rule names takes "general" phrases.
import type { PhraseSectionKind } from './phrase-model';

// Checked in order: "impairment-and-work-capacity" is about impairment before work, "psychiatric-causation" is causation.
const RULES: readonly (readonly [RegExp, PhraseSectionKind])[] = [
  [/apportion|preexisting/, 'apportionment'],
  [/impairment/, 'impairment'],
  [/causation/, 'causation'],
  [/diagnos/, 'diagnosis'],
  [/exam|measurement|functional-testing/, 'examination'],
  [/treatment|future-(medical-)?care|prognosis/, 'treatment'],
  [/restriction|work-capacity|ability-to-work|temporary-disability|mmi|stationary/, 'work-status'],
  [/history|complaints|prior-injuries/, 'history'],
];

export function phraseKindOfSection(sectionId: string): PhraseSectionKind {
  const id = sectionId.toLowerCase();
  return RULES.find(([pattern]) => pattern.test(id))?.[1] ?? 'general';
}
