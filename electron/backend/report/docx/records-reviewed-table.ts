// The "Records reviewed" table: one table, grouped by the sender batch the records came in (sender, date received, pages
// received and declared), each record's row (No., date, author or facility, type, pages, relied upon) followed by a
// full-width row with its cited source and the physician's summary; per batch the pages no record cites and a subtotal,
// so the Pages column adds up; and at the foot the totals the page verification states (received, duplicates, reviewed).
// The table is written as XML text (raw-wml.ts, placed by raw-xml-parts.ts): a case can cite thousands of records.
import { Paragraph, TextRun } from 'docx';
import type { FormattedText, RichDocument } from '../../../common/document/doc-model';
import { formatLooseDate } from './format-values';
import type { RecordReviewedRow, RecordsReviewed, RecordsReviewedBatch } from './generator-data';
import { cellXml, paragraphXml, rowXml, runXml, tableXml, type CellSpec } from './raw-wml';
import type { RawXmlParts } from './raw-xml-parts';
import { cleanForWord } from './sanitize-text';
import { inlineRuns } from './serialize-inline';
import { charTwips, CONTENT_WIDTH_DXA, fitColumnWidths, longestWord } from './tables';
import { ExportWarnings } from './warnings';

const SIZE = 20;
const SMALL = 18;
const THIN = { size: 4, color: '808080' } as const;
const HEADER_FILL = 'E7E6E6';
const BATCH_FILL = 'F2F2F2';
const HEADER = ['No.', 'Date', 'Author or facility', 'Type of record', 'Pages', 'Relied upon'];
const WEIGHTS = [6, 13, 31, 28, 9, 13];
const ALIGN = ['right', 'left', 'left', 'left', 'right', 'center'] as const;
const COLUMNS = HEADER.length;

const n = (value: number) => value.toLocaleString('en-US');
const plural = (value: number, one: string, many = `${one}s`) => `${n(value)} ${value === 1 ? one : many}`;

interface Ctx {
  warnings?: ExportWarnings;
}

const clean = (text: string, ctx: Ctx) => cleanForWord(text, ctx.warnings);

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const TIGHT = { before: 0, after: 0, line: 240 };

/** One line of the table's text, as paragraph XML. */
function para(
  text: string,
  ctx: Ctx,
  style: RunStyle & { align?: 'left' | 'right' | 'center'; keepNext?: boolean } = {},
): string {
  return paragraphXml(
    { keepNext: style.keepNext, spacing: TIGHT, align: style.align === 'left' ? undefined : style.align },
    runXml({
      pieces: [clean(text, ctx)],
      bold: style.bold || undefined,
      italics: style.italics || undefined,
      size: style.size ?? SIZE,
    }),
  );
}

/** Formatted text at table size: marks kept, line breaks as breaks (the report's own inline serializer). */
const runs = (nodes: FormattedText[], ctx: Ctx, bold = false): string =>
  inlineRuns(nodes, ctx.warnings ?? new ExportWarnings(), { size: SIZE, bold })
    .map(runXml)
    .join('');

const hasText = (nodes: FormattedText[]) => nodes.some((t) => t.text.trim() !== '');

/** A summary as paragraphs inside a cell: headings become bold lines, list items keep their bullet or number. */
function summaryParagraphs(doc: RichDocument, ctx: Ctx): string {
  let out = '';
  const spacing = { before: 40, after: 40, line: 252 };
  for (const block of doc) {
    switch (block.type) {
      case 'paragraph':
        if (hasText(block.children)) out += paragraphXml({ spacing }, runs(block.children, ctx));
        break;
      case 'heading-one':
      case 'heading-two':
      case 'heading-three':
        if (hasText(block.children)) out += paragraphXml({ spacing, keepNext: true }, runs(block.children, ctx, true));
        break;
      case 'bulleted-list':
      case 'numbered-list':
        block.children.forEach((item, i) => {
          const mark = block.type === 'bulleted-list' ? '•' : `${i + 1}.`;
          // A nested item (Tab in the editor) steps in one more mark's width.
          const left = 360 * (1 + (item.indent ?? 0));
          out += paragraphXml(
            { spacing: { ...spacing, before: 0 }, indent: { left, hanging: 360 }, tabStops: [{ type: 'left', position: left }] },
            runXml({ pieces: [`${mark}\t`], size: SIZE }) + runs(item.children, ctx),
          );
        });
        break;
      default: {
        const unhandled: never = block;
        ctx.warnings?.add(`A block of an unknown kind (${(unhandled as { type?: string }).type}) was left out.`);
      }
    }
  }
  return out;
}

function rowCells(r: RecordReviewedRow): string[] {
  return [
    String(r.number),
    formatLooseDate(r.date),
    r.author || 'Not stated',
    r.type || 'Not stated',
    r.pages === null ? '—' : n(r.pages),
    r.reliedUpon ? 'Yes' : 'No',
  ];
}

function batchHeading(b: RecordsReviewedBatch): string {
  const declared =
    b.declaredPages === null
      ? 'no page count declared'
      : b.declaredPages === b.pagesReceived
        ? `${n(b.declaredPages)} declared`
        : `${n(b.declaredPages)} declared by the sender`;
  const repeats = b.duplicatePages > 0 ? `; ${n(b.duplicatePages)} repeat pages received earlier` : '';
  return `Received from ${b.sender} on ${formatLooseDate(b.dateReceived)}: ${plural(b.pagesReceived, 'page')} received (${declared}${repeats})`;
}

export function buildRecordsReviewedTable(data: RecordsReviewed, raw: RawXmlParts, warnings?: ExportWarnings): Paragraph[] {
  const ctx: Ctx = { warnings };
  const allRows = [...data.batches.flatMap((b) => b.rows), ...data.unsourced].map(rowCells);
  const minimums = HEADER.map((h, i) =>
    Math.ceil(
      Math.max(longestWord(h) * charTwips(SIZE, true), ...allRows.map((r) => longestWord(r[i] ?? '') * charTwips(SIZE, false))) +
        200,
    ),
  );
  const widths = fitColumnWidths(WEIGHTS, minimums);
  const labelWidth = widths.slice(0, 4).reduce((a, b) => a + b, 0);

  const cell = (paragraphs: string, width: number, options: { span?: number; fill?: string; bottom?: boolean } = {}) =>
    cellXml({ width, span: options.span, fill: options.fill, verticalAlign: options.bottom ? 'bottom' : 'top' }, paragraphs);

  // The rows as XML text, joined once at the end: thousands of records make a table of several megabytes.
  const rows: string[] = [
    rowXml(
      { tableHeader: true, cantSplit: true },
      HEADER.map((h, i) =>
        cell(para(h, ctx, { bold: true, align: ALIGN[i] }), widths[i]!, { fill: HEADER_FILL, bottom: true }),
      ).join(''),
    ),
  ];
  const fullRow = (paragraphs: string, options: { fill?: string; cantSplit?: boolean; indent?: boolean } = {}) => {
    const spec: CellSpec = {
      width: CONTENT_WIDTH_DXA,
      span: COLUMNS,
      fill: options.fill,
      // A summary starts under the "Date" column, so it reads as belonging to the numbered row above.
      margins: options.indent ? { top: 40, left: widths[0]! + 100, bottom: 60, right: 100 } : undefined,
    };
    return rowXml({ cantSplit: options.cantSplit }, cellXml(spec, paragraphs));
  };
  const record = (r: RecordReviewedRow) => {
    const cells = rowCells(r);
    rows.push(
      rowXml(
        { cantSplit: true },
        cells
          .map((text, i) => cell(para(text, ctx, { align: ALIGN[i], keepNext: true, bold: i === 5 && r.reliedUpon }), widths[i]!))
          .join(''),
      ),
    );
    const summary = summaryParagraphs(r.summary, ctx);
    const source = r.source ? para(`Source: ${r.source}`, ctx, { italics: true, size: SMALL }) : '';
    if (summary || source) rows.push(fullRow(summary + source, { indent: true }));
  };
  const totalRow = (label: string, pages: string, bold: boolean, fill?: string) =>
    rows.push(
      rowXml(
        { cantSplit: true },
        cell(para(label, ctx, { bold, align: 'right' }), labelWidth, { span: 4, fill }) +
          cell(para(pages, ctx, { bold, align: 'right' }), widths[4]!, { fill }) +
          cell(para('', ctx), widths[5]!, { fill }),
      ),
    );

  for (const b of data.batches) {
    rows.push(fullRow(para(batchHeading(b), ctx, { bold: true, keepNext: true }), { fill: BATCH_FILL, cantSplit: true }));
    b.rows.forEach(record);
    if (b.pagesNotItemized > 0 || b.rows.length === 0)
      totalRow(`Pages received from ${b.sender} not itemized above`, n(b.pagesNotItemized), false);
    if (b.pagesCitedTwice > 0) totalRow('Less pages cited by more than one record above', `(${n(b.pagesCitedTwice)})`, false);
    totalRow(`Pages received from ${b.sender}`, n(b.pagesReceived), true);
  }
  if (data.unsourced.length) {
    rows.push(
      fullRow(para('Records not tied to a received file (not part of the page count)', ctx, { bold: true, keepNext: true }), {
        fill: BATCH_FILL,
        cantSplit: true,
      }),
    );
    data.unsourced.forEach(record);
  }
  totalRow('Total pages received', n(data.pagesReceived), true, HEADER_FILL);
  if (data.duplicatePages > 0)
    totalRow('Less exact duplicates of pages received earlier, not counted', `(${n(data.duplicatePages)})`, false, HEADER_FILL);
  totalRow('Total pages reviewed', n(data.pagesReviewed), true, HEADER_FILL);

  const records = data.batches.reduce((k, b) => k + b.rows.length, 0) + data.unsourced.length;
  const relied = [...data.batches.flatMap((b) => b.rows), ...data.unsourced].filter((r) => r.reliedUpon).length;
  const intro = new Paragraph({
    keepNext: true,
    children: [
      new TextRun(
        `The records are listed by the batch in which they were received, ${plural(records, 'record')} itemized` +
          (records ? `, ${n(relied)} of them relied upon for the opinions in this report` : '') +
          '. Each record is followed by its source pages and my summary. Pages not itemized were received and reviewed; ' +
          'exact duplicates of pages received earlier are not counted.',
      ),
    ],
  });
  const table = tableXml(
    {
      width: CONTENT_WIDTH_DXA,
      columnWidths: widths,
      margins: { top: 40, left: 100, bottom: 40, right: 100 },
      border: THIN,
    },
    rows.join(''),
  );
  return [intro, raw.placeholder(table)];
}
