// An assembled report (template, case context, section documents, table rows) + render options → the whole report as a
// docx Document, plus warnings about anything missing. Pure: reads nothing and writes nothing.
import { Document, HeadingLevel, Paragraph, TextRun } from 'docx';
import { documentPlainText, type RichDocument } from '../../../common/document/doc-model';
import { answerSectionId } from '../../../common/case/structure-model';
import { phraseGapLabels } from '../../../common/phrases/phrase-placeholders';
import { readTableValue, isTableRowFilled } from '../../../common/report/table-values';
import { buildProofOfService, type ServiceDetails } from '../../../common/report/proof-of-service';
import { templateValues, type ReportContext } from '../../../common/report/template-values';
import {
  isFieldIncluded,
  isFieldRequired,
  isParagraphIncluded,
  isSectionIncluded,
  isSectionRequired,
} from '../../../common/template/conditions';
import {
  missingText,
  placeholderLookupFor,
  resolvePlaceholders,
  scanPlaceholders,
  type PlaceholderLookup,
  type TemplateValue,
} from '../../../common/template/resolve-placeholders';
import {
  paragraphText,
  sectionsInExportOrder,
  type FieldType,
  type GeneratedSection,
  type Section,
  type TableSection,
  type Template,
} from '../../../common/template/template-schema';
import { formatUsDate } from '../../../common/util/iso-date';
import { buildTemplateCaption, reportHeading } from './caption';
import { formatEnteredValue, yesNoStatement } from './format-values';
import {
  apportionmentTable,
  diagnosesTable,
  impairmentTable,
  injuriesTable,
  measurementsTable,
  narrativeAppendix,
  noneEntered,
  pageVerification,
  partyQuestionsAnswers,
  recordsReviewedTable,
  signatureBlock,
  type Block,
} from './generated-sections';
import { documentStyleOptions, type Letterhead } from './letterhead';
import { createListInstanceAllocator, REPORT_NUMBERING, type ListInstanceAllocator } from './numbering';
import { firstPageHeader, pageFooter, pageProperties, runningHeader } from './page-setup';
import { proofOfServiceBlocks } from './proof-of-service-blocks';
import { sanitizeText } from './sanitize-text';
import { serializeDocument } from './serialize-block';
import { STYLE } from './styles';
import { gridTable } from './tables';
import { ExportWarnings } from './warnings';
import { RawXmlParts } from './raw-xml-parts';
import type { AssembledReport } from '../assemble-report';
import { vocabularyOf } from '../../../common/template/vocabulary';

/** What the Word report prints: the parts of an AssembledReport the renderer reads. */
export type PrintedReport = Pick<
  AssembledReport,
  'template' | 'caseRecord' | 'data' | 'physician' | 'records' | 'documents' | 'tables'
>;

export interface RenderOptions {
  /** An unsigned export. A signed one (draft: false) carries no watermark and no "[No … entered.]" fillers. */
  draft: boolean;
  /** The physician's signature as PNG bytes, printed above the signature line. */
  signaturePng?: Uint8Array;
  /** DRAFT watermark on every page; defaults to `draft`. Never printed on a signed export. */
  watermark?: boolean;
  /** Appends the service list and declaration of service (8 CCR §36), served as described. */
  proofOfService?: ServiceDetails;
  /** The physician's letterhead: its styles, theme and margins here; its headers and footers after packing (applyLetterhead). */
  letterhead?: Letterhead;
}

export interface TemplateReport {
  document: Document;
  /** Blocks written as XML text, put in place of their placeholders when packed (packReport). */
  raw: RawXmlParts;
  warnings: string[];
  /** The report title as written to the document properties ("<title>: <examinee>"). */
  title: string;
  /** Values printed as [bracketed] placeholders, each with the sections that print it: a report with any is unfinished. */
  unfilled: string[];
}

/** Values for conditions and placeholders: the case's, with the page counts at 0 when nothing was reviewed. */
export function reportValues(ctx: ReportContext): Record<string, TemplateValue> {
  const values = templateValues(ctx);
  values['records.totalPagesReviewed'] ??= 0;
  values['records.totalPagesReceived'] ??= 0;
  return values;
}

const COLUMN_WEIGHT: Record<FieldType, number> = { text: 2, longtext: 3, date: 1.5, number: 1.2, choice: 2.2, 'yes-no': 1 };

interface BuildState {
  template: Template;
  ctx: PrintedReport;
  values: Record<string, TemplateValue>;
  lookup: PlaceholderLookup;
  documents: ReadonlyMap<string, RichDocument>;
  options: RenderOptions;
  warnings: ExportWarnings;
  raw: RawXmlParts;
  nextListInstance: ListInstanceAllocator;
  /** Missing value label → titles of the sections that print it in brackets. */
  missing: Map<string, Set<string>>;
  emptyRequired: string[];
}

/** A value printed in [brackets], with where it prints (a section, or the caption without a section of its own). */
function noteMissing(state: BuildState, label: string, where: Section | string) {
  if (!state.missing.has(label)) state.missing.set(label, new Set());
  state.missing.get(label)!.add(typeof where === 'string' ? where : where.title);
}

/** A phrase inserted where the case lacked a value left its "[examinee name]" gap in the text: signing must refuse it too. */
function notePhraseGaps(state: BuildState, doc: RichDocument, section: Section) {
  for (const label of phraseGapLabels(documentPlainText(doc))) noteMissing(state, label, section);
}

function placeholderText(text: string): Paragraph {
  return new Paragraph({ style: STYLE.placeholder, children: [new TextRun(text)] });
}

/**
 * The sections that print as one block with the signature: the signature block and the fixed-text declarations right
 * before it (§5703, §4628(j), "Basis of opinions"), so no page break leaves "Executed on…" or the signature on a page
 * of its own, apart from what it signs.
 */
function signedTogether(sections: readonly Section[]): Set<Section> {
  const out = new Set<Section>();
  const at = sections.findIndex((s) => s.kind === 'generated' && s.generator === 'signature-block');
  if (at < 0) return out;
  for (let i = at; i >= 0; i--) {
    const s = sections[i]!;
    if (i < at && !(s.kind === 'generated' && s.generator === 'fixed-text')) break;
    out.add(s);
  }
  return out;
}

/** `keepTogether`: every paragraph stays whole and on the page of the next (a declaration printed with the signature). */
function fixedTextBlocks(section: Section, state: BuildState, keepTogether: boolean): Block[] {
  const out: Block[] = [];
  for (const paragraph of section.fixedText) {
    if (!isParagraphIncluded(paragraph, state.values)) continue;
    const { text, missing } = resolvePlaceholders(paragraphText(paragraph), state.values, state.lookup);
    for (const name of missing) noteMissing(state, state.lookup(name)?.label ?? name, section);
    const lines = sanitizeText(text).text.split(/\r?\n/);
    // A line naming the signing date or county ("Executed on … in … County") stays on the page of the signature.
    const keepNext = keepTogether || /\{\{\s*signing\./.test(paragraphText(paragraph)) || undefined;
    out.push(
      new Paragraph({
        keepNext,
        keepLines: keepTogether || undefined,
        children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
      }),
    );
  }
  return out;
}

/** Fields the fixed text already prints through placeholders are not repeated as lines. */
function fieldLines(section: Section, state: BuildState): Block[] {
  if (section.kind !== 'narrative' && section.kind !== 'fields') return [];
  const consumed = new Set(section.fixedText.flatMap((p) => scanPlaceholders(paragraphText(p)).placeholders.map((m) => m.name)));
  const out: Block[] = [];
  for (const field of section.fields) {
    if (!isFieldIncluded(field, section, state.values) || consumed.has(field.id)) continue;
    // A yes-no answer prints as the template's statement: its label is often the app's question to the physician.
    const statement = yesNoStatement(field, state.values[field.id]);
    if (statement !== null) {
      out.push(new Paragraph({ children: [new TextRun(sanitizeText(statement).text)] }));
      continue;
    }
    let value = formatEnteredValue(field, state.values[field.id]);
    if (value === null) {
      if (!isFieldRequired(field, section, state.values)) continue;
      noteMissing(state, field.label, section);
      value = missingText(field.label);
    }
    const label = new TextRun({ text: `${sanitizeText(field.label).text.replace(/[?:]$/, '')}: `, bold: true });
    const lines = sanitizeText(value).text.split(/\r?\n/);
    if (field.type === 'longtext' && lines.length > 1) {
      out.push(new Paragraph({ style: STYLE.fieldLine, keepNext: true, children: [label] }));
      out.push(...lines.map((line) => new Paragraph({ style: STYLE.fieldLine, children: [new TextRun(line)] })));
    } else {
      out.push(new Paragraph({ style: STYLE.fieldLine, children: [label, new TextRun(lines.join(' '))] }));
    }
  }
  return out;
}

function tableSectionBlocks(section: TableSection, state: BuildState): Block[] {
  const spec = section.table;
  const value = readTableValue(state.ctx.data.values, section.id, spec);
  const filled = value.rows.filter(isTableRowFilled);
  if (filled.length === 0) return [];
  const header = [spec.rowHeader ?? '', ...spec.columns.map((c) => c.label)];
  const rows = value.rows.map((row) => [row.label, ...spec.columns.map((c) => formatEnteredValue(c, row.cells[c.id]) ?? '')]);
  const weights = [4, ...spec.columns.map((c) => COLUMN_WEIGHT[c.type])];
  return [gridTable(header, rows, weights)];
}

function generatedBlocks(section: GeneratedSection, state: BuildState, hasFixedText: boolean): Block[] {
  const data = state.ctx.tables;
  switch (section.generator) {
    case 'caption':
    case 'fixed-text':
      return [];
    case 'injuries-table':
      return injuriesTable(state.ctx.data, vocabularyOf(state.template));
    case 'measurements-table':
      return measurementsTable(state.ctx.data, state.warnings);
    case 'diagnoses-table':
      return diagnosesTable(state.ctx.data);
    case 'records-reviewed-table':
      return recordsReviewedTable(data, state.raw, state.warnings);
    case 'impairment-table':
      return impairmentTable(data);
    case 'apportionment-table':
      return apportionmentTable(data, state.warnings);
    case 'page-verification':
      return pageVerification(state.values, hasFixedText);
    case 'party-questions-answers':
      for (const q of state.ctx.data.questions) {
        const answer = state.documents.get(answerSectionId(q.id));
        if (answer) notePhraseGaps(state, answer, section);
      }
      return partyQuestionsAnswers(state.ctx.data, state.documents, {
        nextListInstance: state.nextListInstance,
        warnings: state.warnings,
        draft: state.options.draft,
      });
    case 'signature-block':
      return signatureBlock(
        state.values,
        {
          signaturePng: state.options.signaturePng,
          defaultState: state.template.arena === 'california-workers-comp' ? 'California' : '',
          california: state.template.arena === 'california-workers-comp',
        },
        state.warnings,
        (label) => noteMissing(state, label, section),
      );
    default: {
      const unhandled: never = section.generator;
      state.warnings.add(
        `The section "${section.title}" uses a generator this version cannot print (${String(unhandled)}); it was left out.`,
      );
      return [];
    }
  }
}

function contentBlocks(section: Section, state: BuildState, hasFixedText: boolean): Block[] {
  switch (section.kind) {
    case 'narrative': {
      const doc = state.documents.get(section.id);
      if (doc) notePhraseGaps(state, doc, section);
      const text =
        !doc || documentPlainText(doc).trim() === ''
          ? []
          : serializeDocument(doc, { nextListInstance: state.nextListInstance, warnings: state.warnings, headingOffset: 1 });
      return [...text, ...narrativeAppendix(section.id, state.ctx.tables)];
    }
    case 'fields':
      return [];
    case 'table':
      return tableSectionBlocks(section, state);
    case 'generated':
      return generatedBlocks(section, state, hasFixedText);
    default: {
      const unhandled: never = section;
      return unhandled;
    }
  }
}

/** A section's body, or null when it is optional and nothing was entered (an empty optional heading reads as an omission). */
function sectionBody(section: Section, state: BuildState, keepTogether: boolean): Block[] | null {
  const fixed = fixedTextBlocks(section, state, keepTogether);
  const blocks = [...fixed, ...fieldLines(section, state), ...contentBlocks(section, state, fixed.length > 0)];
  if (blocks.length > 0) return blocks;
  if (!isSectionRequired(section, state.values)) return null;
  state.emptyRequired.push(section.title);
  if (!state.options.draft) return [];
  if (section.kind === 'table') return [noneEntered('entries')];
  return [placeholderText('[No text entered.]')];
}

export function buildTemplateReport(ctx: PrintedReport, options: RenderOptions): TemplateReport {
  const { template, documents } = ctx;
  const warnings = new ExportWarnings();
  const values = reportValues(ctx);
  const state: BuildState = {
    template,
    ctx,
    values,
    lookup: placeholderLookupFor(template),
    documents,
    options,
    warnings,
    raw: new RawXmlParts(),
    nextListInstance: createListInstanceAllocator(),
    missing: new Map(),
    emptyRequired: [],
  };
  const heading = reportHeading(template, values);
  const sections = sectionsInExportOrder(template).filter((s) => isSectionIncluded(s, values));
  const captionSection = sections.find((s): s is GeneratedSection => s.kind === 'generated' && s.generator === 'caption');

  // A caption value still in [brackets] blocks signing like any other placeholder.
  const body: Block[] = buildTemplateCaption(template, captionSection, ctx, values, heading, warnings, (label) =>
    noteMissing(state, label, captionSection ?? 'Caption'),
  );
  const withSignature = signedTogether(sections);
  for (const section of sections) {
    if (section === captionSection) continue;
    const keep = withSignature.has(section);
    const blocks = sectionBody(section, state, keep);
    if (blocks === null) continue;
    // Set on the paragraph too: a letterhead's own Heading 1 style may not keep with the next paragraph.
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: keep || undefined,
        keepLines: keep || undefined,
        children: [new TextRun(sanitizeText(section.title).text)],
      }),
    );
    body.push(...blocks);
  }

  if (options.proofOfService) {
    const proof = buildProofOfService({
      ctx,
      values,
      arena: template.arena,
      documentTitle: `${heading.title} report`,
      service: options.proofOfService,
    });
    for (const w of proof.warnings) warnings.add(w);
    // Outside California workers' comp the note says why there is no declaration: for the physician, not the parties.
    if (proof.kind === 'list-only') for (const note of proof.notes?.paragraphs ?? []) warnings.add(note);
    body.push(...proofOfServiceBlocks(proof));
  }

  const unfilled = [...state.missing].map(([label, where]) => `${label} (${[...where].join('; ')})`);
  if (state.missing.size > 0) {
    const list = unfilled;
    warnings.add(`Not entered yet, so printed in [brackets]: ${list.join(', ')}.`);
  }
  if (state.emptyRequired.length > 0)
    warnings.add(`These required sections have nothing entered yet: ${state.emptyRequired.join(', ')}.`);

  const examinee = ctx.caseRecord.examineeName.trim();
  const title = sanitizeText(examinee ? `${heading.title}: ${examinee}` : heading.title).text;
  // Never the machine's user name: the physician, or the app when no profile is set.
  const author = sanitizeText(ctx.physician?.name?.trim() || 'MedLegal Writer').text;
  const watermark = options.draft && (options.watermark ?? true);
  const reportDate = typeof values['case.reportDate'] === 'string' ? formatUsDate(values['case.reportDate']) : '';

  const document = new Document({
    creator: author,
    lastModifiedBy: author,
    title,
    revision: 1,
    ...documentStyleOptions(options.letterhead),
    numbering: REPORT_NUMBERING,
    features: { updateFields: false },
    sections: [
      {
        properties: pageProperties(true, options.letterhead?.margins),
        headers: {
          first: firstPageHeader(watermark),
          default: runningHeader({ examineeName: examinee, claimNumber: ctx.caseRecord.claimNumber, reportDate }, watermark),
        },
        footers: { first: pageFooter(), default: pageFooter() },
        children: body,
      },
    ],
  });
  return { document, raw: state.raw, warnings: warnings.list(), title, unfilled };
}
