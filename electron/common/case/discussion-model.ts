// The discussion data of a case: impairments per injury and body part (with Almaraz/Guzman and add-instead-of-combine
// choices, and the case's choice to combine across injuries), apportionment, prior §4664 awards, temporary disability,
// P&S/MMI, and the deadline and fee inputs.
// Each list is saved whole; drafts may be incomplete, because the summary and the compliance check flag what is missing.
import { z } from 'zod';
import { IMPAIRMENT_LEVELS } from '../calc/ama5-table';
import { BODY_REGIONS, FACTOR_KINDS } from '../calc/apportionment';
import { DEADLINE_RULES } from '../calc/deadlines';
import { ML_CODES, MODIFIER_CODES } from '../calc/fees';
import { countWords } from '../calc/whole-percent';
import { isoDate } from '../util/iso-date';
import { multiLineText, singleLineText } from '../util/text-input';

const id = z.string().uuid();
const text = singleLineText;
const percent = (what: string) =>
  z
    .int({ message: `${what} must be a whole percent from 0 to 100.` })
    .min(0, { message: `${what} must be 0% or more.` })
    .max(100, { message: `${what} cannot exceed 100%.` });

// ---------- impairment ----------

const AlmarazGuzmanSchema = z.object({
  strictWpi: percent('The strict rating'),
  alternativeWpi: percent('The alternative rating'),
  /** Why the strict rating is not accurate and why the alternative, within the four corners of the Guides, is more accurate. */
  reasons: multiLineText(20_000),
});

export const ImpairmentSchema = z
  .object({
    id,
    injuryId: id,
    bodyPart: text(120).min(1, { message: 'Name the body part this impairment rates.' }),
    /** e.g. "DRE lumbar category II", "ROM", "Diagnosis-based". */
    method: text(300),
    /** The Guides table or figure, e.g. "Table 15-3, p. 384". */
    citation: text(300),
    regionalValue: percent('The regional value').nullable().default(null),
    regionalLevel: z.enum(IMPAIRMENT_LEVELS).nullable().default(null),
    /** Whole person impairment; when null it is converted from the regional value. */
    wpi: percent('The whole person impairment').nullable().default(null),
    /** LC §4664(c)(1) region (A–G); when null it is inferred from the body part name. */
    region: z.enum(BODY_REGIONS).nullable().default(null),
    almarazGuzman: AlmarazGuzmanSchema.nullable().default(null),
  })
  .refine((i) => i.regionalValue === null || i.regionalLevel !== null, {
    message: 'Choose the level of the regional value (digit, hand, upper extremity, foot, lower extremity).',
    path: ['regionalLevel'],
  });
export type Impairment = z.infer<typeof ImpairmentSchema>;

const COMBINE_METHODS = ['combine', 'add'] as const;
export const CombineOptionSchema = z
  .object({
    injuryId: id,
    method: z.enum(COMBINE_METHODS),
    /** Required for "add": the Kite / Vigil analysis of each impairment's effect on activities of daily living. */
    addReason: multiLineText(20_000).default(''),
  })
  .refine((o) => o.method !== 'add' || o.addReason !== '', {
    message:
      'Adding instead of combining needs a written reason: how each impairment affects activities of daily living and why they do not overlap, or why the overlap amplifies them (Kite; Vigil v. County of Kern).',
    path: ['addReason'],
  });
export type CombineOption = z.infer<typeof CombineOptionSchema>;

/** Words the reason for combining across injuries needs at least: as many as the Almaraz/Guzman reasons. */
export const COMBINE_ACROSS_REASON_MIN_WORDS = 20;

/**
 * The case's choice to combine the injuries' values into one (the Benson exception). Off by default: separate injuries
 * are rated separately (Benson). The reason is kept while the choice is off, so turning it on again brings it back.
 */
export const CombineAcrossSchema = z
  .object({
    on: z.boolean(),
    /** Why the disability cannot be parsed among the injuries; printed in the report as the physician wrote it. */
    reason: multiLineText(20_000).default(''),
  })
  .refine((c) => !c.on || countWords(c.reason) >= COMBINE_ACROSS_REASON_MIN_WORDS, {
    message: `To combine across injuries, write why the disability cannot be parsed among the injuries, in at least ${COMBINE_ACROSS_REASON_MIN_WORDS} words.`,
    path: ['reason'],
  });
export type CombineAcross = z.infer<typeof CombineAcrossSchema>;

export const COMBINE_ACROSS_OFF: CombineAcross = { on: false, reason: '' };

// ---------- apportionment ----------

export const ApportionmentFactorSchema = z.object({
  kind: z.enum(FACTOR_KINDS),
  /** What the factor is, e.g. "degenerative disc disease L4-5". */
  label: text(300),
  percent: percent('A factor'),
  /** How and why this factor causes part of the permanent disability now (Escobedo). */
  explanation: multiLineText(20_000),
});
export type ApportionmentFactorInput = z.infer<typeof ApportionmentFactorSchema>;

export const ApportionmentSchema = z.object({
  id,
  injuryId: id,
  bodyPart: text(120).min(1, { message: 'Name the body part this apportionment is for.' }),
  /** Null while not entered; the summary flags it. */
  industrialPercent: percent('The industrial share').nullable().default(null),
  /** How and why this injury causes its share of the permanent disability (Escobedo asks for both sides). */
  industrialExplanation: multiLineText(20_000).default(''),
  factors: z.array(ApportionmentFactorSchema).max(20).default([]),
  cannotApportion: z.boolean().default(false),
  cannotApportionReasons: multiLineText(20_000).default(''),
});
export type Apportionment = z.infer<typeof ApportionmentSchema>;

export const PriorAwardSchema = z.object({
  region: z.enum(BODY_REGIONS),
  percent: percent('A prior award'),
  description: multiLineText(500).default(''),
});
export type PriorAward = z.infer<typeof PriorAwardSchema>;

// ---------- disability ----------

const TD_KINDS = ['total', 'partial'] as const;
export const TdPeriodSchema = z
  .object({
    id,
    from: isoDate,
    /** Null while the period is ongoing. */
    to: isoDate.nullable().default(null),
    kind: z.enum(TD_KINDS),
  })
  .refine((p) => p.to === null || p.from <= p.to, {
    message: 'A disability period must end on or after its start.',
    path: ['to'],
  });
export type TdPeriod = z.infer<typeof TdPeriodSchema>;

export const PS_STATUSES = ['permanent-and-stationary', 'not-yet', 'mmi'] as const;
export type PsStatusKind = (typeof PS_STATUSES)[number];
export const PsStatusSchema = z.object({ status: z.enum(PS_STATUSES), date: isoDate.nullable().default(null) });
export type PsStatus = z.infer<typeof PsStatusSchema>;

/** P&S and MMI both mean permanent disability can be rated now. */
export const isPermanentAndStationary = (ps: PsStatus | null | undefined): boolean =>
  ps?.status === 'permanent-and-stationary' || ps?.status === 'mmi';

// ---------- schedule (deadline inputs) ----------

const goodCauseMax = DEADLINE_RULES.rules['extension-good-cause'].maxDays!;
const pendingTestsMax = DEADLINE_RULES.rules['extension-pending-tests'].maxDays!;
const agreementMax = DEADLINE_RULES.rules['supplemental-report-due'].agreementMaxDays!;

export const EXTENSION_KINDS = ['good-cause', 'pending-tests'] as const;
export const ExtensionSchema = z
  .object({ kind: z.enum(EXTENSION_KINDS), days: z.int().min(1), approved: z.boolean() })
  .refine((e) => e.days <= (e.kind === 'good-cause' ? goodCauseMax : pendingTestsMax), {
    message: `An extension can be up to ${goodCauseMax} days for good cause or up to ${pendingTestsMax} days for pending tests or consultation.`,
    path: ['days'],
  });
export type Extension = z.infer<typeof ExtensionSchema>;

export const ScheduleSchema = z.object({
  /** IME: the due date the referral gives. */
  referralDueDate: isoDate.nullable().default(null),
  /** QME supplemental report: date the written request was received. */
  supplementalRequestDate: isoDate.nullable().default(null),
  agreedExtraDays: z
    .int()
    .min(0)
    .max(agreementMax, { message: `The parties may agree to at most ${agreementMax} extra days for a supplemental report.` })
    .default(0),
  extension: ExtensionSchema.nullable().default(null),
});
export type Schedule = z.infer<typeof ScheduleSchema>;

// ---------- fee ----------

export const FeeInputSchema = z.object({
  code: z.enum(ML_CODES),
  modifiers: z.array(z.enum(MODIFIER_CODES)).max(MODIFIER_CODES.length).default([]),
  /** Pages the physician enters while records review has no count yet; the records count wins once it exists. */
  pagesReviewedOverride: z.int().min(0).max(1_000_000).nullable().default(null),
  /** ML204/ML205 only: minutes spent. */
  minutes: z.int().min(1).max(100_000).nullable().default(null),
  /** Null uses the fee table's default combining method. */
  combining: z.enum(['additive', 'multiplicative']).nullable().default(null),
});
export type FeeInput = z.infer<typeof FeeInputSchema>;

// ---------- the whole ----------

export interface DiscussionData {
  impairments: Impairment[];
  combine: CombineOption[];
  /** Absent (older fixtures and samples) means off. */
  combineAcross?: CombineAcross;
  apportionments: Apportionment[];
  priorAwards: PriorAward[];
  tdPeriods: TdPeriod[];
  ps: PsStatus | null;
  schedule: Schedule;
  fee: FeeInput | null;
}

export const EMPTY_SCHEDULE: Schedule = {
  referralDueDate: null,
  supplementalRequestDate: null,
  agreedExtraDays: 0,
  extension: null,
};

export const EMPTY_DISCUSSION: DiscussionData = {
  impairments: [],
  combine: [],
  combineAcross: COMBINE_ACROSS_OFF,
  apportionments: [],
  priorAwards: [],
  tdPeriods: [],
  ps: null,
  schedule: EMPTY_SCHEDULE,
  fee: null,
};

/** Body part names match case-insensitively and ignoring spacing, so "Lumbar spine" and "lumbar  Spine" are one part. */
export const bodyPartKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
