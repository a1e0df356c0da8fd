// Service of a signed report: the date, the method and the parties each signed version was served on. Recording it marks
// the case served, which closes its deadline (nextDeadlineOf); a record can be corrected or removed.
import { z } from 'zod';
import { PROOF_OF_SERVICE_RULES } from '../report/proof-of-service';
import { formatUsDate, isValidIsoDate } from '../util/iso-date';
import { singleLine } from '../util/text-input';
import { CaseIdSchema } from './case-model';
import type { Party, PartyRole } from './structure-model';

export const SERVICE_METHODS = ['mail', 'personal', 'electronic', 'fax', 'other'] as const;
export type ServiceMethodKind = (typeof SERVICE_METHODS)[number];
export const SERVICE_METHOD_LABELS: Record<ServiceMethodKind, string> = {
  mail: 'Mail',
  personal: 'Personal delivery',
  electronic: 'Electronic service (e-mail)',
  fax: 'Fax',
  other: 'Other',
};
const METHOD_PHRASES: Record<Exclude<ServiceMethodKind, 'other'>, string> = {
  mail: 'by mail',
  personal: 'by personal delivery',
  electronic: 'by electronic service',
  fax: 'by fax',
};

/** A person served, as they were named when the service was recorded (a later edit of the parties does not rewrite it). */
export interface ServedParty {
  /** The party's id, or "examinee" for an examinee who is not on the parties list. */
  partyId: string;
  name: string;
  role: PartyRole;
}

export interface ServiceRecord {
  /** The signed version that was served. */
  version: number;
  /** ISO date of service. */
  servedOn: string;
  method: ServiceMethodKind;
  /** How it was served when the method is "other" (e.g. "overnight courier"); empty otherwise. */
  otherMethod: string;
  parties: ServedParty[];
  /** ISO timestamp of the last time it was recorded or corrected. */
  recordedAt: string;
}

/** A person the report can be served on; `getsReport` when the service rules name their role (the default choice). */
export interface ServiceCandidate extends ServedParty {
  getsReport: boolean;
}

/** What the Record service dialog needs of one case. */
export interface CaseServiceView {
  caseId: string;
  examineeName: string;
  /** The signed version whose service is recorded; null while the current version is not signed. */
  signed: { version: number; signingDate: string } | null;
  /** Today by the backend's clock: the latest date of service allowed, and the dialog's default. */
  today: string;
  candidates: ServiceCandidate[];
  /** Every served version's record, newest version first. */
  records: ServiceRecord[];
}

const SERVED_ON_MESSAGE = 'Enter the date the report was served (MM/DD/YYYY).';

export const RecordServiceSchema = z
  .object({
    caseId: CaseIdSchema,
    version: z.int().min(1).max(100_000),
    servedOn: z.string().refine(isValidIsoDate, { message: SERVED_ON_MESSAGE }),
    method: z.enum(SERVICE_METHODS, {
      message: 'Choose how the report was served: mail, personal delivery, electronic service, fax or other.',
    }),
    otherMethod: singleLine(z.string().trim().max(120, { message: 'Say how it was served in under 120 characters.' })).default(
      '',
    ),
    partyIds: z
      .array(singleLine(z.string().min(1).max(100)))
      .min(1, { message: 'Choose at least one party the report was served on.' })
      .max(100, { message: 'Choose at most 100 parties.' }),
  })
  .refine((v) => v.method !== 'other' || v.otherMethod !== '', {
    message: 'Say how the report was served (for example, overnight courier).',
    path: ['otherMethod'],
  });
export type RecordServiceInput = z.infer<typeof RecordServiceSchema>;

/**
 * What is wrong with a date of service, or null. The contract cannot know these bounds (the signing date is in the
 * database, today is the backend's clock), so the backend checks them here and the dialog shows the same words.
 */
export function serviceDateIssue(servedOn: string | null, signingDate: string, today: string): string | null {
  if (!servedOn || !isValidIsoDate(servedOn)) return SERVED_ON_MESSAGE;
  if (servedOn < signingDate)
    return `The report was signed on ${formatUsDate(signingDate)}, so it cannot have been served earlier. Enter ${formatUsDate(signingDate)} or a later date.`;
  if (servedOn > today)
    return `${formatUsDate(servedOn)} is in the future. Enter the date the report was served: today (${formatUsDate(today)}) or earlier.`;
  return null;
}

/**
 * The roles served with the report, by the proof-of-service rules: a represented California case (an applicant attorney
 * on the parties list) or a case outside California serves the attorneys too. The same choice buildProofOfService makes.
 */
export function servedRolesFor(parties: readonly Party[], arena: string): readonly PartyRole[] {
  const R = PROOF_OF_SERVICE_RULES.servedRoles;
  const represented = parties.some((p) => p.role === 'applicant-attorney');
  return represented || arena !== 'california-workers-comp' ? R.represented : R.unrepresented;
}

/**
 * Everyone on the case's parties list, the ones the rules serve chosen by default; an examinee missing from the list is
 * offered by the case's name, as the service list prints them.
 */
export function serviceCandidates(
  parties: readonly Party[],
  examineeName: string,
  servedRoles: readonly PartyRole[],
): ServiceCandidate[] {
  const out: ServiceCandidate[] = parties.map((p) => ({
    partyId: p.id,
    name: p.name,
    role: p.role,
    getsReport: servedRoles.includes(p.role),
  }));
  if (!parties.some((p) => p.role === 'examinee') && examineeName.trim()) {
    out.unshift({
      partyId: 'examinee',
      name: examineeName.trim(),
      role: 'examinee',
      getsReport: servedRoles.includes('examinee'),
    });
  }
  return out;
}

/** "Served on 12/01/2026 by mail to Dana Adjuster; Jordan Advocate, Esq." (names may hold commas, so semicolons). */
export function describeService(record: ServiceRecord): string {
  const how = record.method === 'other' ? `by ${record.otherMethod}` : METHOD_PHRASES[record.method];
  return `Served on ${formatUsDate(record.servedOn)} ${how} to ${record.parties.map((p) => p.name).join('; ')}`;
}
