// Table helpers with absolute DXA widths (percent widths render differently outside Word),
// header rows repeated on each page and rows that never split across pages.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { sanitizeText } from './sanitize-text';

/** Letter paper (12,240 twips) less two 1-inch margins. */
export const CONTENT_WIDTH_DXA = 9360;
/** Table text is a size smaller than the body so wide grids (8 columns) stay readable in portrait. */
const TABLE_TEXT_SIZE = 20;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const HEADER_FILL = 'E7E6E6';
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 } as const;

export type CellAlign = 'left' | 'right' | 'center';

export interface CellTextOptions {
  bold?: boolean;
  italics?: boolean;
  align?: CellAlign;
  size?: number;
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

/** One paragraph per line of the text, so a multi-line value stays multi-line in its cell. */
function cellParagraphs(text: string, options: CellTextOptions = {}): Paragraph[] {
  return sanitizeText(text)
    .text.split('\n')
    .map(
      (line) =>
        new Paragraph({
          spacing: { before: 0, after: 0, line: 240 },
          alignment: options.align ? ALIGN[options.align] : undefined,
          children: [
            new TextRun({
              text: line,
              bold: options.bold || undefined,
              italics: options.italics || undefined,
              size: options.size,
            }),
          ],
        }),
    );
}

/** Splits the content width by relative weights into whole DXA columns that add up exactly. */
export function columnWidths(weights: number[], total = CONTENT_WIDTH_DXA): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export interface GridOptions {
  /** Per column; numbers read best right-aligned. */
  align?: CellAlign[];
  /** Whether the header cells take the column's alignment too (a centred column under a centred heading). */
  alignHeader?: boolean;
  /** Rows (by index into `rows`) printed in bold, e.g. a total. */
  boldRows?: number[];
}

/** Average advance of a serif glyph, generously (0.55 em), in twips, at a size in half-points. */
export const charTwips = (size: number, bold: boolean) => (size / 2) * 20 * (bold ? 0.6 : 0.55);

export function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => [...w].length));
}

/**
 * Column widths that give each column at least its longest word (so "11/02/2026" or "Occasionally" never breaks
 * mid-word), then share what is left by the weights. When even the longest words do not fit, they shrink together.
 */
export function fitColumnWidths(weights: number[], minimums: number[], total = CONTENT_WIDTH_DXA): number[] {
  const minSum = minimums.reduce((a, b) => a + b, 0);
  if (minSum >= total) return columnWidths(minimums, total);
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.map((w, i) => (fixed.has(i) ? 0 : w));
    const freeWeight = free.reduce((a, b) => a + b, 0);
    const left = total - [...fixed].reduce((a, i) => a + minimums[i]!, 0);
    const share = free.map((w) => (freeWeight ? (w / freeWeight) * left : 0));
    const short = share.findIndex((w, i) => !fixed.has(i) && w < minimums[i]!);
    if (short < 0)
      return columnWidths(
        weights.map((_, i) => (fixed.has(i) ? minimums[i]! : share[i]!)),
        total,
      );
    fixed.add(short);
  }
}

export function gridTable(header: string[], rows: string[][], weights: number[], options: GridOptions = {}): Table {
  // Wide grids (such as the 8-column restrictions grid) drop to 9 pt with narrower cell margins before words would break.
  const minimumsAt = (size: number, pad: number) =>
    header.map((h, i) =>
      Math.ceil(
        Math.max(longestWord(h) * charTwips(size, true), ...rows.map((r) => longestWord(r[i] ?? '') * charTwips(size, false))) +
          pad,
      ),
    );
  let size = TABLE_TEXT_SIZE;
  let margins: { top: number; bottom: number; left: number; right: number } = CELL_MARGINS;
  let minimums = minimumsAt(size, CELL_MARGINS.left + CELL_MARGINS.right);
  if (minimums.reduce((a, b) => a + b, 0) > CONTENT_WIDTH_DXA) {
    size = TABLE_TEXT_SIZE - 2;
    margins = { top: 40, bottom: 40, left: 60, right: 60 };
    minimums = minimumsAt(size, 120);
  }
  const widths = fitColumnWidths(weights, minimums);
  const boldRows = new Set(options.boldRows ?? []);
  const row = (cells: string[], isHeader: boolean, bold: boolean) =>
    new TableRow({
      tableHeader: isHeader || undefined,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            shading: isHeader ? { fill: HEADER_FILL } : undefined,
            verticalAlign: isHeader ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
            children: cellParagraphs(text, {
              bold: isHeader || bold,
              size,
              align: isHeader && !options.alignHeader ? undefined : options.align?.[i],
            }),
          }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [row(header, true, true), ...rows.map((r, i) => row(r, false, boldRows.has(i)))],
  });
}

/** Label/value pairs without inner borders, as a caption block is laid out on letterhead. */
export function labelValueTable(pairs: [string, string][], weights: [number, number] = [35, 65], frame = false): Table {
  const widths = columnWidths(weights);
  const rule = frame ? THIN : NO_BORDER;
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 20, bottom: 20, left: 60, right: 60 },
    borders: {
      top: rule,
      bottom: rule,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: widths[0]!, type: WidthType.DXA }, children: cellParagraphs(label, { bold: true }) }),
            new TableCell({ width: { size: widths[1]!, type: WidthType.DXA }, children: cellParagraphs(value) }),
          ],
        }),
    ),
  });
}

/** Borderless columns of free paragraphs (the "To:" block), one table row per line of blocks. */
export function blockColumnsTable(rows: Paragraph[][][], weights: number[]): Table {
  const widths = columnWidths(weights);
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 120, left: 60, right: 60 },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: widths.map(
            (w, i) =>
              new TableCell({
                width: { size: w, type: WidthType.DXA },
                children: cells[i]?.length ? cells[i]! : [new Paragraph({ spacing: { after: 0 } })],
              }),
          ),
        }),
    ),
  });
}
