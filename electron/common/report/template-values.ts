// Every value a template can name, gathered from one case: its record, its structured data, the values the physician
// entered, the physician's profile and the records totals. The UI (conditions, completion), the export and the
// compliance check all read values through this one function, so they always agree.
import type { CaseRecord } from '../case/case-model';
import type { CaseData, Injury, Party } from '../case/structure-model';
import type { RecordsTotals } from '../records/report-totals';
import type { PhysicianProfile } from '../settings/settings-model';
import type { BoundFieldName } from '../template/bound-fields';
import type { TemplateValue } from '../template/resolve-placeholders';
import { formatUsDate } from '../util/iso-date';

export interface ReportContext {
  caseRecord: CaseRecord;
  data: CaseData;
  physician?: PhysicianProfile | null;
  records?: RecordsTotals | null;
}

/** Bound fields the physician types in (stored as case field values under these names); the rest are derived. */
export const ENTERED_BOUND_FIELDS = [
  'case.occupation',
  'case.evaluatorRole',
  'case.jurisdiction',
  'case.guidesEdition',
  'case.interpreter',
  'case.reportDate',
  'exam.dateCompleted',
  'exam.streetAddress',
  'exam.othersPresent',
  'signing.county',
  'signing.state',
  'signing.date',
] as const satisfies readonly BoundFieldName[];

export function describeInjuryDate(injury: Injury): string {
  if (injury.kind === 'specific') return injury.date ? formatUsDate(injury.date) : '';
  const from = formatUsDate(injury.ctFrom);
  const to = formatUsDate(injury.ctTo);
  return from || to ? `CT ${from || '?'} – ${to || '?'}` : '';
}

const joinNonEmpty = (items: string[], sep = '; ') => items.filter((s) => s.trim() !== '').join(sep);

function partyLine(p: Party): string {
  return joinNonEmpty([p.name, p.organization], ', ');
}

const byRole = (parties: Party[], role: Party['role']) => parties.filter((p) => p.role === role);

const andList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "45 new pages of records from A and B, and 3 new questions from C.": a supplemental's records are all new since the last report. */
// The askers by name only: a list of "name, organization" pairs would read as one long run of commas.
function receivedSince(data: CaseData, records: RecordsTotals | null | undefined): string {
  const pages = records?.totalPagesReviewed ?? 0;
  const senders = [...new Set(records?.senders ?? [])];
  const recordsPart =
    pages > 0
      ? `${count(pages, 'new page', 'new pages')} of records${senders.length ? ` from ${andList(senders)}` : ''}`
      : 'no new records';
  const askers = [
    ...new Set(
      data.questions
        .map((q) => data.parties.find((p) => p.id === q.partyId))
        .map((p) => (p ? p.name || p.organization : 'the parties')),
    ),
  ];
  const questionsPart = data.questions.length
    ? `${count(data.questions.length, 'new question', 'new questions')} from ${andList(askers)}`
    : 'no new questions';
  const phrase = `${recordsPart}${data.questions.length && pages > 0 ? ',' : ''} and ${questionsPart}`;
  // The phrase ends the sentence: a name ending in "Esq." must not get a second period from the template.
  return phrase.endsWith('.') ? phrase : `${phrase}.`;
}

export function templateValues(ctx: ReportContext): Record<string, TemplateValue> {
  const { caseRecord: c, data, physician, records } = ctx;
  const applicantAttorneys = byRole(data.parties, 'applicant-attorney');
  const represented = applicantAttorneys.length > 0;
  const derived: Partial<Record<BoundFieldName, TemplateValue>> = {
    'case.examineeName': c.examineeName,
    'case.dateOfBirth': c.dateOfBirth,
    'case.claimNumber': c.claimNumber,
    'case.employer': c.employer,
    'case.claimsAdministrator': c.claimsAdministrator,
    'case.examDate': c.examDate,
    'case.wcabCaseNumbers': joinNonEmpty(data.injuries.map((i) => i.adjNumber)),
    'case.datesOfInjury': joinNonEmpty(data.injuries.map(describeInjuryDate)),
    'case.bodyPartsClaimed': [...new Set(data.injuries.flatMap((i) => i.bodyParts.map((p) => p.name)))].join(', '),
    'case.psychClaimed': data.injuries.some((i) => i.psychClaimed),
    'case.represented': represented,
    'case.applicantAttorney': represented ? joinNonEmpty(applicantAttorneys.map(partyLine)) : 'Unrepresented',
    'case.defenseAttorney': joinNonEmpty(byRole(data.parties, 'defense-attorney').map(partyLine)),
    'case.referralSource': joinNonEmpty(byRole(data.parties, 'referral-source').map(partyLine)),
    'case.adjuster': joinNonEmpty(byRole(data.parties, 'adjuster').map(partyLine)),
    'case.treatingPhysician': joinNonEmpty(byRole(data.parties, 'treating-physician').map(partyLine)),
    'physician.name': physician?.name,
    'physician.credentials': physician?.credentials,
    'physician.specialty': physician?.specialty,
    'physician.qmeNumber': physician?.qmeNumber,
    'physician.licenseNumber': physician?.licenseNumber,
    'records.totalPagesReceived': records?.totalPagesReceived,
    'records.totalPagesReviewed': records?.totalPagesReviewed ?? (records ? 0 : undefined),
    'supplemental.receivedSince': receivedSince(data, records),
  };
  // Entered values (template fields and entered bound fields) sit beside the derived ones; derived names win,
  // so a stale stored copy can never contradict the case itself.
  const values: Record<string, TemplateValue> = { ...data.values, ...stripUndefined(derived) };
  values['signing.county'] ??= physician?.defaultCounty || undefined;
  values['exam.dateCompleted'] ??= c.examDate;
  return values;
}

function stripUndefined(o: Record<string, TemplateValue>): Record<string, TemplateValue> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
