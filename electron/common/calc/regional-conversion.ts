// Regional → whole-person conversion (AMA Guides 5th): digit → hand → upper extremity → whole person and
// foot → lower extremity → whole person, one table factor per step, each step rounded to a whole percent and cited.
import { AppFailure } from '../errors';
import {
  AMA5,
  type Ama5Conversion,
  type DigitLevel,
  DIGIT_LEVELS,
  type ImpairmentLevel,
  isImpairmentLevel,
  levelLabel,
} from './ama5-table';
import { decimalText, divideRoundHalfUp, factorText } from './integer-math';
import { tableRef, type RuleTableRef } from './rule-table';
import { assertWholePercent } from './whole-percent';

export interface ConversionStep {
  from: ImpairmentLevel;
  to: ImpairmentLevel;
  input: number;
  factorHundredths: number;
  /** The unrounded product as exact decimal text, e.g. "9.2". */
  exact: string;
  output: number;
  citation: string;
  /** How sure the table factor is (from the rule table); kept as data, never put in `text`, which the physician sees. */
  status: string;
  /** "46% index finger × 0.20 = 9.2 → 9% hand (AMA Guides 5th, Table 16-1)" */
  text: string;
}

export interface ConversionResult {
  input: { value: number; level: ImpairmentLevel };
  value: number;
  level: ImpairmentLevel;
  steps: ConversionStep[];
  /** A one-line chain for the report, e.g. "46% index finger = 9% hand = 8% upper extremity = 5% whole person". */
  explanation: string;
  rules: RuleTableRef;
}

function conversionFrom(level: ImpairmentLevel): Ama5Conversion | undefined {
  return AMA5.conversions.find((c) => c.from === level);
}

function chainText(levels: ImpairmentLevel[]): string {
  return levels.map(levelLabel).join(' → ');
}

function pathBetween(from: ImpairmentLevel, to: ImpairmentLevel): Ama5Conversion[] {
  const path: Ama5Conversion[] = [];
  const visited: ImpairmentLevel[] = [from];
  let current = from;
  while (current !== to) {
    const next = conversionFrom(current);
    if (!next) {
      throw new AppFailure(
        'invalid-input',
        `Cannot convert ${levelLabel(from)} to ${levelLabel(to)}: conversions only go upward (${chainText(visited)} ends there). ` +
          `Convert each region to whole person instead.`,
      );
    }
    path.push(next);
    current = next.to;
    visited.push(current);
  }
  return path;
}

function convertStep(value: number, conversion: Ama5Conversion): ConversionStep {
  const product = value * conversion.factorHundredths;
  const output = divideRoundHalfUp(product, 100);
  const exact = decimalText(product, 2);
  return {
    from: conversion.from,
    to: conversion.to,
    input: value,
    factorHundredths: conversion.factorHundredths,
    exact,
    output,
    citation: conversion.citation,
    status: conversion.status,
    text: `${value}% ${levelLabel(conversion.from)} × ${factorText(conversion.factorHundredths)} = ${exact}${exact === String(output) ? '' : ` → ${output}`}% ${levelLabel(conversion.to)} (${conversion.citation})`,
  };
}

/** Converts a regional impairment up the chain to `to` (default: whole person), rounding each step. */
export function convertImpairment(value: number, from: ImpairmentLevel, to: ImpairmentLevel = 'whole-person'): ConversionResult {
  for (const [name, l] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isImpairmentLevel(l))
      throw new AppFailure(
        'invalid-input',
        `Unknown ${name} level "${String(l)}". Choose one of: ${Object.values(AMA5.levels)
          .map((x) => x.label)
          .join(', ')}.`,
      );
  }
  assertWholePercent(value, `The ${levelLabel(from)} impairment`);
  const steps: ConversionStep[] = [];
  let current = value;
  for (const conversion of pathBetween(from, to)) {
    const step = convertStep(current, conversion);
    steps.push(step);
    current = step.output;
  }
  const chain = [`${value}% ${levelLabel(from)}`, ...steps.map((s) => `${s.output}% ${levelLabel(s.to)}`)].join(' = ');
  return {
    input: { value, level: from },
    value: current,
    level: to,
    steps,
    explanation: steps.length === 0 ? `${value}% ${levelLabel(from)} (no conversion needed).` : `${chain}.`,
    rules: tableRef(AMA5),
  };
}

export interface DigitImpairment {
  digit: DigitLevel;
  value: number;
}

export interface TotalHandResult {
  digits: ConversionResult[];
  value: number;
  level: 'hand';
  steps: string[];
  explanation: string;
  citation: string;
  rules: RuleTableRef;
}

/** Total hand impairment: each digit converted to hand, then the hand values added (capped at 100), as the Guides direct. */
export function totalHandFromDigits(digits: readonly DigitImpairment[]): TotalHandResult {
  if (digits.length === 0) throw new AppFailure('invalid-input', 'Enter at least one digit impairment.');
  const seen = new Set<string>();
  for (const d of digits) {
    if (!(DIGIT_LEVELS as readonly string[]).includes(d.digit)) {
      throw new AppFailure(
        'invalid-input',
        `"${String(d.digit)}" is not a digit. Use thumb, index, middle, ring or little finger.`,
      );
    }
    if (seen.has(d.digit)) {
      throw new AppFailure(
        'invalid-input',
        `The ${levelLabel(d.digit)} is entered twice. Combine its impairments at the digit level first, then enter one value per digit.`,
      );
    }
    seen.add(d.digit);
  }
  const converted = digits.map((d) => convertImpairment(d.value, d.digit, 'hand'));
  const handValues = converted.map((c) => c.value);
  const sum = handValues.reduce((a, b) => a + b, 0);
  const total = Math.min(sum, 100);
  const steps = [
    ...converted.flatMap((c) => c.steps.map((s) => s.text)),
    ...(handValues.length > 1 ? [`${handValues.join(' + ')} = ${total}${sum > 100 ? ' (capped at 100)' : ''}% hand`] : []),
  ];
  return {
    digits: converted,
    value: total,
    level: 'hand',
    steps,
    explanation: `Total hand impairment ${total}%: ${converted.map((c) => `${c.input.value}% ${levelLabel(c.input.level)} = ${c.value}% hand`).join('; ')}${handValues.length > 1 ? '; hand values added' : ''} (${AMA5.digitsToHand.citation}).`,
    citation: AMA5.digitsToHand.citation,
    rules: tableRef(AMA5),
  };
}
