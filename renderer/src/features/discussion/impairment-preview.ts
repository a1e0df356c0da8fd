// Instant feedback while ratings are typed: each injury's combined value worded for the editors, the injuries combined
// into one (Benson exception), the editors' one combine-or-add choice per injury, and the blank row a new rating starts
// from. The rules (which WPI a row uses, how rows and injuries combine) are the discussion summary's, from
// electron/common/case/impairment-rules, so screen and report agree.
import type { CombineOption, Impairment } from '../../../../electron/common/case/discussion-model';
import {
  combineAcrossInjuries,
  combineInjury,
  combineOptionFor,
  wpiInUse,
} from '../../../../electron/common/case/impairment-rules';
import type { Injury } from '../../../../electron/common/case/structure-model';
import { injuryName } from './discussion-labels';

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

export interface AcrossInjuriesPreview {
  /** How many of the case's injuries have ratings: combining across injuries is offered from two. */
  ratedInjuries: number;
  value: number | null;
  /** "44% (injury 1), 20% (injury 2)": the values combined, largest first. */
  valuesText: string;
  /** "44 C 20 = 55"; empty while there is no value. */
  stepsText: string;
  /** Why no value can be shown yet; null when value is set. */
  problem: string | null;
  /** Injuries with ratings but no combined value yet ("injury 2"), left out. */
  missing: string[];
}

/** The injuries' values combined into one, as the report would print it if the physician chose to. */
export function previewAcrossInjuries(
  injuries: readonly Injury[],
  items: readonly Impairment[],
  combine: readonly CombineOption[],
): AcrossInjuriesPreview {
  const rated = injuries
    .map((injury, i) => ({ injury, number: i + 1, rows: items.filter((r) => r.injuryId === injury.id) }))
    .filter((x) => x.rows.length > 0);
  const { parts, missing, result, problem } = combineAcrossInjuries(
    rated.map((x) => ({
      injuryId: x.injury.id,
      label: injuryName(x.number),
      value: previewCombined(x.rows, combineOptionFor(combine, x.injury.id)).value,
    })),
  );
  return {
    ratedInjuries: rated.length,
    value: result?.value ?? null,
    valuesText: parts.map((p) => `${p.value}% (${p.label})`).join(', '),
    stepsText: result?.steps.join(', ') ?? '',
    problem: result ? null : problem,
    missing,
  };
}
