// Content the app builds from case data for a template's generated sections: the injuries, measurements, diagnoses,
// records, impairment (with prior awards) and apportionment tables, the parties' questions with their answers, and the
// signature block; and the temporary disability periods printed after that narrative section.
import { HeadingLevel, ImageRun, LineRuleType, Paragraph, Tab, TabStopType, TextRun, type Table } from 'docx';
import {
  answerSectionId,
  MEASUREMENT_SIDE_LABELS,
  PARTY_ROLE_LABELS,
  type CaseData,
  type Measurement,
  type PartyQuestion,
} from '../../../common/case/structure-model';
import { documentPlainText, type RichDocument } from '../../../common/document/doc-model';
import { nameWithCredentials } from '../../../common/report/physician-name';
import { describeInjuryDate } from '../../../common/report/template-values';
import { missingText, type TemplateValues } from '../../../common/template/resolve-placeholders';
import { formatUsDate } from '../../../common/util/iso-date';
import { TD_SECTION_ID } from '../../../common/template/template-uses';
import { formatMeasured, formatPercent, printedBodyPart, sentenceCase } from './format-values';
import type { CombinedAcrossInjuries, GeneratorData, TdPeriodRow } from './generator-data';
import { NUMBERED_REF, type ListInstanceAllocator } from './numbering';
import { buildRecordsReviewedTable } from './records-reviewed-table';
import type { RawXmlParts } from './raw-xml-parts';
import { sanitizeText } from './sanitize-text';
import { serializeDocument } from './serialize-block';
import { serializeInline } from './serialize-inline';
import { STYLE } from './styles';
import { gridTable } from './tables';
import type { ExportWarnings } from './warnings';
import type { Vocabulary } from '../../../common/template/vocabulary';

export type Block = Paragraph | Table;

const clean = (s: string) => sanitizeText(s).text;

/** A line in place of an empty table, so the reader sees the table was considered, not forgotten. */
export function noneEntered(what: string): Paragraph {
  return new Paragraph({ style: STYLE.placeholder, children: [new TextRun(`No ${what} entered.`)] });
}

export function injuriesTable(data: CaseData, words: Vocabulary): Block[] {
  if (data.injuries.length === 0) return [noneEntered('injuries')];
  const rows = data.injuries.map((injury, i) => {
    const parts = injury.bodyParts.map(printedBodyPart);
    if (injury.psychClaimed) parts.push('Psychiatric injury claimed');
    return [
      String(i + 1),
      describeInjuryDate(injury) || 'Not entered',
      injury.kind === 'specific' ? 'Specific' : 'Cumulative trauma',
      injury.adjNumber || 'Not yet assigned',
      parts.join('\n') || 'None entered',
    ];
  });
  // How each injury happened, as the physician described it, numbered as in the table (too long for a cell).
  const described = data.injuries
    .map((injury, i) => ({ number: i + 1, description: injury.description.trim() }))
    .filter((d) => d.description !== '')
    .map(
      (d, i) =>
        new Paragraph({
          spacing: { before: i === 0 ? 120 : 0 },
          children: [new TextRun({ text: `Injury ${d.number}: `, bold: true }), new TextRun(clean(d.description))],
        }),
    );
  return [
    gridTable(
      [
        'No.',
        words.dateOfInjury,
        'Type',
        `${(words.caseNumber ?? 'Case number').replace(/\s*\(.*\)$/, '')}`,
        'Body parts claimed',
      ],
      rows,
      [6, 24, 17, 18, 35],
      { align: ['right'] },
    ),
    ...described,
  ];
}

/** What was measured, in words: the name as entered, with "strength" or "grip strength" when the name does not say so. */
function measurementLabel(m: Measurement): string {
  const name = m.name.trim();
  switch (m.kind) {
    case 'range-of-motion':
      return name || 'Range of motion';
    case 'strength':
      return !name ? 'Strength' : /strength/i.test(name) ? name : `${name} strength`;
    case 'grip':
      return !name ? 'Grip strength' : /grip|pinch/i.test(name) ? name : `Grip strength (${name})`;
    case 'other':
      return name || 'Other';
  }
}

/**
 * The examination measurements, grouped by body part (in the order each was first entered, readings in entered order,
 * the body part named on its first row). Readings without a value are left out with a warning; with none left the
 * table is empty, so its optional section is not printed.
 */
export function measurementsTable(data: CaseData, warnings: ExportWarnings): Block[] {
  const measured = data.measurements.filter((m) => m.value.trim() !== '');
  const blank = data.measurements.length - measured.length;
  if (blank > 0)
    warnings.add(
      `${blank} measurement${blank === 1 ? ' has' : 's have'} no value, so ${blank === 1 ? 'it was' : 'they were'} left out of the measurements table.`,
    );
  if (measured.length === 0) return [];
  const groups = new Map<string, Measurement[]>();
  for (const m of measured) {
    const key = m.bodyPart.trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const rows = [...groups.values()].flatMap((group) =>
    group.map((m, i) => [
      i === 0 ? m.bodyPart.trim() : '',
      measurementLabel(m),
      m.side === 'n/a' ? '' : MEASUREMENT_SIDE_LABELS[m.side],
      formatMeasured(m.value, m.unit),
      formatMeasured(m.normal, m.unit),
    ]),
  );
  return [
    gridTable(['Body part', 'Measurement', 'Side', 'Value', 'Normal'], rows, [22, 36, 12, 15, 15], {
      align: ['left', 'left', 'center', 'center', 'center'],
      alignHeader: true,
    }),
  ];
}

export function diagnosesTable(data: CaseData): Block[] {
  if (data.diagnoses.length === 0) return [noneEntered('diagnoses')];
  const rows = data.diagnoses.map((d) => [d.bodyPart || 'Not specified', d.code, d.description]);
  return [gridTable(['Body part', 'ICD-10-CM code', 'Description'], rows, [24, 19, 57])];
}

/** The records reviewed, per sender batch, with each record's summary and the page totals (records-reviewed-table.ts). */
export function recordsReviewedTable(data: GeneratorData, raw: RawXmlParts, warnings?: ExportWarnings): Block[] {
  const records = data.records;
  if (!records || (records.batches.length === 0 && records.unsourced.length === 0)) return [noneEntered('records')];
  return buildRecordsReviewedTable(records, raw, warnings);
}

/** "A", "A and B", "A, B and C". */
const wordList = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;

/**
 * The injuries' values combined into one (the Benson exception): the value, which injury values were combined and each
 * step, then the physician's reason the disability cannot be parsed among the injuries. Nothing when not chosen.
 */
function combinedAcrossInjuries(across: CombinedAcrossInjuries | undefined): Block[] {
  if (!across) return [];
  const values = across.injuries.map((i) => `${formatPercent(i.value)} WPI (${i.injury})`);
  return [
    new Paragraph({
      spacing: { before: 160 },
      keepNext: true,
      children: [
        new TextRun({ text: 'Combined across injuries: ', bold: true }),
        new TextRun({ text: `${formatPercent(across.value)} WPI`, bold: true }),
      ],
    }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 60 },
      children: [
        new TextRun(
          clean(
            `The injuries’ values, ${wordList(values)}, combined using the ${across.citation}, largest value first, each step rounded half up:`,
          ),
        ),
      ],
    }),
    ...across.steps.map(
      (step, i) =>
        new Paragraph({
          indent: { left: 720 },
          spacing: { after: 0 },
          keepNext: i < across.steps.length - 1 || undefined,
          children: [new TextRun(clean(step))],
        }),
    ),
    new Paragraph({
      spacing: { before: 120 },
      children: [new TextRun({ text: 'The injuries cannot be parsed: ', bold: true }), new TextRun(clean(across.reason))],
    }),
  ];
}

export function impairmentTable(data: GeneratorData): Block[] {
  const impairment = data.impairment;
  if (!impairment || impairment.rows.length === 0) return [noneEntered('impairment ratings'), ...priorAwardsTable(data)];
  // The method cell shows how a regional value became the WPI (digit → hand → extremity → whole person).
  const rows = impairment.rows.map((r) => [
    r.bodyPart,
    sentenceCase(r.injury),
    [r.method, r.conversion ?? ''].filter((s) => s.trim() !== '').join('\n'),
    r.citation,
    formatPercent(r.wpi),
  ]);
  const out: Block[] = [
    gridTable(['Body part', 'Injury', 'Method', 'AMA Guides citation', 'WPI'], rows, [18, 17, 29, 25, 11], {
      align: ['left', 'left', 'left', 'left', 'right'],
    }),
  ];
  const combos = impairment.combinedByInjury ?? (impairment.combined ? [{ ...impairment.combined, injury: '' }] : []);
  for (const combined of combos) {
    const label = combined.injury
      ? `Combined whole person impairment, ${combined.injury}: `
      : 'Combined whole person impairment: ';
    out.push(
      new Paragraph({
        spacing: { before: 160 },
        keepNext: combined.steps.length > 0 || undefined,
        children: [
          new TextRun({ text: clean(label), bold: true }),
          new TextRun({ text: `${formatPercent(combined.value)} WPI`, bold: true }),
        ],
      }),
    );
    if (combined.steps.length) {
      const how =
        combined.method === 'add'
          ? 'Added instead of combined, for the reason given below:'
          : `Combined using the ${clean(combined.citation ?? 'Combined Values Chart')}, largest value first, each step rounded half up:`;
      out.push(new Paragraph({ keepNext: true, spacing: { after: 60 }, children: [new TextRun(how)] }));
      combined.steps.forEach((step, i) =>
        out.push(
          new Paragraph({
            indent: { left: 720 },
            spacing: { after: 0 },
            keepNext: i < combined.steps.length - 1 || undefined,
            children: [new TextRun(clean(step))],
          }),
        ),
      );
    }
    // The explanation restates the steps (and the citation) in one sentence: printed only when there are no steps.
    if (combined.explanation && combined.steps.length === 0)
      out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun(clean(combined.explanation))] }));
    if (combined.method === 'add' && combined.reason) {
      out.push(
        new Paragraph({
          children: [
            new TextRun({ text: 'Reason for adding (activities of daily living, Kite/Vigil): ', bold: true }),
            new TextRun(clean(combined.reason)),
          ],
        }),
      );
    }
  }
  out.push(...combinedAcrossInjuries(impairment.combinedAcrossInjuries));
  // Almaraz/Guzman: the strict rating, the alternative within the four corners of the Guides, and why it is more accurate.
  for (const r of impairment.rows) {
    const ag = r.almarazGuzman;
    if (!ag) continue;
    out.push(
      new Paragraph({
        spacing: { before: 120 },
        children: [
          new TextRun({ text: clean(`Almaraz/Guzman, ${r.bodyPart} (${r.injury}): `), bold: true }),
          new TextRun(
            `strict rating ${formatPercent(ag.strictWpi)} WPI; alternative rating within the four corners of the Guides ${formatPercent(ag.alternativeWpi)} WPI. `,
          ),
          new TextRun(clean(ag.reasons)),
        ],
      }),
    );
  }
  return [...out, ...priorAwardsTable(data)];
}

/** Prior permanent disability awards the physician entered (LC §4664(b) presumes they still exist); nothing when none. */
function priorAwardsTable(data: GeneratorData): Block[] {
  const awards = data.priorAwards ?? [];
  if (awards.length === 0) return [];
  const rows = awards.map((a) => [a.region, formatPercent(a.percent), a.description]);
  return [
    new Paragraph({
      spacing: { before: 160 },
      keepNext: true,
      children: [new TextRun({ text: 'Prior permanent disability awards (Labor Code §4664(b)):', bold: true })],
    }),
    gridTable(['Region (LC §4664(c)(1))', 'Percent', 'Award'], rows, [40, 12, 48], { align: ['left', 'right', 'left'] }),
  ];
}

/** The cause a factor names, with its kind on a line below: "Degenerative disc disease L4-5\n(pre-existing pathology)". */
const factorCause = (f: { kind?: string; label: string }) => {
  const label = f.label.trim();
  if (!f.kind) return label;
  return label ? `${label}\n(${f.kind.toLowerCase()})` : f.kind;
};

/** The body parts whose apportionment cannot be determined, each with the physician's specific reasons (LC §4663(c)). */
function cannotApportionBlocks(data: GeneratorData): Block[] {
  return (data.cannotApportion ?? []).map(
    (c) =>
      new Paragraph({
        spacing: { before: 120 },
        children: [
          new TextRun({ text: clean(`${c.bodyPart}, ${c.injury}: apportionment cannot be determined. `), bold: true }),
          new TextRun(clean(c.reasons)),
        ],
      }),
  );
}

export function apportionmentTable(data: GeneratorData, warnings: ExportWarnings): Block[] {
  const entries = data.apportionment ?? [];
  const cannot = cannotApportionBlocks(data);
  if (entries.length === 0) return cannot.length ? cannot : [noneEntered('apportionment determinations')];
  const rows: string[][] = [];
  const out: Block[] = [];
  for (const e of entries) {
    // The injury label is written to read inside sentences; a table cell starts one.
    const injury = sentenceCase(e.injury);
    rows.push([e.bodyPart, injury, 'This industrial injury', formatPercent(e.industrialPercent)]);
    for (const f of e.factors) rows.push([e.bodyPart, injury, factorCause(f), formatPercent(f.percent)]);
    const total = e.industrialPercent + e.factors.reduce((s, f) => s + f.percent, 0);
    if (total !== 100) warnings.add(`Apportionment for ${e.bodyPart} (${e.injury}) adds up to ${total}%, not 100%.`);
  }
  out.push(
    gridTable(['Body part', 'Injury', 'Cause of permanent disability', 'Percent'], rows, [20, 20, 46, 14], {
      align: ['left', 'left', 'left', 'right'],
    }),
  );
  // Escobedo: how and why each cause contributes its share, the industrial injury's included, body part by body part.
  const explained = entries.flatMap((e) => {
    if (!e.industrialExplanation.trim())
      warnings.add(
        `Apportionment for ${e.bodyPart} (${e.injury}): how and why this injury causes its share is not entered, so it was not printed.`,
      );
    const industrial = { label: 'This industrial injury', percent: e.industrialPercent, explanation: e.industrialExplanation };
    return [industrial, ...e.factors].filter((f) => f.explanation.trim()).map((f) => ({ e, f }));
  });
  if (explained.length) {
    out.push(
      new Paragraph({
        spacing: { before: 200 },
        keepNext: true,
        children: [new TextRun({ text: 'How and why each cause contributes its share:', bold: true })],
      }),
    );
    for (const { e, f } of explained) {
      out.push(
        new Paragraph({
          children: [
            new TextRun({
              text: `${clean(e.bodyPart)}, ${clean(e.injury)}: ${clean(f.label.trim() || factorCause(f))} (${formatPercent(f.percent)}). `,
              italics: true,
            }),
            new TextRun(clean(f.explanation)),
          ],
        }),
      );
    }
  }
  return [...out, ...cannot];
}

const TD_KIND_LABELS: Record<TdPeriodRow['kind'], string> = {
  total: 'Temporary total disability (TTD)',
  partial: 'Temporary partial disability (TPD)',
};

/** The temporary disability periods entered in the discussion, in date order; nothing when none were entered. */
function tdPeriodsTable(data: GeneratorData): Block[] {
  const periods = data.tdPeriods ?? [];
  if (periods.length === 0) return [];
  const rows = periods.map((p) => [TD_KIND_LABELS[p.kind], formatUsDate(p.from), p.to ? formatUsDate(p.to) : 'Ongoing']);
  return [
    new Paragraph({
      spacing: { before: 160 },
      keepNext: true,
      children: [new TextRun({ text: 'Periods of temporary disability:', bold: true })],
    }),
    gridTable(['Period', 'From', 'Through'], rows, [50, 25, 25], { align: ['left', 'center', 'center'], alignHeader: true }),
  ];
}

/** What the app prints after a narrative section's text: the temporary disability periods after that section. */
export function narrativeAppendix(sectionId: string, data: GeneratorData): Block[] {
  return sectionId === TD_SECTION_ID ? tdPeriodsTable(data) : [];
}

/** "0" when nothing was reviewed: the verification must state a number, even zero. */
export function pageVerification(values: TemplateValues, hasFixedText: boolean): Block[] {
  if (hasFixedText) return [];
  const pages = Number(values['records.totalPagesReviewed'] ?? 0) || 0;
  return [
    new Paragraph({
      children: [
        new TextRun(
          `I verify under penalty of perjury that the total number of pages of records reviewed by me in connection with this report is ${pages.toLocaleString('en-US')}.`,
        ),
      ],
    }),
  ];
}

interface QuestionGroup {
  title: string;
  questions: PartyQuestion[];
}

function groupQuestions(data: CaseData): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  const partyById = new Map(data.parties.map((p) => [p.id, p]));
  for (const q of data.questions) {
    const party = q.partyId ? partyById.get(q.partyId) : undefined;
    const key = party ? party.id : 'all';
    if (!groups.has(key)) {
      const who = party
        ? `${[party.name, party.organization].filter(Boolean).join(', ')} (${PARTY_ROLE_LABELS[party.role].toLowerCase()})`
        : 'all parties';
      groups.set(key, { title: `Questions from ${who}`, questions: [] });
    }
    groups.get(key)!.questions.push(q);
  }
  // Parties in the order they were entered in the case; joint questions first.
  const order = ['all', ...data.parties.map((p) => p.id)];
  return [...groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([, g]) => g);
}

/**
 * A number typed before a question ("1.", "1)", "(1)", "Q1:", "Question 1:", "Question No. 1 -"). A bare number counts
 * only with its punctuation, and never before a digit, so "10 days after…" and "1.5 mg…" keep theirs.
 */
const TYPED_NUMBER = /^\s*(?:(?:question|q)\s*\.?\s*(?:no\.|#)?\s*(\d{1,3})\s*[.):\-–—]?|\(?(\d{1,3})\s*[.):\-–—])\s*(?!\d)/i;

/** The question without a number the physician typed before it, and that number. */
export function splitTypedNumber(text: string): { number: number | null; text: string } {
  const match = TYPED_NUMBER.exec(text);
  const rest = match ? text.slice(match[0].length) : '';
  if (!match || rest.trim() === '') return { number: null, text };
  return { number: Number(match[1] ?? match[2]), text: rest };
}

/** The question paragraph: numbered by the list, or, when the party's own numbers are kept, by that number as text. */
function questionParagraph(text: string, listInstance: number, ownNumber: number | null): Paragraph {
  const lines = clean(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, italics: true, break: i > 0 ? 1 : undefined }));
  if (ownNumber === null)
    return new Paragraph({
      numbering: { reference: NUMBERED_REF, level: 0, instance: listInstance },
      keepNext: true,
      children: lines,
    });
  // Laid out like the list's items (number hanging in the margin, text at 0.5 in), so both kinds of group look alike.
  return new Paragraph({
    indent: { left: 720, hanging: 360 },
    tabStops: [{ type: TabStopType.LEFT, position: 720 }],
    keepNext: true,
    children: [new TextRun(`${ownNumber}.`), new TextRun({ children: [new Tab()] }), ...lines],
  });
}

/**
 * Each party's questions as that party wrote them, each followed by its answer, numbered from 1 per party. A number the
 * physician typed before a question is not printed a second time ("1. 1."); when every question of a party carries one
 * and they do not run 1, 2, 3… (the physician entered only some of the party's questions), the party's own numbers
 * are printed instead, so each answer still points to the question the party asked.
 */
export function partyQuestionsAnswers(
  data: CaseData,
  documents: ReadonlyMap<string, RichDocument>,
  ctx: { nextListInstance: ListInstanceAllocator; warnings: ExportWarnings; draft: boolean },
): Block[] {
  if (data.questions.length === 0) return [noneEntered('questions from the parties')];
  const out: Block[] = [];
  let unanswered = 0;
  for (const group of groupQuestions(data)) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clean(group.title))] }));
    const instance = ctx.nextListInstance();
    const typed = group.questions.map((q) => splitTypedNumber(q.text));
    const ownNumbers = typed.every((t) => t.number !== null) && typed.some((t, i) => t.number !== i + 1);
    for (const [i, q] of group.questions.entries()) {
      const { number, text } = typed[i]!;
      out.push(questionParagraph(text, instance, ownNumbers ? number : null));
      const answer = documents.get(answerSectionId(q.id));
      if (!answer || documentPlainText(answer).trim() === '') {
        unanswered++;
        out.push(
          new Paragraph({
            indent: { left: 720 },
            children: [
              new TextRun({ text: 'Answer: ', bold: true }),
              ...(ctx.draft ? [new TextRun({ text: '[No answer entered.]', italics: true })] : []),
            ],
          }),
        );
        continue;
      }
      const [first, ...rest] = answer;
      if (first && first.type === 'paragraph') {
        out.push(
          new Paragraph({
            children: [new TextRun({ text: 'Answer: ', bold: true }), ...serializeInline(first.children, ctx.warnings)],
          }),
        );
        out.push(
          ...serializeDocument(rest, { nextListInstance: ctx.nextListInstance, warnings: ctx.warnings, headingOffset: 1 }),
        );
      } else {
        out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Answer:', bold: true })] }));
        out.push(
          ...serializeDocument(answer, { nextListInstance: ctx.nextListInstance, warnings: ctx.warnings, headingOffset: 1 }),
        );
      }
    }
  }
  if (unanswered) ctx.warnings.add(`${unanswered} of the parties' question(s) have no answer yet.`);
  return out;
}

/** Width and height of a PNG from its IHDR chunk; null when the bytes are not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

const SIGNATURE_BOX = { width: 240, height: 80 };

/**
 * Every paragraph of the signature block stays whole and with the next, so the block never splits across pages; the
 * declarations before it keep with it too (build-template-report.ts). Set on each paragraph, not only in the style,
 * which a letterhead's styles may redefine.
 */
const SIGNATURE_LINE = { style: STYLE.signature, keepNext: true, keepLines: true } as const;

export function signatureBlock(
  values: TemplateValues,
  options: { signaturePng?: Uint8Array; defaultState: string; california: boolean },
  warnings: ExportWarnings,
  missing: (label: string) => void,
): Block[] {
  const str = (name: string) => (values[name] === undefined || values[name] === null ? '' : String(values[name]).trim());
  const want = (name: string, label: string) => {
    const v = str(name);
    if (!v) missing(label);
    return v || missingText(label);
  };
  const out: Block[] = [];
  const size = options.signaturePng ? pngSize(options.signaturePng) : null;
  if (options.signaturePng && !size) warnings.add('The signature image is not a PNG file, so the signature line was left blank.');
  if (options.signaturePng && size) {
    const scale = Math.min(SIGNATURE_BOX.width / size.width, SIGNATURE_BOX.height / size.height, 1);
    out.push(
      new Paragraph({
        ...SIGNATURE_LINE,
        // "At least" spacing: LibreOffice crops an inline picture in a paragraph with proportional line spacing.
        spacing: { before: 240, line: 240, lineRule: LineRuleType.AT_LEAST },
        children: [
          new ImageRun({
            type: 'png',
            data: options.signaturePng,
            transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
            altText: { name: 'Signature', title: 'Signature', description: 'Signature of the reporting physician' },
          }),
        ],
      }),
    );
  } else {
    out.push(new Paragraph({ ...SIGNATURE_LINE, spacing: { before: 720 }, children: [] }));
  }
  out.push(new Paragraph({ ...SIGNATURE_LINE, children: [new TextRun('\u005F'.repeat(36))] }));
  const name = want('physician.name', 'physician name');
  const credentials = str('physician.credentials');
  out.push(
    new Paragraph({
      ...SIGNATURE_LINE,
      children: [new TextRun({ text: clean(nameWithCredentials(name, credentials)), bold: true })],
    }),
  );
  const specialty = str('physician.specialty');
  if (specialty) out.push(new Paragraph({ ...SIGNATURE_LINE, children: [new TextRun(clean(specialty))] }));
  // A QME number certifies a California medical-legal evaluator; an auto or disability report does not print it.
  const qme = options.california ? str('physician.qmeNumber') : '';
  if (qme)
    out.push(new Paragraph({ ...SIGNATURE_LINE, children: [new TextRun(`Qualified Medical Evaluator No. ${clean(qme)}`)] }));
  const license = str('physician.licenseNumber');
  if (license) out.push(new Paragraph({ ...SIGNATURE_LINE, children: [new TextRun(`Medical License No. ${clean(license)}`)] }));
  const rawDate = str('signing.date');
  const date = formatUsDate(rawDate) || rawDate;
  if (!date) missing('date of signing');
  const county = want('signing.county', 'county of signing');
  const state = str('signing.state') || options.defaultState;
  out.push(
    new Paragraph({
      ...SIGNATURE_LINE,
      spacing: { before: 120 },
      children: [new TextRun(`Date signed: ${date || missingText('date of signing')}`)],
    }),
  );
  out.push(
    new Paragraph({
      ...SIGNATURE_LINE,
      children: [new TextRun(clean(`Signed in ${county} County${state ? `, ${state}` : ''}`))],
    }),
  );
  return out;
}
