// Apportionment checks (LC §§4663, 4664; Escobedo): per body part and injury the percentages total exactly 100 and each
// carries a how-and-why explanation, or the physician states specific reasons it cannot be apportioned; plus the §4664(c) region cap.
import { z } from 'zod';
import table from '../rules/ca-apportionment.json';
import { AppFailure } from '../errors';
import { loadRuleTable, ruleTableMeta, tableRef, type RuleTableRef } from './rule-table';
import { countWords, isWholePercent } from './whole-percent';

export const FACTOR_KINDS = ['pre-existing-pathology', 'prior-injury-or-award', 'subsequent-injury', 'other'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];
export const BODY_REGIONS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

const labelled = z.object({ label: z.string().min(1) });
const schema = z.object({
  ...ruleTableMeta,
  totalPercent: z.literal(100),
  explanationCheck: z.object({ minWords: z.number().int().min(1), requireSentence: z.boolean(), citation: z.string().min(1) }),
  cannotApportion: z.object({ citation: z.string().min(1), instruction: z.string().min(1) }),
  factorKinds: z.record(z.enum(FACTOR_KINDS), labelled),
  regionCap: z.object({
    percent: z.number().int().positive(),
    citation: z.string().min(1),
    regions: z.record(z.enum(BODY_REGIONS), labelled),
  }),
  presumption: z.object({
    citation: z.string().min(1),
    sections: z.string().min(1),
    types: z.record(z.string().min(1), labelled),
  }),
});

export const APPORTIONMENT_RULES = loadRuleTable('ca-apportionment.json', schema, table);

export interface ApportionmentFactor {
  kind: FactorKind;
  percent: number;
  /** How and why this factor causes part of the permanent disability now (Escobedo). */
  explanation: string;
  /** What the factor is, e.g. "degenerative disc disease L4-5". */
  description?: string;
}

export type ApportionmentDetermination =
  | { kind: 'apportioned'; industrialPercent: number; industrialExplanation: string; factors: readonly ApportionmentFactor[] }
  | { kind: 'cannot-apportion'; reasons: string };

export interface ApportionmentEntry {
  bodyPart: string;
  /** The injury this determination belongs to (Benson: each injury apportioned separately), e.g. "CT 01/01/2020–03/01/2023". */
  injury: string;
  /** Set when the injury is a presumption type listed in APPORTIONMENT_RULES.presumption.types (LC §4663(e)). */
  presumptionType?: string | null;
  determination: ApportionmentDetermination;
}

export interface ApportionmentIssue {
  severity: 'error' | 'warning';
  /** Where to point the user: "industrial", "factors.1.percent", "factors.0.explanation", "reasons", "total", "presumption". */
  field: string;
  message: string;
}

export interface ApportionmentCheck {
  /** True when there are no errors (warnings may remain). */
  ok: boolean;
  /** Industrial plus all factors, or null for "cannot apportion". */
  total: number | null;
  issues: ApportionmentIssue[];
  /** Lines for the report, e.g. "Industrial (injury of 03/02/2024): 60%". */
  summary: string[];
  rules: RuleTableRef;
}

const R = APPORTIONMENT_RULES;

export function factorKindLabel(kind: FactorKind): string {
  return R.factorKinds[kind].label;
}

/** Why an explanation falls short of a how-and-why opinion, or null when it passes the table's check. */
export function explanationShortfall(text: string): 'empty' | 'one-line' | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return 'empty';
  const tooShort = countWords(trimmed) < R.explanationCheck.minWords;
  const noSentence = R.explanationCheck.requireSentence && !/[\p{L}\p{N})\]"'’”][.!?](\s|$)/u.test(trimmed);
  return tooShort || noSentence ? 'one-line' : null;
}

function explanationIssue(text: string, field: string, what: string): ApportionmentIssue | null {
  const shortfall = explanationShortfall(text);
  if (shortfall === 'empty') {
    return {
      severity: 'error',
      field,
      message: `${what}: add an explanation of how and why it causes this part of the permanent disability; a bare percentage is not substantial evidence (${R.explanationCheck.citation}).`,
    };
  }
  if (shortfall === 'one-line') {
    return {
      severity: 'warning',
      field,
      message: `${what}: the explanation reads as one line (under ${R.explanationCheck.minWords} words or no full sentence). Name the pathology, explain how it causes disability now, and tie it to the history, exam and records (${R.explanationCheck.citation}).`,
    };
  }
  return null;
}

export function validateApportionment(entry: ApportionmentEntry): ApportionmentCheck {
  const issues: ApportionmentIssue[] = [];
  const summary: string[] = [];
  const where = `${entry.bodyPart || 'this body part'} (${entry.injury || 'this injury'})`;

  if (entry.presumptionType) {
    const type = R.presumption.types[entry.presumptionType];
    if (!type) {
      issues.push({
        severity: 'error',
        field: 'presumption',
        message: `Unknown presumption type "${entry.presumptionType}". Choose one of: ${Object.values(R.presumption.types)
          .map((t) => t.label)
          .join('; ')}.`,
      });
    } else {
      issues.push({
        severity: 'warning',
        field: 'presumption',
        message: `${where} is a presumption injury (${type.label}, ${R.presumption.sections}). Under ${R.presumption.citation}, LC §4663(a)–(c) apportionment does not apply; check before apportioning to non-industrial factors.`,
      });
    }
  }

  const d = entry.determination;
  if (d.kind === 'cannot-apportion') {
    const reasons = (d.reasons ?? '').trim();
    if (!reasons) {
      issues.push({
        severity: 'error',
        field: 'reasons',
        message: `${where}: "cannot apportion" needs the specific reasons why (${R.cannotApportion.citation}). ${R.cannotApportion.instruction}`,
      });
    } else {
      const issue = explanationIssue(reasons, 'reasons', `${where}: the reasons apportionment cannot be determined`);
      if (issue) issues.push(issue);
      summary.push(`Apportionment for ${where} cannot be determined: ${reasons}`);
    }
    return { ok: !issues.some((i) => i.severity === 'error'), total: null, issues, summary, rules: tableRef(R) };
  }

  let total = 0;
  let percentsValid = true;
  const checkPercent = (value: unknown, field: string, what: string): void => {
    if (!isWholePercent(value)) {
      percentsValid = false;
      issues.push({ severity: 'error', field, message: `${what} is ${String(value)}%. Enter a whole percent from 0 to 100.` });
    } else {
      total += value;
    }
  };

  checkPercent(d.industrialPercent, 'industrial.percent', `The industrial share for ${where}`);
  const industrialIssue = explanationIssue(d.industrialExplanation, 'industrial.explanation', `Industrial share for ${where}`);
  if (industrialIssue) issues.push(industrialIssue);
  summary.push(`Industrial (${entry.injury}): ${d.industrialPercent}%`);

  d.factors.forEach((f, i) => {
    const kindOk = (FACTOR_KINDS as readonly string[]).includes(f.kind);
    const name = `Factor ${i + 1} (${kindOk ? factorKindLabel(f.kind) : 'unknown kind'}${f.description ? `: ${f.description}` : ''})`;
    if (!kindOk)
      issues.push({
        severity: 'error',
        field: `factors.${i}.kind`,
        message: `${name}: choose a kind: ${FACTOR_KINDS.map(factorKindLabel).join(', ')}.`,
      });
    checkPercent(f.percent, `factors.${i}.percent`, name);
    const issue = explanationIssue(f.explanation, `factors.${i}.explanation`, name);
    if (issue) issues.push(issue);
    summary.push(`${kindOk ? factorKindLabel(f.kind) : 'Factor'}${f.description ? ` (${f.description})` : ''}: ${f.percent}%`);
  });

  if (percentsValid && total !== R.totalPercent) {
    const parts = [d.industrialPercent, ...d.factors.map((f) => f.percent)].join(' + ');
    const gap =
      total < R.totalPercent
        ? `${R.totalPercent - total}% is not assigned to any cause`
        : `${total - R.totalPercent}% too much is assigned`;
    issues.push({
      severity: 'error',
      field: 'total',
      message: `Apportionment for ${where} totals ${total}% (${parts}); it must total exactly ${R.totalPercent}% (${gap}).`,
    });
  }
  return {
    ok: !issues.some((i) => i.severity === 'error'),
    total: percentsValid ? total : null,
    issues,
    summary,
    rules: tableRef(R),
  };
}

export interface RegionPercent {
  region: BodyRegion;
  /** Permanent disability percent (whole number) for a prior award, or the new disability attributed to the region. */
  percent: number;
  description?: string;
}

export interface RegionCapRow {
  region: BodyRegion;
  label: string;
  prior: number;
  current: number;
  total: number;
  overCap: boolean;
}

export interface RegionCapCheck {
  rows: RegionCapRow[];
  warnings: string[];
  rules: RuleTableRef;
}

export function regionLabel(region: BodyRegion): string {
  return R.regionCap.regions[region].label;
}

/** LC §4664(c)(1): prior awards plus the new disability in one region may not exceed the lifetime cap (100%). */
export function checkRegionCaps(priorAwards: readonly RegionPercent[], current: readonly RegionPercent[]): RegionCapCheck {
  const totals = new Map<BodyRegion, { prior: number; current: number }>();
  const add = (list: readonly RegionPercent[], key: 'prior' | 'current', what: string): void => {
    list.forEach((r, i) => {
      if (!(BODY_REGIONS as readonly string[]).includes(r.region)) {
        throw new AppFailure(
          'invalid-input',
          `${what} ${i + 1} has region "${String(r.region)}". Choose a region A–G from LC §4664(c)(1).`,
        );
      }
      if (!isWholePercent(r.percent)) {
        throw new AppFailure(
          'invalid-input',
          `${what} ${i + 1}${r.description ? ` (${r.description})` : ''} is ${String(r.percent)}%. Enter a whole percent from 0 to 100.`,
        );
      }
      const t = totals.get(r.region) ?? { prior: 0, current: 0 };
      t[key] += r.percent;
      totals.set(r.region, t);
    });
  };
  add(priorAwards, 'prior', 'Prior award');
  add(current, 'current', 'New disability');

  const cap = R.regionCap.percent;
  const rows: RegionCapRow[] = BODY_REGIONS.filter((r) => totals.has(r)).map((region) => {
    const t = totals.get(region)!;
    const total = t.prior + t.current;
    return { region, label: regionLabel(region), prior: t.prior, current: t.current, total, overCap: total > cap };
  });
  const warnings = rows
    .filter((r) => r.overCap)
    .map(
      (r) =>
        `Region ${r.region} (${r.label}): prior awards ${r.prior}% + new ${r.current}% = ${r.total}%, over the ${cap}% lifetime cap of ${R.regionCap.citation}. ` +
        `At most ${Math.max(cap - r.prior, 0)}% more can be awarded for this region.`,
    );
  return { rows, warnings, rules: tableRef(R) };
}
