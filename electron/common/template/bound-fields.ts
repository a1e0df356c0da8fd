// The catalog of app-provided values a template may name in {{placeholders}} and conditions (case, exam, signing, physician, records).
// Templates cannot declare these; the app fills them from the case, so the names here are a contract with every template: never rename one.

export type BoundFieldType = 'text' | 'date' | 'number' | 'boolean';

export interface BoundFieldSpec {
  type: BoundFieldType;
  /** Short noun phrase; also what a draft shows, in brackets, while the value is missing. */
  label: string;
  description: string;
}

export const BOUND_FIELDS = {
  'case.examineeName': { type: 'text', label: 'examinee name', description: 'Full name of the injured worker or examinee.' },
  'case.dateOfBirth': { type: 'date', label: 'date of birth', description: 'Examinee date of birth.' },
  'case.claimNumber': {
    type: 'text',
    label: 'claim number',
    description: 'Claim or file number(s) of the claims administrator or insurer.',
  },
  'case.employer': { type: 'text', label: 'employer', description: 'Employer at the time of injury.' },
  'case.claimsAdministrator': {
    type: 'text',
    label: 'claims administrator',
    description: 'Claims administrator or insurer (for an IME, the insurer or carrier).',
  },
  'case.wcabCaseNumbers': {
    type: 'text',
    label: 'WCAB case number',
    description: 'WCAB case numbers (ADJ…), one per injury, joined.',
  },
  'case.datesOfInjury': {
    type: 'text',
    label: 'date of injury',
    description: 'Each injury as a specific date or a cumulative-trauma period (from–to), joined; for an IME, the date of loss.',
  },
  'case.bodyPartsClaimed': {
    type: 'text',
    label: 'body parts claimed',
    description: 'Body parts and systems claimed, accepted or disputed.',
  },
  'case.psychClaimed': {
    type: 'boolean',
    label: 'psychiatric injury claimed',
    description: 'True when any injury of the case claims a psychiatric injury (8 CCR §10682(b)(13)).',
  },
  'case.represented': { type: 'boolean', label: 'represented', description: 'True when the applicant has an attorney.' },
  'case.applicantAttorney': { type: 'text', label: 'applicant attorney', description: 'Applicant attorney, or "Unrepresented".' },
  'case.defenseAttorney': { type: 'text', label: 'defense attorney', description: 'Defense attorney, if any.' },
  'case.referralSource': {
    type: 'text',
    label: 'referral source',
    description: 'Who asked for the evaluation (for an IME: the requesting insurer, employer, attorney or vendor).',
  },
  'case.evaluatorRole': {
    type: 'text',
    label: 'evaluator role',
    description: 'Panel QME (with panel number), Agreed Panel QME, AME or IME.',
  },
  'case.jurisdiction': {
    type: 'text',
    label: 'jurisdiction',
    description: 'The state or legal system whose rules govern the report, e.g. "California", "New York".',
  },
  'case.guidesEdition': {
    type: 'text',
    label: 'AMA Guides edition',
    description: 'The edition of the AMA Guides that applies, e.g. "AMA Guides, Fifth Edition".',
  },
  'case.examDate': { type: 'date', label: 'date of examination', description: 'Date the examination took place (or began).' },
  'case.reportDate': { type: 'date', label: 'date of report', description: 'Date of the report.' },
  'case.interpreter': {
    type: 'text',
    label: 'interpreter',
    description: 'Interpreter name, certification number and language; empty when none was used.',
  },
  'exam.dateCompleted': { type: 'date', label: 'date the examination was completed', description: '8 CCR §35.5(b).' },
  'exam.streetAddress': {
    type: 'text',
    label: 'street address of the examination',
    description: 'Street address at which the examination was performed (8 CCR §35.5(b)).',
  },
  'exam.othersPresent': { type: 'text', label: 'others present', description: 'Other people present during the examination.' },
  'signing.date': { type: 'date', label: 'date of signing', description: 'Date the physician signs the report.' },
  'signing.county': {
    type: 'text',
    label: 'county of signing',
    description: 'County in which the physician signs (Labor Code §4628(j)).',
  },
  'signing.state': { type: 'text', label: 'state of signing', description: 'State in which the physician signs.' },
  'physician.name': { type: 'text', label: 'physician name', description: 'Name of the signing physician.' },
  'physician.credentials': {
    type: 'text',
    label: 'physician credentials',
    description: 'Degrees and board certifications, e.g. "MD, FAAOS".',
  },
  'physician.specialty': { type: 'text', label: 'physician specialty', description: 'Specialty of the signing physician.' },
  'physician.qmeNumber': { type: 'text', label: 'QME number', description: 'QME certification number (California).' },
  'physician.licenseNumber': { type: 'text', label: 'medical license number', description: 'Medical license number.' },
  'records.totalPagesReceived': {
    type: 'number',
    label: 'total pages received',
    description: 'Pages of records received for this report.',
  },
  'records.totalPagesReviewed': {
    type: 'number',
    label: 'total pages reviewed',
    description: 'Pages of records reviewed for this report (0 when none were reviewed).',
  },
} as const satisfies Record<string, BoundFieldSpec>;

export type BoundFieldName = keyof typeof BOUND_FIELDS;

export const BOUND_FIELD_NAMES = Object.keys(BOUND_FIELDS) as BoundFieldName[];

export function isBoundFieldName(name: string): name is BoundFieldName {
  return Object.prototype.hasOwnProperty.call(BOUND_FIELDS, name);
}

export function boundFieldSpec(name: string): BoundFieldSpec | undefined {
  return isBoundFieldName(name) ? BOUND_FIELDS[name] : undefined;
}
