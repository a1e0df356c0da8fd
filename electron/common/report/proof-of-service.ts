// The service list and the declaration of service appended to a report on request, as content (the exporter lays it
// out). Who is served and every sentence come from ../rules/ca-proof-of-service.json (8 CCR §36, §36.7): a represented
// California case gets a QME Form 122-style declaration, an unrepresented one the note that QME Form 111 goes with it.
import { z } from 'zod';
import table from '../rules/ca-proof-of-service.json';
import { loadRuleTable, ruleTableMeta, tableRef, type RuleTableRef } from '../calc/rule-table';
import type { ServiceMethod } from '../case/signing-model';
import { PARTY_ROLE_LABELS, PARTY_ROLES, type Party, type PartyRole } from '../case/structure-model';
import type { TemplateValue } from '../template/resolve-placeholders';
import { formatUsDate } from '../util/iso-date';
import { nameWithCredentials } from './physician-name';
import type { ReportContext } from './template-values';

const line = z.string().min(1);
const schema = z.object({
  ...ruleTableMeta,
  servedRoles: z.object({ represented: z.array(z.enum(PARTY_ROLES)).min(1), unrepresented: z.array(z.enum(PARTY_ROLES)).min(1) }),
  serviceList: z.object({
    heading: line,
    intro: line,
    columns: z.object({ person: line, role: line, address: line, email: line }),
    noAddress: line,
    noEmail: line,
  }),
  declaration: z.object({
    heading: line,
    subheading: line,
    caseLines: z.array(z.object({ label: line, value: line })),
    opening: line,
    statements: z.array(line).min(1),
    methods: z.object({ mail: line, electronic: line }),
    perjury: line,
    executed: line,
    signatureLabel: line,
    nameLabel: line,
  }),
  unrepresented: z.object({ heading: line, notes: z.array(line).min(1) }),
  otherArena: z.object({ note: line }),
});

export const PROOF_OF_SERVICE_RULES = loadRuleTable('ca-proof-of-service.json', schema, table);

export interface ServiceDetails {
  method: ServiceMethod;
  /** ISO date of service. */
  date: string;
  county: string;
  /** Who serves and signs the declaration (the physician unless office staff is named). */
  declarantName: string;
  declarantAddress: string;
}

export interface ServiceListRow {
  name: string;
  organization: string;
  role: string;
  addressLines: string[];
  email: string;
}

export interface ProofOfServiceContent {
  kind: 'declaration' | 'unrepresented' | 'list-only';
  serviceList: {
    heading: string;
    intro: string;
    columns: typeof PROOF_OF_SERVICE_RULES.serviceList.columns;
    rows: ServiceListRow[];
    showEmail: boolean;
  };
  declaration: {
    heading: string;
    subheading: string;
    caseLines: { label: string; value: string }[];
    paragraphs: string[];
    perjury: string;
    executed: string;
    signatureLabel: string;
    nameLabel: string;
    declarantName: string;
  } | null;
  notes: { heading: string; paragraphs: string[] } | null;
  warnings: string[];
  rules: RuleTableRef;
}

export interface ProofOfServiceInput {
  ctx: ReportContext;
  values: Record<string, TemplateValue>;
  /** The template's arena; only California workers' compensation gets a declaration. */
  arena: string;
  /** e.g. "Qualified Medical Evaluation report". */
  documentTitle: string;
  service: ServiceDetails;
}

const str = (v: TemplateValue | undefined) => (v === undefined || v === null ? '' : String(v).trim());

function fill(text: string, vars: Record<string, string>, missing: Set<string>): string {
  return text.replace(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (_, name: string) => {
    const v = vars[name]?.trim();
    if (v) return v;
    missing.add(name);
    return `[${name
      .split('.')
      .pop()!
      .replace(/([A-Z])/g, ' $1')
      .toLowerCase()} not entered]`;
  });
}

function servedParties(ctx: ReportContext, roles: readonly PartyRole[], warnings: string[]): Party[] {
  const parties = ctx.data.parties;
  const out: Party[] = [];
  for (const role of roles) {
    const withRole = parties.filter((p) => p.role === role);
    if (role === 'examinee' && withRole.length === 0) {
      warnings.push(
        'The examinee is not in the case’s parties, so the service list shows no address for them. Add the examinee as a party (role Examinee) with their address.',
      );
      out.push({ id: 'examinee', role, name: ctx.caseRecord.examineeName, organization: '', address: '', phone: '', email: '' });
      continue;
    }
    out.push(...withRole);
  }
  return out;
}

export function buildProofOfService(input: ProofOfServiceInput): ProofOfServiceContent {
  const R = PROOF_OF_SERVICE_RULES;
  const { ctx, values, service } = input;
  const warnings: string[] = [];
  const missing = new Set<string>();
  const california = input.arena === 'california-workers-comp';
  const represented = values['case.represented'] === true;
  const roles = represented || !california ? R.servedRoles.represented : R.servedRoles.unrepresented;
  const parties = servedParties(ctx, roles, warnings);
  const electronic = service.method === 'electronic';

  const defendants = [
    ...new Set([ctx.caseRecord.employer, ctx.caseRecord.claimsAdministrator].map((s) => s.trim()).filter(Boolean)),
  ].join('; ');
  const vars: Record<string, string> = {
    'document.title': input.documentTitle,
    'document.date': formatUsDate(str(values['case.reportDate'])) || formatUsDate(service.date),
    'case.examineeName': ctx.caseRecord.examineeName,
    'case.claimNumber': ctx.caseRecord.claimNumber,
    'case.wcabCaseNumbers': str(values['case.wcabCaseNumbers']),
    'case.defendants': defendants,
    'physician.name': nameWithCredentials(ctx.physician?.name ?? '', ctx.physician?.credentials ?? ''),
    'declarant.name': service.declarantName,
    'declarant.address': service.declarantAddress
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .join(', '),
    'service.date': formatUsDate(service.date),
    'service.county': service.county,
    'service.methodText': electronic ? R.declaration.methods.electronic : R.declaration.methods.mail,
  };

  const rows: ServiceListRow[] = parties.map((p) => {
    const addressLines = p.address
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (!electronic && addressLines.length === 0 && p.id !== 'examinee')
      warnings.push(
        `${p.name} (${PARTY_ROLE_LABELS[p.role].toLowerCase()}) has no address, so the service list cannot show where the report was mailed.`,
      );
    if (electronic && !p.email.trim())
      warnings.push(`${p.name} (${PARTY_ROLE_LABELS[p.role].toLowerCase()}) has no e-mail address for electronic service.`);
    return {
      name: p.name,
      organization: p.organization,
      role: PARTY_ROLE_LABELS[p.role],
      addressLines: addressLines.length ? addressLines : [R.serviceList.noAddress],
      email: p.email.trim() || (electronic ? R.serviceList.noEmail : ''),
    };
  });

  let declaration: ProofOfServiceContent['declaration'] = null;
  let notes: ProofOfServiceContent['notes'] = null;
  let kind: ProofOfServiceContent['kind'] = 'list-only';
  if (california && represented) {
    kind = 'declaration';
    declaration = {
      heading: R.declaration.heading,
      subheading: R.declaration.subheading,
      caseLines: R.declaration.caseLines
        .map((l) => ({ label: l.label, value: fill(l.value, vars, new Set()) }))
        .filter((l) => !/\[.* not entered\]$/.test(l.value) || l.label === 'Case'),
      paragraphs: [fill(R.declaration.opening, vars, missing), ...R.declaration.statements.map((s) => fill(s, vars, missing))],
      perjury: R.declaration.perjury,
      executed: fill(R.declaration.executed, vars, missing),
      signatureLabel: R.declaration.signatureLabel,
      nameLabel: R.declaration.nameLabel,
      declarantName: service.declarantName,
    };
  } else if (california) {
    kind = 'unrepresented';
    notes = { heading: R.unrepresented.heading, paragraphs: R.unrepresented.notes };
  } else {
    notes = { heading: R.serviceList.heading, paragraphs: [R.otherArena.note] };
  }
  if (rows.length === 0)
    warnings.push('No one on the case’s parties list is served with this report; add the parties and their addresses.');
  if (missing.has('declarant.address'))
    warnings.push(
      'The declaration of service has no business address: add your practice address in Settings → Physician profile.',
    );
  if (missing.has('declarant.name'))
    warnings.push('The declaration of service names no declarant: add your name in Settings → Physician profile.');

  return {
    kind,
    serviceList: {
      heading: R.serviceList.heading,
      intro: fill(R.serviceList.intro, vars, missing),
      columns: R.serviceList.columns,
      rows,
      showEmail: electronic,
    },
    declaration,
    notes,
    warnings,
    rules: tableRef(R),
  };
}
