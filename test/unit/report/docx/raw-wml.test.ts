// The records table is written as XML text (raw-wml.ts) instead of docx objects: for every option it uses, the text must
// be what the docx library writes for the same option, so the report prints the same as before, element for element.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  cellXml,
  paragraphXml,
  rowXml,
  runXml,
  tableXml,
  type CellSpec,
  type ParagraphSpec,
} from '../../../../electron/backend/report/docx/raw-wml';
import { TAB, type RunSpec } from '../../../../electron/backend/report/docx/serialize-inline';

/** The body's XML as docx writes it, without the section properties. */
async function docxBody(children: (Paragraph | Table)[]): Promise<string> {
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  const xml = strFromU8(unzipSync(buffer)['word/document.xml']!);
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.indexOf('<w:sectPr'));
}

const textRun = (r: RunSpec) =>
  new TextRun({
    children: r.pieces.map((p) => (p === TAB ? new Tab() : p)),
    bold: r.bold,
    italics: r.italics,
    underline: r.underline ? {} : undefined,
    break: r.break ? 1 : undefined,
    size: r.size,
  });

const paragraph = (p: ParagraphSpec, runs: RunSpec[]) =>
  new Paragraph({
    keepNext: p.keepNext || undefined,
    tabStops: p.tabStops,
    spacing: p.spacing,
    indent: p.indent,
    alignment: p.align === 'right' ? AlignmentType.RIGHT : p.align === 'center' ? AlignmentType.CENTER : undefined,
    children: runs.map(textRun),
  });

const cell = (c: CellSpec, paragraphs: Paragraph[]) =>
  new TableCell({
    width: { size: c.width, type: WidthType.DXA },
    columnSpan: c.span,
    margins: c.margins,
    shading: c.fill ? { fill: c.fill } : undefined,
    verticalAlign:
      c.verticalAlign === 'bottom' ? VerticalAlign.BOTTOM : c.verticalAlign === 'top' ? VerticalAlign.TOP : undefined,
    children: paragraphs,
  });

// Every mark alone and together, tabs, breaks, empty pieces and text XML must escape.
const RUNS: RunSpec[] = [
  { pieces: ['plain'] },
  { pieces: [''], size: 20 },
  { pieces: ['Ann & Bob <"O\'Neil"> > 3'], bold: true },
  { pieces: ['a', TAB, 'b', TAB, ''], italics: true, size: 18 },
  { pieces: ['under'], underline: true },
  { pieces: ['all'], bold: true, italics: true, underline: true, break: true, size: 20 },
  { pieces: ['next line'], break: true },
  { pieces: ['•\t'], size: 20 },
  { pieces: ['pp. 16–18 é 日本'], size: 20 },
];

const PARAGRAPHS: ParagraphSpec[] = [
  {},
  { keepNext: true },
  { spacing: { before: 0, after: 0, line: 240 } },
  { keepNext: true, spacing: { before: 40, after: 40, line: 252 }, align: 'right' },
  {
    spacing: { before: 0, after: 40, line: 252 },
    indent: { left: 720, hanging: 360 },
    tabStops: [{ type: 'left', position: 720 }],
  },
  { keepNext: true, tabStops: [{ type: 'left', position: 360 }], indent: { left: 360, hanging: 360 }, align: 'center' },
];

const CELLS: CellSpec[] = [
  { width: 640, verticalAlign: 'top' },
  { width: 1301, fill: 'E7E6E6', verticalAlign: 'bottom' },
  { width: 9360, span: 6, fill: 'F2F2F2' },
  { width: 9360, span: 6, margins: { top: 40, left: 740, bottom: 60, right: 100 } },
  { width: 5000, span: 4, fill: 'E7E6E6', verticalAlign: 'top' },
];

describe('XML text written as the docx library writes it', () => {
  it('runs: marks, size, tabs, breaks and escaped text', async () => {
    for (const run of RUNS) {
      expect(paragraphXml({}, runXml(run))).toBe(await docxBody([paragraph({}, [run])]));
    }
  });

  it('paragraphs: keep with next, tab stops, spacing, indent and alignment, with and without runs', async () => {
    for (const p of PARAGRAPHS) {
      expect(paragraphXml(p, RUNS.slice(2, 5).map(runXml).join(''))).toBe(await docxBody([paragraph(p, RUNS.slice(2, 5))]));
      expect(paragraphXml(p, '')).toBe(await docxBody([paragraph(p, [])]));
    }
  });

  it('tables: fixed layout, borders, margins, header and unsplittable rows, spans, shading and empty cells', async () => {
    const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
    const p = PARAGRAPHS[3]!;
    const rows = [
      { options: { tableHeader: true, cantSplit: true }, cells: [CELLS[0]!, CELLS[1]!] },
      { options: {}, cells: [CELLS[3]!] },
      { options: { cantSplit: true }, cells: [CELLS[2]!] },
      { options: { cantSplit: true }, cells: [CELLS[4]!, CELLS[0]!] },
    ];
    const ours = tableXml(
      { width: 9360, columnWidths: [640, 1301, 7419], margins: { top: 40, left: 100, bottom: 40, right: 100 }, border: line },
      rows
        .map((r, i) =>
          rowXml(
            r.options,
            r.cells.map((c, j) => cellXml(c, i === 2 && j === 0 ? '' : paragraphXml(p, runXml(RUNS[2]!)))).join(''),
          ),
        )
        .join(''),
    );
    const theirs = new Table({
      width: { size: 9360, type: WidthType.DXA },
      columnWidths: [640, 1301, 7419],
      layout: TableLayoutType.FIXED,
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: rows.map(
        (r, i) =>
          new TableRow({
            ...r.options,
            children: r.cells.map((c, j) => cell(c, i === 2 && j === 0 ? [] : [paragraph(p, [RUNS[2]!])])),
          }),
      ),
    });
    expect(ours).toBe(await docxBody([theirs]));
  });
});
