// Medical-Legal Fee Schedule (8 CCR §9795) from dated tables in ../rules: base fee, included pages, MLPRR per page,
// time-based ML204/ML205 in 15-minute units, and modifiers combined additively or multiplicatively. All money is integer cents.
import { z } from 'zod';
import schedule2021 from '../rules/ca-ml-fee-schedule-2021.json';
import { AppFailure } from '../errors';
import { formatUsDate } from '../util/iso-date';
import { assertIsoDate, daysBetween } from './calendar-math';
import { divideRoundHalfUpBig, multiplierText } from './integer-math';
import { formatCents } from './money';
import { confidenceSchema, loadRuleTable, ruleIsoDate, ruleTableMeta, tableRef, type RuleTableRef } from './rule-table';

export const ML_CODES = ['ML200', 'ML201', 'ML202', 'ML203', 'ML204', 'ML205'] as const;
export type MlCode = (typeof ML_CODES)[number];
export const MODIFIER_CODES = ['93', '94', '95', '96', '97'] as const;
export type ModifierCode = (typeof MODIFIER_CODES)[number];
export type ModifierCombining = 'additive' | 'multiplicative';

const mlCode = z.enum(ML_CODES);
const modifierCode = z.enum(MODIFIER_CODES);
const cents = z.number().int().nonnegative();
const flatCode = z.object({
  kind: z.literal('flat'),
  description: z.string().min(1),
  feeCents: cents,
  includedPages: z.number().int().nonnegative(),
  pagesNote: z.string().optional(),
  confidence: confidenceSchema,
});
const timeCode = z
  .object({
    kind: z.literal('time'),
    description: z.string().min(1),
    hourlyCents: cents,
    unitMinutes: z.number().int().positive(),
    minimumMinutes: z.number().int().nonnegative(),
    lateCancellation: z
      .object({ withinDays: z.number().int().positive(), payableMinutes: z.number().int().positive() })
      .optional(),
    confidence: confidenceSchema,
  })
  .refine((c) => (c.hourlyCents * c.unitMinutes) % 60 === 0, { message: 'hourly fee must divide into whole-cent units' });

const feeScheduleSchema = z.object({
  ...ruleTableMeta,
  effectiveTo: ruleIsoDate.optional(),
  codes: z.record(mlCode, z.discriminatedUnion('kind', [flatCode, timeCode])),
  pageReview: z.object({
    code: z.string().min(1),
    description: z.string().min(1),
    perPageCents: cents,
    modifiersApply: z.literal(false),
    confidence: confidenceSchema,
    note: z.string(),
  }),
  modifierCombining: z.object({
    default: z.enum(['additive', 'multiplicative']),
    confidence: confidenceSchema,
    /** Shown under the combining choice in the fee tool: plain words for the physician. */
    note: z.string(),
    /** Where the default comes from and how sure it is; never shown. */
    sourceNote: z.string().optional(),
  }),
  modifiers: z.record(
    modifierCode,
    z.object({
      label: z.string().min(1),
      percent: z.number().int().min(0).max(500),
      appliesTo: z.array(mlCode).min(1),
      excludes: z.array(modifierCode).optional(),
      confidence: confidenceSchema,
      /** Shown beside the modifier in the fee tool: plain words for the physician. */
      note: z.string().optional(),
      /** Where the percentage comes from and how sure it is; never shown. */
      sourceNote: z.string().optional(),
    }),
  ),
});
export type FeeSchedule = z.output<typeof feeScheduleSchema>;

/** Every fee schedule the app knows, oldest first; a new schedule is a new dated JSON file added here. */
export const FEE_SCHEDULES: readonly FeeSchedule[] = [
  loadRuleTable('ca-ml-fee-schedule-2021.json', feeScheduleSchema, schedule2021),
];

export interface FeeInput {
  code: MlCode;
  /** Date of the exam or testimony; for ML203, the date the supplemental report was requested (§9795(f)). */
  serviceDate: string;
  /** e.g. ["94", "96", "93"] (a leading "-" is accepted); order is kept in the billed code. */
  modifiers?: readonly string[];
  /** ML200–ML203: pages reviewed (ML202/ML203: pages not previously reviewed). */
  pagesReviewed?: number;
  /** ML204/ML205: time spent, in minutes. */
  minutes?: number;
  /** ML204 only: the testimony was cancelled; serviceDate is the scheduled testimony date. */
  cancelledOn?: string;
  /** Defaults to the schedule's setting; exposed because §9795's method is unconfirmed. */
  combining?: ModifierCombining;
}

export interface FeeLineItem {
  /** Billed code with modifiers, e.g. "ML201-94-96-93", or "MLPRR". */
  code: string;
  description: string;
  quantity: number;
  unit: 'evaluation' | '15-minute unit' | 'page';
  /** Rate per unit before modifiers. */
  unitCents: number;
  /** quantity × unitCents with any modifiers applied. */
  amountCents: number;
  /** How the amount was reached, for the bill and the physician. */
  explanation: string;
}

export interface FeeResult {
  lineItems: FeeLineItem[];
  totalCents: number;
  /** totalCents formatted, e.g. "$2,465.00". */
  total: string;
  combining: ModifierCombining;
  warnings: string[];
  rules: RuleTableRef;
}

export { formatCents };

function scheduleFor(date: string): FeeSchedule {
  const applicable = FEE_SCHEDULES.filter((s) => s.effectiveFrom <= date && (!s.effectiveTo || date <= s.effectiveTo));
  const chosen = applicable[applicable.length - 1];
  if (!chosen) {
    const first = FEE_SCHEDULES[0]!;
    throw new AppFailure(
      'invalid-input',
      `The service date ${formatUsDate(date)} is before ${formatUsDate(first.effectiveFrom)}, when the current Medical-Legal Fee Schedule took effect. ` +
        `Earlier services fall under the old ML100–ML106 schedule, which this app does not calculate.`,
    );
  }
  return chosen;
}

function parseModifiers(raw: readonly string[], code: MlCode, s: FeeSchedule): ModifierCode[] {
  const mods: ModifierCode[] = [];
  for (const r of raw) {
    const m = String(r).trim().replace(/^-/, '');
    if (!(MODIFIER_CODES as readonly string[]).includes(m)) {
      throw new AppFailure(
        'invalid-input',
        `Unknown modifier "${r}". Use one of ${MODIFIER_CODES.map((c) => `-${c}`).join(', ')}.`,
      );
    }
    const mod = m as ModifierCode;
    if (mods.includes(mod)) throw new AppFailure('invalid-input', `Modifier -${mod} is entered twice; enter each modifier once.`);
    const rule = s.modifiers[mod];
    if (!rule.appliesTo.includes(code)) {
      throw new AppFailure(
        'invalid-input',
        `Modifier -${mod} (${rule.label}) does not apply to ${code}; per the fee table it applies to ${rule.appliesTo.join(', ')}.`,
      );
    }
    for (const other of rule.excludes ?? []) {
      if (mods.includes(other))
        throw new AppFailure(
          'invalid-input',
          `Modifiers -${other} and -${mod} cannot be used together (${s.modifiers[other].label} vs ${rule.label}).`,
        );
    }
    mods.push(mod);
  }
  return mods;
}

function checkCount(value: number | undefined, what: string, allowZero: boolean): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new AppFailure(
      'invalid-input',
      `${what} must be a whole number${allowZero ? ' (0 or more)' : ' greater than 0'}; got ${String(value)}.`,
    );
  }
}

/** Applies the modifiers to a base amount: exact rational arithmetic, rounded half up to the cent once. */
function applyModifiers(
  baseCents: number,
  mods: ModifierCode[],
  combining: ModifierCombining,
  s: FeeSchedule,
): { cents: number; text: string } {
  if (mods.length === 0) return { cents: baseCents, text: '' };
  const pcts = mods.map((m) => s.modifiers[m].percent);
  let num: bigint;
  let den: bigint;
  let text: string;
  if (combining === 'additive') {
    num = BigInt(100 + pcts.reduce((a, b) => a + b, 0));
    den = 100n;
    text = `modifiers ${mods.map((m, i) => `-${m} +${pcts[i]}%`).join(', ')} added: 100% + ${pcts.map((p) => `${p}%`).join(' + ')} = ${num}% of ${formatCents(baseCents)}`;
  } else {
    num = pcts.reduce((acc, p) => acc * BigInt(100 + p), 1n);
    den = 100n ** BigInt(pcts.length);
    text = `modifiers ${mods.map((m) => `-${m}`).join(', ')} multiplied: ${pcts.map((p) => `×${multiplierText(100 + p, 2)}`).join(' ')} = ×${multiplierText(num, 2 * pcts.length)} of ${formatCents(baseCents)}`;
  }
  const result = Number(divideRoundHalfUpBig(BigInt(baseCents) * num, den));
  return { cents: result, text: `${text} = ${formatCents(result)}` };
}

function hm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ') || '0 min';
}

export function calculateFee(input: FeeInput): FeeResult {
  const code = input.code;
  if (!(ML_CODES as readonly string[]).includes(code)) {
    throw new AppFailure(
      'invalid-input',
      `Unknown code "${String(code)}". Use one of ${ML_CODES.join(', ')} (pages beyond those included are added as MLPRR automatically).`,
    );
  }
  assertIsoDate(input.serviceDate, 'The service date');
  const s = scheduleFor(input.serviceDate);
  const rule = s.codes[code];
  const combining = input.combining ?? s.modifierCombining.default;
  if (combining !== 'additive' && combining !== 'multiplicative') {
    throw new AppFailure(
      'invalid-input',
      `Unknown modifier combining method "${String(combining)}". Use additive or multiplicative.`,
    );
  }
  const mods = parseModifiers(input.modifiers ?? [], code, s);
  const billedCode = [code, ...mods].join('-');
  checkCount(input.pagesReviewed, 'Pages reviewed', true);
  checkCount(input.minutes, 'Minutes', false);
  const lineItems: FeeLineItem[] = [];
  const warnings: string[] = [];
  if (mods.length > 0)
    warnings.push(`Check the modifier percentages and how they combine (${combining}) against 8 CCR §9795 before billing.`);

  if (rule.kind === 'flat') {
    if (input.minutes !== undefined)
      throw new AppFailure(
        'invalid-input',
        `${code} is a flat fee; remove the minutes (time is billed only with ML204 or ML205).`,
      );
    if (input.cancelledOn !== undefined)
      throw new AppFailure(
        'invalid-input',
        `A cancellation date applies only to ML204 testimony; a missed or late-cancelled evaluation is billed as ML200.`,
      );
    const modified = applyModifiers(rule.feeCents, mods, combining, s);
    lineItems.push({
      code: billedCode,
      description: rule.description,
      quantity: 1,
      unit: 'evaluation',
      unitCents: rule.feeCents,
      amountCents: modified.cents,
      explanation: `${code} ${formatCents(rule.feeCents)} (includes review of ${rule.includedPages} pages)${modified.text ? `; ${modified.text}` : ''}`,
    });
    const pages = input.pagesReviewed ?? 0;
    const extra = Math.max(0, pages - rule.includedPages);
    if (extra > 0) {
      const pr = s.pageReview;
      lineItems.push({
        code: pr.code,
        description: pr.description,
        quantity: extra,
        unit: 'page',
        unitCents: pr.perPageCents,
        amountCents: extra * pr.perPageCents,
        explanation: `${pages} pages reviewed − ${rule.includedPages} included with ${code} = ${extra} pages × ${formatCents(pr.perPageCents)} = ${formatCents(extra * pr.perPageCents)}${mods.length ? ' (modifiers do not apply to MLPRR)' : ''}`,
      });
      warnings.push(pr.note);
      if (rule.pagesNote) warnings.push(rule.pagesNote);
    }
  } else {
    if (input.pagesReviewed !== undefined)
      throw new AppFailure(
        'invalid-input',
        `${code} is billed by time; remove the page count (pages are billed with ML200–ML203).`,
      );
    const unitCents = (rule.hourlyCents * rule.unitMinutes) / 60;
    let billedMinutes: number;
    let basis: string;
    if (input.cancelledOn !== undefined) {
      if (!rule.lateCancellation)
        throw new AppFailure('invalid-input', `${code} has no cancellation fee; remove the cancellation date.`);
      assertIsoDate(input.cancelledOn, 'The cancellation date');
      const before = daysBetween(input.cancelledOn, input.serviceDate);
      if (before < 0)
        throw new AppFailure(
          'invalid-input',
          `The cancellation date ${formatUsDate(input.cancelledOn)} is after the testimony date ${formatUsDate(input.serviceDate)}.`,
        );
      const within = rule.lateCancellation.withinDays;
      if (before > within) {
        billedMinutes = 0;
        basis = `testimony on ${formatUsDate(input.serviceDate)} cancelled ${formatUsDate(input.cancelledOn)}, ${before} days before (more than ${within} days): nothing payable`;
      } else {
        billedMinutes = rule.lateCancellation.payableMinutes;
        basis = `testimony on ${formatUsDate(input.serviceDate)} cancelled ${formatUsDate(input.cancelledOn)}, ${before} day${before === 1 ? '' : 's'} before (within ${within} days): ${hm(billedMinutes)} payable`;
      }
    } else {
      if (input.minutes === undefined)
        throw new AppFailure('invalid-input', `Enter the minutes spent for ${code} (${rule.description.toLowerCase()}).`);
      const roundedUp = Math.ceil(input.minutes / rule.unitMinutes) * rule.unitMinutes;
      billedMinutes = Math.max(roundedUp, rule.minimumMinutes);
      basis =
        billedMinutes > roundedUp
          ? `${hm(input.minutes)} billed at the ${hm(rule.minimumMinutes)} minimum`
          : roundedUp > input.minutes
            ? `${hm(input.minutes)} rounded up to ${hm(roundedUp)}`
            : `${hm(input.minutes)}`;
    }
    const units = billedMinutes / rule.unitMinutes;
    const base = units * unitCents;
    const modified = applyModifiers(base, mods, combining, s);
    lineItems.push({
      code: billedCode,
      description: rule.description,
      quantity: units,
      unit: '15-minute unit',
      unitCents,
      amountCents: modified.cents,
      explanation: `${code}: ${basis} = ${units} × ${formatCents(unitCents)} (${formatCents(rule.hourlyCents)}/hour) = ${formatCents(base)}${modified.text ? `; ${modified.text}` : ''}`,
    });
  }

  const totalCents = lineItems.reduce((sum, li) => sum + li.amountCents, 0);
  return { lineItems, totalCents, total: formatCents(totalCents), combining, warnings, rules: tableRef(s) };
}
