// The words a report and its case screens use for the parties, dates and numbers of a claim, per arena (California
// workers' comp, other workers' comp, personal injury, disability insurance), with a template's own overrides.
// One source for the case step's labels, the caption's row labels and the party roles, so an auto case never says
// "Applicant" and an LTD case never asks for a WCAB number.
import { PARTY_ROLE_LABELS, type PartyRole } from '../case/structure-model';
import type { Arena, Template } from './template-schema';

export interface Vocabulary {
  /** The person examined: Applicant, Employee, Plaintiff, Claimant. */
  examinee: string;
  /** That person's lawyer. */
  examineeAttorney: string;
  /** The other side's lawyer. */
  defenseAttorney: string;
  /** The employer, or the defendant in an injury claim. */
  employer: string;
  /** Who pays or decides the claim: claims administrator, insurance carrier, insurer or plan administrator. */
  claimsAdministrator: string;
  claimNumber: string;
  /** The date the claim runs from: date of injury, date of loss, date disability began. */
  dateOfInjury: string;
  /** A tribunal's case number per injury (WCAB "ADJ…", a state board's claim number, a court's case number); null when none. */
  caseNumber: string | null;
  /** True only where California's statutes and regulations govern: their citations and checks show only then. */
  california: boolean;
  /** Workers' comp knows cumulative-trauma injuries and psychiatric claims; an auto or disability claim does not. */
  workersComp: boolean;
  /** The AMA Guides edition the arena rates by, when the law fixes one (California: the 5th); null when the case says. */
  guidesEdition: GuidesEdition | null;
}

export const GUIDES_EDITIONS = ['4th', '5th', '6th', '6th-2023'] as const;
export type GuidesEdition = (typeof GUIDES_EDITIONS)[number];
export const GUIDES_EDITION_LABELS: Record<GuidesEdition, string> = {
  '4th': 'AMA Guides, Fourth Edition',
  '5th': 'AMA Guides, Fifth Edition',
  '6th': 'AMA Guides, Sixth Edition',
  '6th-2023': 'AMA Guides, Sixth Edition (2023)',
};

const WORKERS_COMP = {
  examinee: 'Employee',
  examineeAttorney: 'Employee’s attorney',
  defenseAttorney: 'Defense attorney',
  employer: 'Employer',
  claimsAdministrator: 'Insurer or claims administrator',
  claimNumber: 'Claim number',
  dateOfInjury: 'Date of injury',
  caseNumber: 'State case or claim number',
  california: false,
  workersComp: true,
  guidesEdition: null,
} satisfies Vocabulary;

const BY_ARENA: Record<Arena, Vocabulary> = {
  'california-workers-comp': {
    ...WORKERS_COMP,
    examinee: 'Applicant',
    examineeAttorney: 'Applicant attorney',
    claimsAdministrator: 'Claims administrator',
    caseNumber: 'WCAB case number (ADJ)',
    california: true,
    guidesEdition: '5th',
  },
  'workers-comp': WORKERS_COMP,
  'personal-injury': {
    ...WORKERS_COMP,
    examinee: 'Plaintiff',
    examineeAttorney: 'Plaintiff’s attorney',
    employer: 'Defendant',
    claimsAdministrator: 'Insurance carrier',
    dateOfInjury: 'Date of loss',
    caseNumber: 'Court case number',
    workersComp: false,
  },
  'disability-insurance': {
    ...WORKERS_COMP,
    examinee: 'Claimant',
    examineeAttorney: 'Claimant’s attorney',
    defenseAttorney: 'Plan’s attorney',
    claimsAdministrator: 'Insurer or plan administrator',
    claimNumber: 'Claim or policy number',
    dateOfInjury: 'Date disability began',
    caseNumber: null,
    workersComp: false,
  },
};

/** The template's vocabulary: its arena's words with the template's own `terms` over them. */
export function vocabularyOf(template: Pick<Template, 'arena' | 'terms'>): Vocabulary {
  return { ...BY_ARENA[template.arena], ...template.terms };
}

/** A party's role in the template's words: the claimant's attorney is the "Plaintiff’s attorney" in an auto case. */
export function partyRoleLabel(role: PartyRole, vocabulary: Vocabulary): string {
  switch (role) {
    case 'applicant-attorney':
      return vocabulary.examineeAttorney;
    case 'defense-attorney':
      return vocabulary.defenseAttorney;
    case 'claims-administrator':
      return vocabulary.claimsAdministrator;
    case 'employer':
      return vocabulary.employer;
    default:
      return PARTY_ROLE_LABELS[role];
  }
}

/**
 * The edition a case is rated by: the arena's where the law fixes it (California: the 5th), else the one entered on the
 * case step (stored as its label); null while none is entered.
 */
export function guidesEditionOf(vocabulary: Vocabulary, entered: unknown): GuidesEdition | null {
  if (vocabulary.guidesEdition) return vocabulary.guidesEdition;
  const found = GUIDES_EDITIONS.find((e) => GUIDES_EDITION_LABELS[e] === entered);
  return found ?? null;
}

/** Where the combining steps come from, in the edition the case is rated by. */
export function combinedValuesCitation(edition: GuidesEdition | null, fifthEditionCitation: string): string {
  if (edition === '5th') return fifthEditionCitation;
  return edition ? `Combined Values Chart of the ${GUIDES_EDITION_LABELS[edition]}` : 'Combined Values Chart';
}

/** An app-provided value's name in the template's words ("date of loss"), for "[brackets]" and "still needed"; else undefined. */
export function boundFieldWord(name: string, vocabulary: Vocabulary): string | undefined {
  const words: Record<string, string | null> = {
    'case.employer': vocabulary.employer,
    'case.claimsAdministrator': vocabulary.claimsAdministrator,
    'case.claimNumber': vocabulary.claimNumber,
    'case.datesOfInjury': vocabulary.dateOfInjury,
    'case.wcabCaseNumbers': vocabulary.caseNumber?.replace(/\s*\(.*\)$/, '') ?? null,
    'case.applicantAttorney': vocabulary.examineeAttorney,
  };
  const word = words[name];
  return word ? word.charAt(0).toLowerCase() + word.slice(1) : undefined;
}
