// WordprocessingML written straight as text, element for element and attribute for attribute as the docx library writes
// the same options (raw-wml.test.ts holds the two side by side), for the part of the report that grows with the case:
// the records table's thousands of rows took seconds as docx objects, nearly all of it in building and serialising them.
import { TAB, type RunSpec } from './serialize-inline';

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** As docx escapes text and attribute values; the control characters XML cannot hold are dropped. */
// eslint-disable-next-line no-control-regex -- dropping the control characters XML cannot hold is the point
const escape = (text: string) => text.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

export function runXml(run: RunSpec): string {
  const props =
    (run.bold ? '<w:b/><w:bCs/>' : '') +
    (run.italics ? '<w:i/><w:iCs/>' : '') +
    (run.size !== undefined ? `<w:sz w:val="${run.size}"/><w:szCs w:val="${run.size}"/>` : '') +
    (run.underline ? '<w:u w:val="single"/>' : '');
  let out = props ? `<w:r><w:rPr>${props}</w:rPr>` : '<w:r>';
  if (run.break) out += '<w:br/>';
  for (const piece of run.pieces) out += piece === TAB ? '<w:tab/>' : `<w:t xml:space="preserve">${escape(piece)}</w:t>`;
  return `${out}</w:r>`;
}

export interface ParagraphSpec {
  keepNext?: boolean;
  tabStops?: { type: 'left'; position: number }[];
  spacing?: { before: number; after: number; line: number };
  indent?: { left: number; hanging: number };
  /** Left is Word's default and is not written. */
  align?: 'right' | 'center';
}

export function paragraphXml(p: ParagraphSpec, runs: string): string {
  let props = p.keepNext ? '<w:keepNext/>' : '';
  if (p.tabStops?.length)
    props += `<w:tabs>${p.tabStops.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>`;
  if (p.spacing) props += `<w:spacing w:after="${p.spacing.after}" w:before="${p.spacing.before}" w:line="${p.spacing.line}"/>`;
  if (p.indent) props += `<w:ind w:left="${p.indent.left}" w:hanging="${p.indent.hanging}"/>`;
  if (p.align) props += `<w:jc w:val="${p.align}"/>`;
  const content = (props ? `<w:pPr>${props}</w:pPr>` : '') + runs;
  return content ? `<w:p>${content}</w:p>` : '<w:p/>';
}

export interface CellSpec {
  /** Twentieths of a point. */
  width: number;
  span?: number;
  margins?: { top: number; left: number; bottom: number; right: number };
  fill?: string;
  verticalAlign?: 'top' | 'bottom';
}

const margins = (tag: string, m: { top: number; left: number; bottom: number; right: number }) =>
  `<${tag}><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/>` +
  `<w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></${tag}>`;

/** A cell around its paragraphs' XML; a cell without any gets the empty paragraph Word requires. */
export function cellXml(c: CellSpec, paragraphs: string): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${c.width}"/>` +
    (c.span !== undefined ? `<w:gridSpan w:val="${c.span}"/>` : '') +
    (c.margins ? margins('w:tcMar', c.margins) : '') +
    (c.fill !== undefined ? `<w:shd w:fill="${c.fill}" w:val="clear"/>` : '') +
    (c.verticalAlign ? `<w:vAlign w:val="${c.verticalAlign}"/>` : '') +
    `</w:tcPr>${paragraphs || '<w:p/>'}</w:tc>`
  );
}

export function rowXml(r: { cantSplit?: boolean; tableHeader?: boolean }, cells: string): string {
  const props = (r.cantSplit ? '<w:cantSplit/>' : '') + (r.tableHeader ? '<w:tblHeader/>' : '');
  return `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
}

export interface TableSpec {
  width: number;
  columnWidths: number[];
  margins: { top: number; left: number; bottom: number; right: number };
  /** One line style on every edge and inside line: size in eighths of a point. */
  border: { size: number; color: string };
}

/** A fixed-layout table with single borders all round and inside. */
export function tableXml(t: TableSpec, rows: string): string {
  const line = `w:val="single" w:color="${t.border.color}" w:sz="${t.border.size}"`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((edge) => `<w:${edge} ${line}/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${t.width}"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>${margins('w:tblCellMar', t.margins)}</w:tblPr>` +
    `<w:tblGrid>${t.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`
  );
}
