// QME/AME and IME deadlines from ../rules/ca-qme-deadlines.json: each result carries the ISO date, the rule id and a
// sentence for the report. Calendar-day rules are not moved off weekends/holidays unless the table or caller says so.
import { z } from 'zod';
import table from '../rules/ca-qme-deadlines.json';
import { AppFailure } from '../errors';
import { formatUsDate } from '../util/iso-date';
import { addBusinessDays, nearestBusinessDay, nonBusinessReason } from './business-days';
import { addCalendarDays, assertIsoDate, daysBetween, weekdayName } from './calendar-math';
import { confidenceSchema, loadRuleTable, ruleTableMeta, tableRef, type RuleTableRef } from './rule-table';

const ruleSchema = z
  .object({
    label: z.string().min(1),
    anchorLabel: z.string().min(1),
    days: z.number().int(),
    maxDays: z.number().int().positive().optional(),
    agreementMaxDays: z.number().int().positive().optional(),
    dayKind: z.enum(['calendar', 'business']),
    roll: z.object({ byDefault: z.boolean(), direction: z.enum(['forward', 'backward']) }),
    citation: z.string().min(1),
    confidence: confidenceSchema,
  })
  .refine((r) => r.days !== 0, { message: 'days must not be 0' });

const schema = z
  .object({
    ...ruleTableMeta,
    urgency: z.object({ 'due-within-5': z.number().int().min(0), 'due-within-10': z.number().int().min(0) }),
    rules: z.object({
      'qme-report-due': ruleSchema,
      'supplemental-report-due': ruleSchema.refine((r) => r.agreementMaxDays !== undefined, {
        message: 'agreementMaxDays is required',
      }),
      'form-112-request-due': ruleSchema,
      'extension-good-cause': ruleSchema.refine((r) => r.maxDays !== undefined, { message: 'maxDays is required' }),
      'extension-pending-tests': ruleSchema.refine((r) => r.maxDays !== undefined, { message: 'maxDays is required' }),
      'form-110-due': ruleSchema,
    }),
    imeReportDue: z.object({ label: z.string().min(1), sourceLabel: z.string().min(1) }),
  })
  .refine((t) => t.urgency['due-within-5'] <= t.urgency['due-within-10'], { message: 'urgency thresholds must increase' });

export const DEADLINE_RULES = loadRuleTable('ca-qme-deadlines.json', schema, table);
export type DeadlineRuleId = keyof typeof DEADLINE_RULES.rules;
export type DeadlineRule = (typeof DEADLINE_RULES.rules)[DeadlineRuleId];

export interface ComputedDeadline {
  ruleId: DeadlineRuleId | 'ime-report-due';
  label: string;
  /** ISO date. */
  date: string;
  /** e.g. "Report due: exam 03/02/2026 + 30 calendar days (8 CCR §38(a))". */
  explanation: string;
  citation: string;
  /** True when the date was moved off a weekend or holiday. */
  rolled: boolean;
  warnings: string[];
  rules: RuleTableRef;
}

export interface DeadlineOptions {
  /**
   * Move a date that lands on a weekend or state holiday to a business day (forward, or backward for "no later than
   * N days before" rules). Defaults to the rule's table setting, which is off for the QME report.
   */
  rollForward?: boolean;
}

const us = formatUsDate;

function checkAnchor(anchor: string, rule: DeadlineRule): void {
  assertIsoDate(anchor, `The ${rule.anchorLabel} date`);
  if (anchor < DEADLINE_RULES.effectiveFrom) {
    throw new AppFailure(
      'invalid-input',
      `The ${rule.anchorLabel} date ${us(anchor)} is before ${us(DEADLINE_RULES.effectiveFrom)}, when this deadline table starts (the COVID-era 8 CCR §46.2 rules applied earlier). Work out this deadline by hand.`,
    );
  }
}

function computeDeadline(
  ruleId: DeadlineRuleId,
  anchor: string,
  options: DeadlineOptions,
  days?: number,
  extra?: { days: number; text: string },
): ComputedDeadline {
  const rule = DEADLINE_RULES.rules[ruleId];
  checkAnchor(anchor, rule);
  const offset = days ?? rule.days;
  const sign = offset < 0 ? '−' : '+';
  let explanation = `${rule.label}: ${rule.anchorLabel} ${us(anchor)} ${sign} ${Math.abs(offset)} ${rule.dayKind} days`;
  let date: string;
  if (rule.dayKind === 'business') {
    const counted = addBusinessDays(anchor, offset);
    date = counted.date;
    explanation += ` (${rule.citation})`;
    if (counted.skippedHolidays.length > 0) {
      explanation += `; state holidays skipped: ${counted.skippedHolidays.map((h) => `${h.name} ${us(h.observed)}`).join(', ')}`;
    }
  } else {
    date = addCalendarDays(anchor, offset);
    if (extra) {
      date = addCalendarDays(date, extra.days);
      explanation += ` ${extra.text}`;
    }
    explanation += ` (${rule.citation})`;
  }

  const warnings: string[] = [];
  let rolled = false;
  const reason = nonBusinessReason(date);
  if (reason) {
    const roll = options.rollForward ?? rule.roll.byDefault;
    if (roll) {
      const moved = nearestBusinessDay(date, rule.roll.direction);
      explanation += `; ${us(date)} is a ${reason}, moved to the ${rule.roll.direction === 'forward' ? 'next' : 'previous'} business day, ${weekdayName(moved)} ${us(moved)}`;
      date = moved;
      rolled = true;
    } else {
      const safe = nearestBusinessDay(date, 'backward');
      warnings.push(
        `${rule.label} ${us(date)} falls on a ${reason}. The date is not moved to the next business day; to be safe, act by ${weekdayName(safe)} ${us(safe)}.`,
      );
    }
  }
  return {
    ruleId,
    label: rule.label,
    date,
    explanation,
    citation: rule.citation,
    rolled,
    warnings,
    rules: tableRef(DEADLINE_RULES),
  };
}

/** QME/AME report: exam (or commencement of the evaluation) + 30 calendar days. */
export function reportDueDate(examDate: string, options: DeadlineOptions = {}): ComputedDeadline {
  return computeDeadline('qme-report-due', examDate, options);
}

/** Supplemental report: request + 60 calendar days, plus up to the table's maximum agreed by the parties. */
export function supplementalReportDueDate(
  requestDate: string,
  agreedExtraDays = 0,
  options: DeadlineOptions = {},
): ComputedDeadline {
  const max = DEADLINE_RULES.rules['supplemental-report-due'].agreementMaxDays!;
  if (!Number.isInteger(agreedExtraDays) || agreedExtraDays < 0 || agreedExtraDays > max) {
    throw new AppFailure(
      'invalid-input',
      `The parties may agree to 0–${max} extra days for a supplemental report; ${agreedExtraDays} was entered.`,
    );
  }
  const extra =
    agreedExtraDays > 0 ? { days: agreedExtraDays, text: `+ ${agreedExtraDays} days agreed by the parties` } : undefined;
  return computeDeadline('supplemental-report-due', requestDate, options, undefined, extra);
}

/** Latest day to serve QME Form 112 (extension request): no later than 5 days before the report due date. */
export function extensionRequestDueDate(reportDue: string, options: DeadlineOptions = {}): ComputedDeadline {
  return computeDeadline('form-112-request-due', reportDue, options);
}

export type ExtensionGround = 'good-cause' | 'pending-tests';

/** New report due date after an approved extension: up to +15 days for good cause, up to +30 for pending tests or consultation. */
export function extendedReportDueDate(
  reportDue: string,
  ground: ExtensionGround,
  days?: number,
  options: DeadlineOptions = {},
): ComputedDeadline {
  const ruleId = ground === 'good-cause' ? 'extension-good-cause' : ground === 'pending-tests' ? 'extension-pending-tests' : null;
  if (!ruleId)
    throw new AppFailure(
      'invalid-input',
      `Unknown extension ground "${String(ground)}". Use good cause or pending tests/consultation.`,
    );
  const max = DEADLINE_RULES.rules[ruleId].maxDays!;
  const n = days ?? max;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new AppFailure(
      'invalid-input',
      `An extension for ${ground === 'good-cause' ? 'good cause' : 'pending tests or consultation'} can be 1–${max} days; ${String(n)} was entered.`,
    );
  }
  return computeDeadline(ruleId, reportDue, options, n);
}

/** QME Form 110 (appointment notification): within 5 business days of making the appointment. */
export function appointmentNotificationDueDate(appointmentMadeOn: string, options: DeadlineOptions = {}): ComputedDeadline {
  return computeDeadline('form-110-due', appointmentMadeOn, options);
}

/** An IME due date taken from the referral, wrapped like the computed deadlines so it gets the same urgency display. */
export function imeReportDueDate(dueDateFromReferral: string): ComputedDeadline {
  assertIsoDate(dueDateFromReferral, 'The IME due date');
  const { label, sourceLabel } = DEADLINE_RULES.imeReportDue;
  const reason = nonBusinessReason(dueDateFromReferral);
  return {
    ruleId: 'ime-report-due',
    label,
    date: dueDateFromReferral,
    explanation: `${label}: ${us(dueDateFromReferral)}, as stated in ${sourceLabel}`,
    citation: sourceLabel,
    rolled: false,
    warnings: reason ? [`${label} ${us(dueDateFromReferral)} falls on a ${reason}.`] : [],
    rules: tableRef(DEADLINE_RULES),
  };
}

/** Calendar days from today to the due date: 0 = due today, negative = overdue. */
export function daysLeft(due: string, today: string): number {
  assertIsoDate(due, 'The due date');
  assertIsoDate(today, "Today's date");
  return daysBetween(today, due);
}

export type Urgency = 'overdue' | 'due-within-5' | 'due-within-10' | 'ok';

export interface DeadlineUrgency {
  daysLeft: number;
  urgency: Urgency;
  /** "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 9 days". */
  message: string;
}

export function deadlineUrgency(due: string, today: string): DeadlineUrgency {
  const left = daysLeft(due, today);
  const t = DEADLINE_RULES.urgency;
  const urgency: Urgency =
    left < 0 ? 'overdue' : left <= t['due-within-5'] ? 'due-within-5' : left <= t['due-within-10'] ? 'due-within-10' : 'ok';
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  const message =
    left < 0 ? `Overdue by ${plural(-left)}` : left === 0 ? 'Due today' : left === 1 ? 'Due tomorrow' : `Due in ${plural(left)}`;
  return { daysLeft: left, urgency, message };
}
