// The first page: the report's title (report type and evaluator role), the parties it is addressed to ("To:"),
// and the caption that identifies the case (examinee, claim, WCAB numbers, injuries, attorneys, exam, interpreter).
import { AlignmentType, HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { CaseData, Injury, Party } from '../../../common/case/structure-model';
import type { ReportContext } from '../../../common/report/template-values';
import { describeInjuryDate } from '../../../common/report/template-values';
import { boundFieldSpec } from '../../../common/template/bound-fields';
import { missingText, type TemplateValues } from '../../../common/template/resolve-placeholders';
import type { GeneratedSection, Template } from '../../../common/template/template-schema';
import { partyRoleLabel, vocabularyOf, type Vocabulary } from '../../../common/template/vocabulary';
import { formatUsDate, isValidIsoDate } from '../../../common/util/iso-date';
import { printedBodyPart, sentenceCase } from './format-values';
import { nameWithCredentials } from '../../../common/report/physician-name';
import { sanitizeText } from './sanitize-text';
import { STYLE } from './styles';
import { blockColumnsTable, labelValueTable } from './tables';
import type { ExportWarnings } from './warnings';

const REPORT_TITLES: Record<Template['reportKind'], string> = {
  QME: 'Qualified Medical Evaluation',
  IME: 'Independent Medical Examination',
};

/** Medical-legal billing codes (8 CCR §9795) as the report type a reader knows them by. */
const QME_REPORT_TYPES: Record<string, string> = {
  ML201: 'Comprehensive Medical-Legal Evaluation',
  ML202: 'Follow-up Medical-Legal Evaluation',
  ML203: 'Supplemental Medical-Legal Evaluation',
};

const IME_ARENAS: Record<Template['arena'], string> = {
  'california-workers-comp': "California Workers' Compensation",
  'workers-comp': "Workers' Compensation",
  'personal-injury': 'Personal Injury',
  'disability-insurance': 'Disability Insurance',
};

/** Caption lines when a template has no caption section (or one without bound fields). */
const DEFAULT_CAPTION_FIELDS = [
  'case.examineeName',
  'case.dateOfBirth',
  'case.employer',
  'case.claimsAdministrator',
  'case.claimNumber',
  'case.wcabCaseNumbers',
  'case.datesOfInjury',
  'case.bodyPartsClaimed',
  'case.applicantAttorney',
  'case.defenseAttorney',
  'case.evaluatorRole',
  'physician.specialty',
  'case.examDate',
  'exam.streetAddress',
  'case.reportDate',
  'case.interpreter',
];

export interface ReportHeading {
  title: string;
  subtitle: string;
}

/** The title names the evaluation (an AME's report is an Agreed Medical Evaluation); the subtitle names its type. */
export function reportHeading(template: Template, values: TemplateValues): ReportHeading {
  if (template.reportKind === 'QME') {
    const role = String(values['case.evaluatorRole'] ?? '');
    const title = /\bAME\b|agreed medical evaluat/i.test(role) ? 'Agreed Medical Evaluation' : REPORT_TITLES.QME;
    const type = template.billingCode ? QME_REPORT_TYPES[template.billingCode] : undefined;
    const subtitle = type ? `${type} (${template.billingCode})` : (template.billingCode ?? 'Medical-Legal Evaluation');
    return { title, subtitle };
  }
  return { title: REPORT_TITLES.IME, subtitle: template.reportType ?? IME_ARENAS[template.arena] };
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());

function partyName(p: Party): string {
  return [p.name, p.organization].filter((s) => s.trim() !== '').join(', ');
}

/** A workers' comp injury says whether it is specific or cumulative; a date of loss or of disability is just a date. */
function injuryDateLine(injury: Injury, workersComp: boolean): string {
  const when = describeInjuryDate(injury);
  if (!when || !workersComp) return when;
  return injury.kind === 'specific' ? `${when} (specific injury)` : `${when} (cumulative trauma)`;
}

/** "Date of loss" → "Dates of loss"; "Date disability began" stays as it is for one date. */
const plural = (label: string, count: number) => (count > 1 ? label.replace(/^Date\b/, 'Dates') : label);

/** `psych`: the caption also says a psychiatric injury is claimed (a template without an injuries table says it nowhere else). */
function bodyPartsLine(data: CaseData, psych = false): string {
  const seen = new Map<string, string>();
  for (const part of data.injuries.flatMap((i) => i.bodyParts)) {
    const key = part.name.toLowerCase();
    if (!seen.has(key)) seen.set(key, printedBodyPart(part));
  }
  const parts = [...seen.values()];
  if (psych && data.injuries.some((i) => i.psychClaimed)) parts.push('Psychiatric injury claimed');
  return parts.join('; ');
}

const hasInjuriesTable = (template: Template) =>
  template.sections.some((s) => s.kind === 'generated' && s.generator === 'injuries-table');

/**
 * Without an injuries table (an auto, disability or supplemental report), the caption carries what it would print: each
 * injury's description on its date line, and the body parts claimed even where the template's caption does not name them.
 */
function withInjuryDetails(names: readonly string[], template: Template, data: CaseData): readonly string[] {
  const at = names.indexOf('case.datesOfInjury');
  if (hasInjuriesTable(template) || names.includes('case.bodyPartsClaimed') || at < 0) return names;
  if (!data.injuries.some((i) => i.bodyParts.length > 0)) return names;
  return [...names.slice(0, at + 1), 'case.bodyPartsClaimed', ...names.slice(at + 1)];
}

/** "WCAB case number (ADJ)" is the field's label; the caption row reads "WCAB case number". */
const caseNumberLabel = (label: string) => label.replace(/\s*\(.*\)$/, '');

interface CaptionRow {
  label: string;
  value: string;
}

/** One caption row per bound field, with the case's structure where a joined string would lose it (one line per injury). */
function captionRows(
  names: readonly string[],
  ctx: ReportContext,
  values: TemplateValues,
  template: Template,
  missing: string[],
): CaptionRow[] {
  const { data } = ctx;
  const words = vocabularyOf(template);
  const workersComp = template.arena === 'california-workers-comp' || template.arena === 'workers-comp';
  const rows: CaptionRow[] = [];
  const need = (label: string, value: string, missingLabel: string) => {
    if (value) rows.push({ label, value });
    else {
      missing.push(missingLabel);
      rows.push({ label, value: missingText(missingLabel) });
    }
  };
  const has = (name: string) => names.includes(name);

  for (const name of names) {
    const v = values[name];
    switch (name) {
      case 'case.examineeName':
        need(words.examinee, text(v), 'examinee name');
        break;
      case 'case.wcabCaseNumbers': {
        if (!words.caseNumber) break;
        const label = caseNumberLabel(words.caseNumber);
        const lines = data.injuries.map((i) => i.adjNumber || 'Not yet assigned');
        need(lines.length > 1 ? `${label}s` : label, lines.join('\n'), label.toLowerCase());
        break;
      }
      case 'case.datesOfInjury': {
        const described = !hasInjuriesTable(template);
        const lines = data.injuries
          .map((i) => {
            const description = described ? i.description.trim() : '';
            return [injuryDateLine(i, workersComp), description].filter(Boolean).join(' — ');
          })
          .filter(Boolean);
        need(plural(words.dateOfInjury, lines.length), lines.join('\n'), words.dateOfInjury.toLowerCase());
        break;
      }
      case 'case.employer':
        need(words.employer, text(v), words.employer.toLowerCase());
        break;
      case 'case.claimsAdministrator':
        need(words.claimsAdministrator, text(v), words.claimsAdministrator.toLowerCase());
        break;
      case 'case.claimNumber':
        need(words.claimNumber, text(v), words.claimNumber.toLowerCase());
        break;
      case 'case.bodyPartsClaimed':
        need('Body parts claimed', bodyPartsLine(data, words.workersComp && !hasInjuriesTable(template)), 'body parts claimed');
        break;
      case 'case.applicantAttorney': {
        const attorneys = data.parties.filter((p) => p.role === 'applicant-attorney').map(partyName);
        rows.push({ label: words.examineeAttorney, value: attorneys.length ? attorneys.join('\n') : 'Unrepresented' });
        break;
      }
      case 'case.defenseAttorney': {
        // Outside California's panel process the defense is often the referring party, entered as such: no "None of record".
        const attorneys = data.parties.filter((p) => p.role === 'defense-attorney').map(partyName);
        if (attorneys.length || words.california)
          rows.push({ label: words.defenseAttorney, value: attorneys.length ? attorneys.join('\n') : 'None of record' });
        break;
      }
      case 'case.adjuster':
      case 'case.treatingPhysician':
        rows.push({ label: sentenceCase(boundFieldSpec(name)!.label), value: text(v) || 'None of record' });
        break;
      case 'case.evaluatorRole': {
        const specialty = has('physician.specialty') ? text(values['physician.specialty']) : '';
        // "Panel QME in orthopaedic surgery" already names the specialty: never "…, orthopaedic surgery, Orthopaedic Surgery".
        const named = specialty && text(v).toLowerCase().includes(specialty.toLowerCase());
        need('Evaluator', [text(v), named ? '' : specialty].filter(Boolean).join(', '), 'evaluator role');
        break;
      }
      case 'physician.specialty':
        if (!has('case.evaluatorRole')) need('Specialty', text(v), 'physician specialty');
        break;
      case 'physician.name': {
        const credentials = has('physician.credentials') ? text(values['physician.credentials']) : '';
        need('Examiner', nameWithCredentials(text(v), credentials), 'physician name');
        break;
      }
      case 'physician.credentials':
        if (!has('physician.name')) need('Credentials', text(v), 'physician credentials');
        break;
      case 'case.interpreter':
        rows.push({ label: 'Interpreter', value: text(v) || 'None' });
        break;
      case 'exam.othersPresent':
        rows.push({ label: 'Others present', value: text(v) || 'None' });
        break;
      case 'exam.streetAddress':
        need('Place of examination', text(v), 'street address of the examination');
        break;
      case 'case.examDate':
        need('Date of examination', formatUsDate(text(v)), 'date of examination');
        break;
      case 'case.reportDate':
        need('Date of report', formatUsDate(text(v)), 'date of report');
        break;
      default: {
        const spec = boundFieldSpec(name);
        const label = spec ? sentenceCase(spec.label) : name;
        const raw = text(v);
        const value =
          spec?.type === 'date' && isValidIsoDate(raw) ? formatUsDate(raw) : spec?.type === 'boolean' ? (v ? 'Yes' : 'No') : raw;
        need(label, value, spec?.label ?? name);
      }
    }
  }
  return rows;
}

function addresseeBlock(p: Party, words: Vocabulary): Paragraph[] {
  const clean = (s: string) => sanitizeText(s).text;
  const lines: Paragraph[] = [
    new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: clean(p.name), bold: true })] }),
  ];
  const add = (line: string, italics = false) =>
    lines.push(
      new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: clean(line), italics: italics || undefined })] }),
    );
  if (p.organization) add(p.organization);
  add(partyRoleLabel(p.role, words), true);
  for (const line of p.address.split(/\r?\n/)) if (line.trim()) add(line.trim());
  return lines;
}

/** Who the report is served on: every party of record except the examinee, who is addressed only when unrepresented. */
function addressees(data: CaseData): Party[] {
  const represented = data.parties.some((p) => p.role === 'applicant-attorney');
  return data.parties.filter((p) => p.role !== 'other' && (p.role !== 'examinee' || !represented));
}

export function buildTemplateCaption(
  template: Template,
  section: GeneratedSection | undefined,
  ctx: ReportContext,
  values: TemplateValues,
  heading: ReportHeading,
  warnings: ExportWarnings,
  noteMissing: (label: string) => void,
): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, text: heading.title }),
    new Paragraph({ style: STYLE.subtitle, alignment: AlignmentType.CENTER, text: heading.subtitle }),
  ];

  const parties = addressees(ctx.data);
  if (parties.length > 0) {
    const rows: Paragraph[][][] = [];
    for (let i = 0; i < parties.length; i += 2) {
      const label =
        i === 0 ? [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: 'To:', bold: true })] })] : [];
      const words = vocabularyOf(template);
      rows.push([label, addresseeBlock(parties[i]!, words), parties[i + 1] ? addresseeBlock(parties[i + 1]!, words) : []]);
    }
    out.push(blockColumnsTable(rows, [8, 46, 46]));
  } else {
    warnings.add('No parties are entered, so the report is not addressed to anyone. Add the parties in the case step.');
  }

  const missing: string[] = [];
  const names = withInjuryDetails(section?.boundFields.length ? section.boundFields : DEFAULT_CAPTION_FIELDS, template, ctx.data);
  const rows = captionRows(names, ctx, values, template, missing);
  out.push(
    new Paragraph({ spacing: { before: 120, after: 60 }, keepNext: true, children: [new TextRun({ text: 'Re:', bold: true })] }),
  );
  out.push(
    labelValueTable(
      rows.map((r) => [r.label, r.value]),
      [32, 68],
      true,
    ),
  );
  out.push(new Paragraph({ spacing: { after: 0 } }));
  for (const label of new Set(missing)) noteMissing(label);
  return out;
}
