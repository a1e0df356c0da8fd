// The structured parts of a case (injuries with body parts, parties, diagnoses, examination measurements, the parties'
// questions) and the case's template field values. Each list is saved whole, so an autosave is one small transaction.
import { z } from 'zod';
import { isoDate } from '../util/iso-date';
import { multiLine, multiLineText, singleLineText } from '../util/text-input';

const id = z.string().uuid();
const text = singleLineText;

export const BODY_PART_STATUSES = ['accepted', 'disputed', 'undetermined'] as const;
const INJURY_KINDS = ['specific', 'cumulative'] as const;

const BodyPartSchema = z.object({
  name: text(120).min(1, { message: 'Name the body part or system.' }),
  status: z.enum(BODY_PART_STATUSES),
});

/** WCAB case numbers read "ADJ" and 7 to 10 digits. Empty while the case is not yet filed. */
const ADJ_NUMBER = /^ADJ\d{7,10}$/;
export const isWcabCaseNumber = (v: string): boolean => ADJ_NUMBER.test(v);
export const WCAB_CASE_NUMBER_HINT = 'A WCAB case number reads ADJ followed by 7 to 10 digits, e.g. ADJ1234567.';

export const InjurySchema = z
  .object({
    id,
    kind: z.enum(INJURY_KINDS),
    date: isoDate.nullable(),
    ctFrom: isoDate.nullable(),
    ctTo: isoDate.nullable(),
    // The tribunal's case number for this injury: a WCAB "ADJ…" number in California (checked where California's rules
    // apply: the injuries editor and the compliance check), a state board's claim number or a court's case number elsewhere.
    adjNumber: text(40).regex(/^[A-Za-z0-9][A-Za-z0-9 ./:#-]*$|^$/, {
      message: 'Use letters, digits, spaces and . / : # - in a case number.',
    }),
    description: multiLineText(500),
    psychClaimed: z.boolean(),
    bodyParts: z.array(BodyPartSchema).max(60),
  })
  .refine((i) => i.kind !== 'cumulative' || !i.ctFrom || !i.ctTo || i.ctFrom <= i.ctTo, {
    message: 'The cumulative-trauma period must end on or after its start.',
    path: ['ctTo'],
  });
export type Injury = z.infer<typeof InjurySchema>;

export const PARTY_ROLES = [
  'applicant-attorney',
  'defense-attorney',
  'claims-administrator',
  'employer',
  'insurer',
  'referral-source',
  'adjuster',
  'treating-physician',
  'examinee',
  'other',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  'applicant-attorney': 'Applicant attorney',
  'defense-attorney': 'Defense attorney',
  'claims-administrator': 'Claims administrator',
  employer: 'Employer',
  insurer: 'Insurer',
  'referral-source': 'Referral source',
  adjuster: 'Adjuster',
  'treating-physician': 'Treating physician',
  examinee: 'Examinee',
  other: 'Other',
};

export const PartySchema = z.object({
  id,
  role: z.enum(PARTY_ROLES),
  name: text(200).min(1, { message: 'Enter the party’s name.' }),
  organization: text(200),
  address: multiLineText(500),
  phone: text(40),
  email: text(200),
});
export type Party = z.infer<typeof PartySchema>;

/** ICD-10-CM codes: a letter, two characters, then optionally a dot and up to four more (e.g. M54.16, S83.241A). */
const ICD10_CODE = /^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

export const DiagnosisSchema = z.object({
  id,
  bodyPart: text(120),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => ICD10_CODE.test(v), {
      message: 'Enter an ICD-10-CM code such as M54.16 (letter, two characters, optional dot and up to four more).',
    }),
  description: multiLineText(300).min(1, { message: 'Describe the diagnosis.' }),
});
export type Diagnosis = z.infer<typeof DiagnosisSchema>;

export const MEASUREMENT_KINDS = ['range-of-motion', 'strength', 'grip', 'other'] as const;
export const MEASUREMENT_SIDES = ['left', 'right', 'bilateral', 'n/a'] as const;
export const MeasurementSchema = z.object({
  id,
  bodyPart: text(120).min(1, { message: 'Name the body part.' }),
  kind: z.enum(MEASUREMENT_KINDS),
  name: text(120),
  side: z.enum(MEASUREMENT_SIDES),
  value: text(40),
  normal: text(40),
  unit: text(20),
});
export type Measurement = z.infer<typeof MeasurementSchema>;
export const MEASUREMENT_KIND_LABELS: Record<Measurement['kind'], string> = {
  'range-of-motion': 'Range of motion',
  strength: 'Strength',
  grip: 'Grip',
  other: 'Other',
};
export const MEASUREMENT_SIDE_LABELS: Record<Measurement['side'], string> = {
  left: 'Left',
  right: 'Right',
  bilateral: 'Bilateral',
  'n/a': 'N/A',
};

export const QuestionSchema = z.object({
  id,
  /** The party who asked, by party id; null for "all parties" (a joint letter). */
  partyId: id.nullable(),
  text: multiLineText(5000).min(1, { message: 'Enter the question as the party wrote it.' }),
});
export type PartyQuestion = z.infer<typeof QuestionSchema>;

/** The rich-text answer to a question is a section document with this id. */
export const answerSectionId = (questionId: string) => `answer-${questionId}`;

export const FieldValueSchema = z.union([multiLine(z.string().max(20_000)), z.number().finite(), z.boolean(), z.null()]);
export type FieldValue = z.infer<typeof FieldValueSchema>;
const FIELD_VALUE_NAME = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)?$/;
export const FieldValuesSchema = z.record(z.string().max(100).regex(FIELD_VALUE_NAME), FieldValueSchema);
export type FieldValues = z.infer<typeof FieldValuesSchema>;

export interface CaseData {
  injuries: Injury[];
  parties: Party[];
  diagnoses: Diagnosis[];
  measurements: Measurement[];
  questions: PartyQuestion[];
  values: FieldValues;
}

export const EMPTY_CASE_DATA: CaseData = {
  injuries: [],
  parties: [],
  diagnoses: [],
  measurements: [],
  questions: [],
  values: {},
};
