// Table helpers with absolute DXA widths (percent widths render differently outside Word),
// header rows repeated on each page and rows that never split across pages.
import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { sanitizeText } from './sanitize-text';

/** Letter paper (12,240 twips) less two 1-inch margins. */
export const CONTENT_WIDTH_DXA = 9360;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

export function cellParagraph(text: string, bold = false): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: sanitizeText(text).text, bold })] });
}

/** Splits the content width by relative weights into whole DXA columns that add up exactly. */
export function columnWidths(weights: number[], total = CONTENT_WIDTH_DXA): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function gridTable(header: string[], rows: string[][], weights: number[]): Table {
  const widths = columnWidths(weights);
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            shading: isHeader ? { fill: 'E7E6E6' } : undefined,
            children: [cellParagraph(text, isHeader)],
          }),
      ),
    });
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

/** Label/value pairs without borders, as a caption block is laid out on letterhead. */
export function labelValueTable(pairs: [string, string][], weights: [number, number] = [35, 65]): Table {
  const widths = columnWidths(weights);
  return new Table({
    width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: widths[0]!, type: WidthType.DXA }, children: [cellParagraph(label, true)] }),
            new TableCell({ width: { size: widths[1]!, type: WidthType.DXA }, children: [cellParagraph(value)] }),
          ],
        }),
    ),
  });
}
