// What the discussion data adds up to, computed with the rule-table calculators: combined WPI per injury with its steps
// (and across injuries when the physician cannot parse them), apportionment checks, §4664(c) region caps, deadlines with urgency against "today", and the fee. Pure, so the service,
// the compliance check and the export all read the same numbers; a calculator's refusal becomes a problem line, never a throw.
import { z } from 'zod';
import regionTable from '../rules/lc4664-body-regions.json';
import {
  BODY_REGIONS,
  checkRegionCaps,
  validateApportionment,
  type ApportionmentCheck,
  type BodyRegion,
  type RegionCapCheck,
  type RegionPercent,
} from '../calc/apportionment';
import {
  deadlineUrgency,
  extendedReportDueDate,
  extensionRequestDueDate,
  imeReportDueDate,
  reportDueDate,
  supplementalReportDueDate,
  type ComputedDeadline,
  type DeadlineUrgency,
  type Urgency,
} from '../calc/deadlines';
import { calculateFee, type FeeResult } from '../calc/fees';
import { divideRoundHalfUp } from '../calc/integer-math';
import { loadRuleTable, ruleTableMeta } from '../calc/rule-table';
import { AppFailure } from '../errors';
import { describeInjuryDate } from '../report/template-values';
import type { RecordsTotals } from '../records/report-totals';
import type { CaseRecord, NextDeadline } from './case-model';
import {
  bodyPartKey,
  type Apportionment,
  type DiscussionData,
  type FeeInput,
  type Impairment,
  type Schedule,
} from './discussion-model';
import { combineAcrossInjuries, combineInjury, combineOptionFor, wpiInUse } from './impairment-rules';
import type { Injury } from './structure-model';

const region = z.enum(BODY_REGIONS);
export const BODY_REGION_RULES = loadRuleTable(
  'lc4664-body-regions.json',
  z.object({
    ...ruleTableMeta,
    order: z.array(region).min(1),
    fallback: region,
    keywords: z.record(region, z.array(z.string().min(1))),
  }),
  regionTable,
);

/** The LC §4664(c)(1) region a body part name belongs to, from the keyword table. */
export function inferBodyRegion(bodyPart: string): BodyRegion {
  const name = bodyPart.toLowerCase();
  for (const r of BODY_REGION_RULES.order) {
    const words = BODY_REGION_RULES.keywords[r] ?? [];
    if (words.some((w) => new RegExp(`(^|[^a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(name))) return r;
  }
  return BODY_REGION_RULES.fallback;
}

const message = (error: unknown): string =>
  error instanceof AppFailure ? error.message : error instanceof Error ? error.message : String(error);

// ---------- impairment ----------

export interface ImpairmentRowSummary {
  impairmentId: string;
  injuryId: string;
  bodyPart: string;
  method: string;
  citation: string;
  /** The WPI used for combining: entered, or converted from the regional value; null when neither is usable. */
  wpi: number | null;
  source: 'entered' | 'converted' | 'none';
  /** The conversion chain when a regional value was given, e.g. "46% index finger = 9% hand = 8% upper extremity = 5% whole person". */
  conversion: { explanation: string; steps: string[] } | null;
  region: BodyRegion;
  /** Disagreements the review step shows (entered WPI vs conversion, WPI vs the Almaraz/Guzman alternative). */
  warnings: string[];
}

export interface CombinedSummary {
  value: number;
  method: 'combine' | 'add';
  /** "30 C 20 = 44", "44 C 10 = 50", or "30 + 20 = 50". */
  steps: string[];
  explanation: string;
  reason?: string;
  warnings: string[];
}

export interface InjuryImpairmentSummary {
  injuryId: string;
  injuryLabel: string;
  rows: ImpairmentRowSummary[];
  combined: CombinedSummary | null;
  problems: string[];
}

export function injuryLabel(injury: Injury | undefined): string {
  if (!injury) return 'unknown injury';
  const date = describeInjuryDate(injury);
  const what = injury.kind === 'cumulative' ? 'cumulative trauma' : 'specific injury';
  return [date ? `${what} ${date}` : what, injury.adjNumber].filter(Boolean).join(', ');
}

function impairmentRow(i: Impairment): ImpairmentRowSummary {
  const warnings: string[] = [];
  const { wpi, source, conversion, conversionError } = wpiInUse(i);
  if (conversionError) warnings.push(`${i.bodyPart}: ${conversionError}`);
  if (i.wpi !== null && conversion && i.wpi !== conversion.value) {
    warnings.push(
      `${i.bodyPart}: the entered WPI (${i.wpi}%) differs from the conversion of the regional value (${conversion.explanation}). Check which is right.`,
    );
  }
  if (i.almarazGuzman && wpi !== null && wpi !== i.almarazGuzman.alternativeWpi) {
    warnings.push(
      `${i.bodyPart}: the WPI used (${wpi}%) differs from the Almaraz/Guzman alternative rating (${i.almarazGuzman.alternativeWpi}%).`,
    );
  }
  return {
    impairmentId: i.id,
    injuryId: i.injuryId,
    bodyPart: i.bodyPart,
    method: i.method,
    citation: i.citation,
    wpi,
    source,
    conversion: conversion && { explanation: conversion.explanation, steps: conversion.steps.map((s) => s.text) },
    region: i.region ?? inferBodyRegion(i.bodyPart),
    warnings,
  };
}

function impairmentSummaries(injuries: Injury[], d: DiscussionData): InjuryImpairmentSummary[] {
  const byInjury = new Map<string, Impairment[]>();
  for (const i of d.impairments) byInjury.set(i.injuryId, [...(byInjury.get(i.injuryId) ?? []), i]);
  const order = [
    ...injuries.map((i) => i.id).filter((id) => byInjury.has(id)),
    ...[...byInjury.keys()].filter((id) => !injuries.some((i) => i.id === id)),
  ];
  return order.map((injuryId) => {
    const rows = (byInjury.get(injuryId) ?? []).map(impairmentRow);
    const { missing, result: r, problem } = combineInjury(rows, combineOptionFor(d.combine, injuryId));
    const problems = missing.map(
      (bodyPart) => `${bodyPart}: enter the whole person impairment, or a regional value with its level to convert.`,
    );
    if (problem) problems.push(problem);
    const combined: CombinedSummary | null = r && {
      value: r.value,
      method: r.method,
      steps: r.steps,
      explanation: r.explanation,
      ...(r.reason ? { reason: r.reason } : {}),
      warnings: r.warnings,
    };
    return { injuryId, injuryLabel: injuryLabel(injuries.find((i) => i.id === injuryId)), rows, combined, problems };
  });
}

/** The injuries' values combined into one (the Benson exception), present only while the physician has chosen it. */
export interface AcrossInjuriesSummary {
  /** Why the disability cannot be parsed among the injuries, as written. */
  reason: string;
  /** The injuries' values, largest first: the order they are combined in. */
  injuries: { injuryId: string; injuryLabel: string; value: number }[];
  /** Null while fewer than two injuries have a value (see problems). */
  combined: CombinedSummary | null;
  problems: string[];
}

/** Null when the choice is off (the default): each injury is rated on its own (Benson). */
function acrossInjuriesSummary(injuries: InjuryImpairmentSummary[], d: DiscussionData): AcrossInjuriesSummary | null {
  if (!d.combineAcross?.on) return null;
  const { parts, missing, result, problem } = combineAcrossInjuries(
    injuries.map((i) => ({ injuryId: i.injuryId, label: i.injuryLabel, value: i.combined?.value ?? null })),
  );
  const problems = missing.map((label) => `${label}: no combined value yet, so it is left out of the value across injuries.`);
  if (problem) problems.push(problem);
  return {
    reason: d.combineAcross.reason,
    injuries: parts.map((p) => ({ injuryId: p.injuryId, injuryLabel: p.label, value: p.value })),
    combined: result && {
      value: result.value,
      method: result.method,
      steps: result.steps,
      explanation: result.explanation,
      warnings: result.warnings,
    },
    problems,
  };
}

// ---------- apportionment ----------

export interface ApportionmentSummary extends ApportionmentCheck {
  apportionmentId: string;
  injuryId: string;
  bodyPart: string;
}

/** The apportionment calculator's check of one saved entry: used by the summary and, live, by the editor. */
export function checkApportionment(a: Apportionment, injury: string): ApportionmentCheck {
  return validateApportionment({
    bodyPart: a.bodyPart,
    injury,
    determination: a.cannotApportion
      ? { kind: 'cannot-apportion', reasons: a.cannotApportionReasons }
      : {
          kind: 'apportioned',
          industrialPercent: a.industrialPercent ?? 0,
          industrialExplanation: a.industrialExplanation,
          factors: a.factors.map((f) => ({
            kind: f.kind,
            percent: f.percent,
            explanation: f.explanation,
            description: f.label || undefined,
          })),
        },
  });
}

function apportionmentSummaries(injuries: Injury[], d: DiscussionData): ApportionmentSummary[] {
  return d.apportionments.map((a) => {
    const injury = injuryLabel(injuries.find((i) => i.id === a.injuryId));
    const check = checkApportionment(a, injury);
    if (!a.cannotApportion && a.industrialPercent === null) {
      // Without the industrial share the total is meaningless; ask for the missing number instead.
      const issues = check.issues.filter((i) => i.field !== 'total');
      issues.unshift({
        severity: 'error',
        field: 'industrial.percent',
        message: `Enter the industrial percentage for ${a.bodyPart} (${injury}).`,
      });
      return { ...check, ok: false, total: null, issues, apportionmentId: a.id, injuryId: a.injuryId, bodyPart: a.bodyPart };
    }
    return { ...check, apportionmentId: a.id, injuryId: a.injuryId, bodyPart: a.bodyPart };
  });
}

function regionCaps(rows: ImpairmentRowSummary[], d: DiscussionData): { check: RegionCapCheck | null; problems: string[] } {
  const current: RegionPercent[] = [];
  for (const r of rows) {
    if (r.wpi === null || r.wpi === 0) continue;
    const a = d.apportionments.find((x) => x.injuryId === r.injuryId && bodyPartKey(x.bodyPart) === bodyPartKey(r.bodyPart));
    // The new disability attributable to this injury: WPI scaled by the industrial share when apportioned.
    const share = a && !a.cannotApportion && a.industrialPercent !== null ? a.industrialPercent : 100;
    current.push({ region: r.region, percent: divideRoundHalfUp(r.wpi * share, 100), description: r.bodyPart });
  }
  if (current.length === 0 && d.priorAwards.length === 0) return { check: null, problems: [] };
  try {
    return { check: checkRegionCaps(d.priorAwards, current), problems: [] };
  } catch (error) {
    return { check: null, problems: [message(error)] };
  }
}

// ---------- deadlines ----------

export type DeadlineKind = 'qme-report' | 'supplemental' | 'ime';

export interface DeadlineSummary {
  today: string;
  kind: DeadlineKind | null;
  /** The due date the rules give before any extension. */
  reportDue: ComputedDeadline | null;
  /** QME report only: the last day to serve Form 112 (extension request). */
  form112: ComputedDeadline | null;
  form112Urgency: DeadlineUrgency | null;
  /** The new due date after an approved extension. */
  extended: ComputedDeadline | null;
  /** The date the report must be served by: the extended date when approved, else reportDue. */
  effectiveDue: ComputedDeadline | null;
  urgency: (DeadlineUrgency & { urgency: Urgency }) | null;
  problems: string[];
  notes: string[];
}

export function computeDeadlines(caseRecord: CaseRecord, schedule: Schedule, today: string): DeadlineSummary {
  const out: DeadlineSummary = {
    today,
    kind: null,
    reportDue: null,
    form112: null,
    form112Urgency: null,
    extended: null,
    effectiveDue: null,
    urgency: null,
    problems: [],
    notes: [],
  };
  try {
    if (caseRecord.reportKind === 'IME') {
      if (!schedule.referralDueDate) {
        out.notes.push('Enter the due date the referral gives to see the IME deadline.');
        return out;
      }
      out.kind = 'ime';
      out.reportDue = imeReportDueDate(schedule.referralDueDate);
    } else if (schedule.supplementalRequestDate) {
      out.kind = 'supplemental';
      out.reportDue = supplementalReportDueDate(schedule.supplementalRequestDate, schedule.agreedExtraDays);
    } else if (caseRecord.examDate) {
      out.kind = 'qme-report';
      out.reportDue = reportDueDate(caseRecord.examDate);
      out.form112 = extensionRequestDueDate(out.reportDue.date);
      out.form112Urgency = deadlineUrgency(out.form112.date, today);
    } else {
      out.notes.push('Enter the exam date (or the supplemental request date) to see the report deadline.');
      return out;
    }
    out.effectiveDue = out.reportDue;
    const ext = schedule.extension;
    if (ext && out.kind === 'qme-report') {
      if (ext.approved) {
        out.extended = extendedReportDueDate(out.reportDue.date, ext.kind, ext.days);
        out.effectiveDue = out.extended;
      } else {
        out.notes.push('An extension was requested but is not recorded as approved; the original due date stands.');
      }
    } else if (ext && out.kind !== 'qme-report') {
      out.notes.push(
        'Form 112 extensions apply to the initial QME/AME report; the extension entered is ignored for this deadline.',
      );
    }
    out.urgency = deadlineUrgency(out.effectiveDue.date, today);
  } catch (error) {
    out.problems.push(message(error));
  }
  return out;
}

/**
 * The case list's deadline: the date the report must be served by, or null (none yet, or already served). `servedOn` is
 * the latest date a signed version of the case was served: serving closes the deadline until a supplemental report is
 * requested after that date, which opens the supplemental report's deadline.
 */
export function nextDeadlineOf(
  caseRecord: CaseRecord,
  schedule: Schedule,
  today: string,
  servedOn: string | null = null,
): NextDeadline | null {
  if (caseRecord.status === 'served' && servedOn === null) return null;
  const d = computeDeadlines(caseRecord, schedule, today);
  // A request on the day of service counts as answered by it: the deadline reopens only for a later request.
  const requestedSince = d.kind === 'supplemental' && servedOn !== null && (schedule.supplementalRequestDate ?? '') > servedOn;
  if (servedOn !== null && !requestedSince) return null;
  if (!d.effectiveDue || !d.urgency) return null;
  return { date: d.effectiveDue.date, label: d.effectiveDue.label, daysLeft: d.urgency.daysLeft, urgency: d.urgency.urgency };
}

// ---------- fee ----------

export interface FeeSummary {
  input: FeeInput;
  serviceDate: string | null;
  pagesReviewed: number | null;
  /** Records review counts win once they exist; until then the number the physician entered. */
  pagesSource: 'records' | 'entered' | 'none';
  result: FeeResult | null;
  problems: string[];
  notes: string[];
}

function feeSummary(caseRecord: CaseRecord, d: DiscussionData, records: RecordsTotals | null, today: string): FeeSummary | null {
  const input = d.fee;
  if (!input) return null;
  const out: FeeSummary = {
    input,
    serviceDate: null,
    pagesReviewed: null,
    pagesSource: 'none',
    result: null,
    problems: [],
    notes: [],
  };
  const timed = input.code === 'ML204' || input.code === 'ML205';
  if (timed) {
    out.serviceDate = today;
    out.notes.push('Testimony and sub rosa review are priced with the fee schedule in force today.');
  } else if (input.code === 'ML203') {
    out.serviceDate = d.schedule.supplementalRequestDate;
    if (!out.serviceDate)
      out.problems.push(
        'Enter the date the supplemental report was requested: ML203 is priced by the schedule in force on that date.',
      );
  } else {
    out.serviceDate = caseRecord.examDate;
    if (!out.serviceDate)
      out.problems.push(`Enter the exam date: ${input.code} is priced by the schedule in force on that date.`);
  }
  if (!timed) {
    if (records) {
      out.pagesReviewed = records.totalPagesReviewed;
      out.pagesSource = 'records';
      if (input.pagesReviewedOverride !== null && input.pagesReviewedOverride !== records.totalPagesReviewed) {
        out.notes.push(
          `Records review counts ${records.totalPagesReviewed} pages reviewed; the ${input.pagesReviewedOverride} pages entered earlier are no longer used.`,
        );
      }
    } else if (input.pagesReviewedOverride !== null) {
      out.pagesReviewed = input.pagesReviewedOverride;
      out.pagesSource = 'entered';
    } else {
      out.notes.push(
        'No page count yet: enter the pages reviewed, or review the records, to price record review beyond the included pages.',
      );
    }
  } else if (input.minutes === null) {
    out.problems.push(`Enter the minutes spent for ${input.code}.`);
  }
  if (out.problems.length || !out.serviceDate) return out;
  try {
    out.result = calculateFee({
      code: input.code,
      serviceDate: out.serviceDate,
      modifiers: input.modifiers,
      ...(timed ? { minutes: input.minutes ?? undefined } : { pagesReviewed: out.pagesReviewed ?? 0 }),
      ...(input.combining ? { combining: input.combining } : {}),
    });
  } catch (error) {
    out.problems.push(message(error));
  }
  return out;
}

// ---------- the whole ----------

export interface DiscussionSummary {
  today: string;
  impairments: InjuryImpairmentSummary[];
  /** The injuries combined into one value; null unless the physician chose to (Benson exception). */
  acrossInjuries: AcrossInjuriesSummary | null;
  apportionment: ApportionmentSummary[];
  regionCaps: RegionCapCheck | null;
  regionCapProblems: string[];
  deadlines: DeadlineSummary;
  fee: FeeSummary | null;
}

export interface DiscussionSummaryInput {
  caseRecord: CaseRecord;
  injuries: Injury[];
  discussion: DiscussionData;
  /** ISO date the deadlines count from (the service takes it from its clock). */
  today: string;
  /** Records review totals, or null while records review has no data. */
  records: RecordsTotals | null;
}

export function computeDiscussionSummary(input: DiscussionSummaryInput): DiscussionSummary {
  const { caseRecord, injuries, discussion: d, today, records } = input;
  const impairments = impairmentSummaries(injuries, d);
  const caps = regionCaps(
    impairments.flatMap((i) => i.rows),
    d,
  );
  return {
    today,
    impairments,
    acrossInjuries: acrossInjuriesSummary(impairments, d),
    apportionment: apportionmentSummaries(injuries, d),
    regionCaps: caps.check,
    regionCapProblems: caps.problems,
    deadlines: computeDeadlines(caseRecord, d.schedule, today),
    fee: feeSummary(caseRecord, d, records, today),
  };
}
