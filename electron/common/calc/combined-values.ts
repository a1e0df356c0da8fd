// Combined Values Chart arithmetic (AMA Guides 5th): A + B(1 − A) on whole percents, largest first, each step
// rounded half up, plus the Kite/Vigil "add instead" choice, which needs a written reason. Only same-level values combine.
import { AppFailure } from '../errors';
import { AMA5, type ImpairmentLevel, isImpairmentLevel, levelLabel } from './ama5-table';
import { divideRoundHalfUp } from './integer-math';
import { tableRef, type RuleTableRef } from './rule-table';
import { assertWholePercent, countWords } from './whole-percent';

export interface ImpairmentValue {
  /** Whole percent, 0–100. */
  value: number;
  /** The anatomical unit the value is expressed in; values must share one level to be combined. */
  level: ImpairmentLevel;
  /** What the value rates, e.g. "lumbar spine DRE II"; used in messages and the report. */
  label?: string;
}

export type CombineMethod = { kind: 'combine' } | { kind: 'add'; reason: string };

export interface CombinedValuesResult {
  value: number;
  level: ImpairmentLevel;
  method: 'combine' | 'add';
  /** One line per step in the order performed, e.g. "30 C 20 = 44", "44 C 10 = 50" or "30 + 20 = 50". */
  steps: string[];
  /** A sentence for the report naming the method, the result and the citation. */
  explanation: string;
  citation: string;
  /** The written reason when values were added instead of combined. */
  reason?: string;
  warnings: string[];
  rules: RuleTableRef;
}

/** c = a + b − a·b/100, rounded half up, computed exactly on integers. */
export function combinePair(a: number, b: number): number {
  assertWholePercent(a, 'The first value');
  assertWholePercent(b, 'The second value');
  return divideRoundHalfUp(100 * a + 100 * b - a * b, 100);
}

function describe(v: ImpairmentValue): string {
  return `${v.value}% ${levelLabel(v.level)}${v.label ? ` (${v.label})` : ''}`;
}

function validate(values: readonly ImpairmentValue[]): ImpairmentLevel {
  if (values.length === 0) throw new AppFailure('invalid-input', 'Enter at least one impairment value to combine.');
  values.forEach((v, i) => {
    const name = `Value ${i + 1}${v.label ? ` (${v.label})` : ''}`;
    if (!isImpairmentLevel(v.level)) {
      throw new AppFailure(
        'invalid-input',
        `${name} has no valid level ("${String(v.level)}"). Choose the level it is rated at, e.g. whole person.`,
      );
    }
    assertWholePercent(v.value, name);
  });
  const levels = [...new Set(values.map((v) => v.level))];
  if (levels.length > 1) {
    throw new AppFailure(
      'invalid-input',
      `These values are at different levels and cannot be combined: ${values.map(describe).join('; ')}. ` +
        `Convert each to the same level first (usually whole person); the Guides combine only values at the same level.`,
    );
  }
  return levels[0]!;
}

/**
 * Combines (or, with a written reason, adds) impairment values at one level. The result does not depend on input order:
 * values are always taken largest first, as the Guides instruct, because rounding at each step makes order matter.
 */
export function combineValues(
  values: readonly ImpairmentValue[],
  method: CombineMethod = { kind: 'combine' },
): CombinedValuesResult {
  const level = validate(values);
  const ordered = [...values].map((v) => v.value).sort((a, b) => b - a);
  const unit = levelLabel(level);
  const warnings: string[] = [];

  if (method.kind === 'add') {
    const reason = typeof method.reason === 'string' ? method.reason.trim() : '';
    if (!reason) {
      throw new AppFailure(
        'invalid-input',
        'Adding instead of combining needs a written reason: describe how each impairment affects activities of daily living and why they do not overlap or why the overlap amplifies them (Kite; Vigil v. County of Kern).',
      );
    }
    const minWords = AMA5.addInstead.reasonMinWords;
    if (countWords(reason) < minWords) {
      warnings.push(
        `The reason for adding is under ${minWords} words. Vigil requires substantial evidence of each impairment's effect on ADLs and of no overlap (or amplifying overlap); a label such as "synergistic" alone is not enough.`,
      );
    }
    const steps: string[] = [];
    let total = ordered[0]!;
    for (const next of ordered.slice(1)) {
      const sum = total + next;
      const capped = Math.min(sum, 100);
      steps.push(`${total} + ${next} = ${capped}${sum > 100 ? ' (capped at 100)' : ''}`);
      total = capped;
    }
    return {
      value: total,
      level,
      method: 'add',
      steps,
      explanation:
        ordered.length === 1
          ? `Only one value (${total}% ${unit}); nothing to add.`
          : `${ordered.join(' + ')} added instead of combined = ${total}% ${unit} (${AMA5.addInstead.citation}). Reason: ${reason}`,
      citation: AMA5.addInstead.citation,
      reason,
      warnings,
      rules: tableRef(AMA5),
    };
  }

  const steps: string[] = [];
  let total = ordered[0]!;
  for (const next of ordered.slice(1)) {
    const c = combinePair(total, next);
    steps.push(`${total} C ${next} = ${c}`);
    total = c;
  }
  const citation = AMA5.combinedValues.citation;
  return {
    value: total,
    level,
    method: 'combine',
    steps,
    explanation:
      ordered.length === 1
        ? `Only one value (${total}% ${unit}); nothing to combine.`
        : `${ordered.join(' C ')} = ${total}% ${unit}, combined largest first with each step rounded half up (${citation}).`,
    citation,
    warnings,
    rules: tableRef(AMA5),
  };
}
