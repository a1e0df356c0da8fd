// Instant feedback while ratings are typed: each injury's combined value worded for the editors, the editors' one
// combine-or-add choice per injury, and the blank row a new rating starts from. The rules (which WPI a row uses, how rows
// combine) are the discussion summary's, from electron/common/case/impairment-rules, so screen and report agree.
import type { CombineOption, Impairment } from '../../../../electron/common/case/discussion-model';
import { combineInjury, wpiInUse } from '../../../../electron/common/case/impairment-rules';

export interface CombinedPreview {
  value: number | null;
  method: 'combine' | 'add';
  /** "30 C 20 = 44, 44 C 10 = 50"; empty with one value or none. */
  stepsText: string;
  explanation: string;
  warnings: string[];
  /** Why no value can be shown (e.g. "add" without its reason); null when value is set. */
  problem: string | null;
  /** Body parts left out because they have no WPI yet. */
  missing: string[];
}

/** A rating of one body part with nothing entered yet; the id is the caller's (a new UUID in the editor). */
export function blankImpairment(id: string, injuryId: string, bodyPart: string): Impairment {
  return {
    id,
    injuryId,
    bodyPart,
    method: '',
    citation: '',
    regionalValue: null,
    regionalLevel: null,
    wpi: null,
    region: null,
    almarazGuzman: null,
  };
}

/** Replaces (or adds) the injury's choice, keeping one choice per injury as the backend requires. */
export function withCombineOption(combine: readonly CombineOption[], option: CombineOption): CombineOption[] {
  return combine.some((c) => c.injuryId === option.injuryId)
    ? combine.map((c) => (c.injuryId === option.injuryId ? option : c))
    : [...combine, option];
}

export function previewCombined(rows: readonly Impairment[], option: CombineOption): CombinedPreview {
  const { missing, result, problem } = combineInjury(
    rows.map((r) => ({ bodyPart: r.bodyPart, wpi: wpiInUse(r).wpi })),
    option,
  );
  const base = { method: option.method, missing };
  if (result) {
    return {
      ...base,
      value: result.value,
      stepsText: result.steps.join(', '),
      explanation: result.explanation,
      warnings: result.warnings,
      problem: null,
    };
  }
  return {
    ...base,
    value: null,
    stepsText: '',
    explanation: '',
    warnings: [],
    problem: problem ?? 'Enter a WPI (or a regional value with its level) to see the combined value.',
  };
}
