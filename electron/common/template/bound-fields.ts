// The catalog of app-provided values a template may name in {{placeholders}} and conditions (case, exam, signing, physician, records).
// Templates cannot declare these; the app fills them from the case, so the names here are a contract with every template: never rename one.

export type BoundFieldType = 'text' | 'date' | 'number' | 'boolean';

export interface BoundFieldSpec {
  type: BoundFieldType;
  /** Short noun phrase; also what a draft shows, in brackets, while the value is missing. */
  label: string;
  description: string;
}

const spec =
  <T extends BoundFieldType>(type: T) =>
  (label: string, description: string) => ({ type, label, description });
const text = spec('text');
const date = spec('date');
const numeric = spec('number');
const flag = spec('boolean');

export const BOUND_FIELDS = {
  'case.examineeName': text('examinee name', 'Full name of the injured worker or examinee.'),
  'case.dateOfBirth': date('date of birth', 'Examinee date of birth.'),
  'case.occupation': text('occupation', 'The examinee’s occupation or job title at the time of injury or disability.'),
  'case.claimNumber': text('claim number', 'Claim or file number(s) of the claims administrator or insurer.'),
  'case.employer': text('employer', 'Employer at the time of injury.'),
  'case.claimsAdministrator': text(
    'claims administrator',
    'Claims administrator or insurer (for an IME, the insurer or carrier).',
  ),
  'case.wcabCaseNumbers': text('WCAB case number', 'WCAB case numbers (ADJ…), one per injury, joined.'),
  'case.datesOfInjury': text(
    'date of injury',
    'Each injury as a specific date or a cumulative-trauma period (from–to), joined; for an IME, the date of loss.',
  ),
  'case.bodyPartsClaimed': text('body parts claimed', 'Body parts and systems claimed, accepted or disputed.'),
  'case.psychClaimed': flag(
    'psychiatric injury claimed',
    'True when any injury of the case claims a psychiatric injury (8 CCR §10682(b)(13)).',
  ),
  'case.represented': flag('represented', 'True when the applicant has an attorney.'),
  'case.applicantAttorney': text('applicant attorney', 'Applicant attorney, or "Unrepresented".'),
  'case.defenseAttorney': text('defense attorney', 'Defense attorney, if any.'),
  'case.referralSource': text(
    'referral source',
    'Who asked for the evaluation (for an IME: the requesting insurer, employer, attorney or vendor).',
  ),
  'case.adjuster': text('adjuster', 'The claim’s adjuster or examiner (the parties entered as adjuster), joined.'),
  'case.treatingPhysician': text(
    'treating physician',
    'The examinee’s treating physician (the parties entered as treating physician), joined; some states require it.',
  ),
  'case.evaluatorRole': text('evaluator role', 'Panel QME (with panel number), Agreed Panel QME, AME or IME.'),
  'case.jurisdiction': text(
    'jurisdiction',
    'The state or legal system whose rules govern the report, e.g. "California", "New York".',
  ),
  'case.guidesEdition': text(
    'AMA Guides edition',
    'The edition of the AMA Guides that applies, e.g. "AMA Guides, Fifth Edition".',
  ),
  'case.examDate': date('date of examination', 'Date the examination took place (or began).'),
  'case.reportDate': date('date of report', 'Date of the report.'),
  'case.interpreter': text('interpreter', 'Interpreter name, certification number and language; empty when none was used.'),
  'exam.dateCompleted': date('date the examination was completed', '8 CCR §35.5(b).'),
  'exam.streetAddress': text(
    'street address of the examination',
    'Street address at which the examination was performed (8 CCR §35.5(b)).',
  ),
  'exam.othersPresent': text('others present', 'Other people present during the examination.'),
  'signing.date': date('date of signing', 'Date the physician signs the report.'),
  'signing.county': text('county of signing', 'County in which the physician signs (Labor Code §4628(j)).'),
  'signing.state': text('state of signing', 'State in which the physician signs.'),
  'physician.name': text('physician name', 'Name of the signing physician.'),
  'physician.credentials': text('physician credentials', 'Degrees and board certifications, e.g. "MD, FAAOS".'),
  'physician.specialty': text('physician specialty', 'Specialty of the signing physician.'),
  'physician.qmeNumber': text('QME number', 'QME certification number (California).'),
  'physician.licenseNumber': text('medical license number', 'Medical license number.'),
  'records.totalPagesReceived': numeric('total pages received', 'Pages of records received for this report.'),
  'records.totalPagesReviewed': numeric(
    'total pages reviewed',
    'Pages of records reviewed for this report (0 when none were reviewed).',
  ),
  'supplemental.receivedSince': text(
    'what was received since the last report',
    'A supplemental report’s summary of what came since the report it follows: the new pages of records and their senders, and the new questions, ending with the sentence’s period.',
  ),
} satisfies Record<string, BoundFieldSpec>;

export type BoundFieldName = keyof typeof BOUND_FIELDS;

export const BOUND_FIELD_NAMES = Object.keys(BOUND_FIELDS) as BoundFieldName[];

function isBoundFieldName(name: string): name is BoundFieldName {
  return Object.prototype.hasOwnProperty.call(BOUND_FIELDS, name);
}

export function boundFieldSpec(name: string): BoundFieldSpec | undefined {
  return isBoundFieldName(name) ? BOUND_FIELDS[name] : undefined;
}
