// Clipboard HTML (Word, Google Docs, LibreOffice, browsers) → the report's document model: headings, bold/italic/underline,
// lists (Word's mso-list paragraphs included), tables as one readable paragraph per row; all other formatting is dropped.
// Works on any DOM (the page's DOMParser, or jsdom in unit tests) and reads only tags, attributes and inline styles.
import {
  MAX_LIST_INDENT,
  type BlockElement,
  type FormattedText,
  type HeadingType,
  type ListItemElement,
  type ListType,
  type Mark,
  type RichDocument,
} from '../../../../electron/common/document/doc-model';

type Marks = Partial<Record<Mark, true>>;

/** A block as found in the clipboard, before lists are grouped: list items keep their nesting depth (0 = top level). */
export type PastedBlock =
  | { kind: 'paragraph' | HeadingType; runs: FormattedText[] }
  | { kind: 'list-item'; list: ListType; depth: number; runs: FormattedText[] };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Content that is never text a physician meant to paste.
const SKIPPED = new Set([
  'head',
  'style',
  'script',
  'template',
  'title',
  'meta',
  'link',
  'noscript',
  'xml',
  'img',
  'svg',
  'math',
  'object',
  'iframe',
  'video',
  'audio',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'colgroup',
  'col',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'main',
  'nav',
  'p',
  'section',
  'summary',
]);
const HEADINGS: Record<string, HeadingType> = {
  h1: 'heading-one',
  h2: 'heading-two',
  h3: 'heading-three',
  h4: 'heading-three',
  h5: 'heading-three',
  h6: 'heading-three',
};
// Word and LibreOffice name their title and heading paragraph styles; Word writes some of them as <p class=...>.
const HEADING_CLASSES: [RegExp, HeadingType][] = [
  [/^(MsoTitle|Title)$/i, 'heading-one'],
  [/^(MsoSubtitle|Subtitle)$/i, 'heading-two'],
  [/^MsoHeading([1-9])$/i, 'heading-one'],
];

/** Inline CSS declarations by property name, lower case (`mso-list`, `font-weight` …), read from the raw attribute. */
function styleOf(el: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const decl of (el.getAttribute('style') ?? '').split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0)
      map.set(
        decl.slice(0, colon).trim().toLowerCase(),
        decl
          .slice(colon + 1)
          .trim()
          .toLowerCase(),
      );
  }
  return map;
}

function marksOf(el: Element, tag: string, inherited: Marks): Marks {
  const marks: Marks = { ...inherited };
  if (tag === 'b' || tag === 'strong') marks.bold = true;
  if (tag === 'i' || tag === 'em' || tag === 'cite') marks.italic = true;
  if (tag === 'u' || tag === 'ins') marks.underline = true;
  const style = styleOf(el);
  const weight = style.get('font-weight');
  if (weight !== undefined) {
    const numeric = Number(weight);
    const bold = weight === 'bold' || weight === 'bolder' || (Number.isFinite(numeric) && numeric >= 600);
    // Google Docs wraps its whole fragment in <b style="font-weight:normal">: the style wins over the tag.
    if (bold) marks.bold = true;
    else if (weight === 'normal' || weight === 'lighter' || (Number.isFinite(numeric) && numeric < 600)) delete marks.bold;
  }
  const fontStyle = style.get('font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') marks.italic = true;
  else if (fontStyle === 'normal') delete marks.italic;
  const decoration = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (decoration !== undefined) {
    if (decoration.includes('underline')) marks.underline = true;
    else if (decoration.includes('none')) delete marks.underline;
  }
  return marks;
}

const BULLET_MARKER = /^[·•▪◦○●■□◆◇➢➤►✓✔§o*\-–—]$/u;
// A number or letter marker as Word writes it: "1.", "a)", "(iv)", "12.3." …
const NUMBER_MARKER = /^\(?([0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})([.)]([0-9]{1,3}[.)]?)*)$/i;
const LEADING_MARKER = /^\s*([·•▪◦○●■□◆◇➢➤►✓✔§*\-–—]|o(?=\s)|\(?([0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)]([0-9]{1,3}[.)]?)*)\s+/iu;

const listTypeOfMarker = (marker: string): ListType =>
  NUMBER_MARKER.test(marker) && !BULLET_MARKER.test(marker) ? 'numbered-list' : 'bulleted-list';

/** Word's list paragraph: `mso-list: l0 level2 lfo1` → which list (l0/lfo1) and its level (0-based). */
function msoListOf(el: Element): { id: string; depth: number } | null {
  const value = styleOf(el).get('mso-list');
  const match = value && /^(l\d+)\s+level(\d+)\s+(lfo\d+)/.exec(value);
  if (!match) return null;
  return { id: `${match[1]} ${match[3]}`, depth: Math.max(0, Number(match[2]) - 1) };
}

const isMsoMarker = (el: Element) => styleOf(el).get('mso-list') === 'ignore';

function findMsoMarker(el: Element): Element | null {
  for (const child of Array.from(el.children)) {
    if (isMsoMarker(child)) return child;
    const inner = findMsoMarker(child);
    if (inner) return inner;
  }
  return null;
}

const cleanSpaces = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

class Converter {
  readonly blocks: PastedBlock[] = [];
  private current: PastedBlock | null = null;
  /** Depth of ul/ol elements around the node being read, and the type of the innermost. */
  private listDepth = 0;
  private listType: ListType = 'bulleted-list';
  /** Inside <pre>: line breaks in the text start new paragraphs. */
  private preformatted = false;

  private open(block: PastedBlock): void {
    this.flush();
    this.current = block;
  }

  /** Ends the block being written; a block with no visible text is dropped, so empty runs never appear. */
  flush(): void {
    const block = this.current;
    this.current = null;
    if (!block) return;
    const runs = tidyRuns(block.runs);
    if (runs.length === 0) return;
    this.blocks.push({ ...block, runs });
  }

  private addText(text: string, marks: Marks): void {
    if (this.preformatted) {
      const lines = text.split(/\r\n|\r|\n/);
      lines.forEach((line, i) => {
        if (i > 0) this.open({ kind: 'paragraph', runs: [] });
        this.addRun(line.replace(/\u00a0/g, ' '), marks);
      });
      return;
    }
    this.addRun(cleanSpaces(text), marks);
  }

  private addRun(text: string, marks: Marks): void {
    if (!text) return;
    if (!this.current) {
      // Text outside any block (a browser selection of a few words, a <span> fragment) opens a paragraph, or
      // continues the list item it belongs to.
      if (text.trim() === '') return;
      this.current =
        this.listDepth > 0
          ? { kind: 'list-item', list: this.listType, depth: this.listDepth - 1, runs: [] }
          : { kind: 'paragraph', runs: [] };
    }
    this.current.runs.push({ text, ...marks });
  }

  walk(node: Node, marks: Marks): void {
    if (node.nodeType === TEXT_NODE) {
      this.addText(node.nodeValue ?? '', marks);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return; // comments, including Word's <![if !supportLists]>
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (SKIPPED.has(tag) || isMsoMarker(el)) return;
    const own = marksOf(el, tag, marks);

    if (tag === 'br') {
      if (this.current?.kind === 'list-item') this.addRun(' ', own);
      else if (this.current) this.open({ kind: this.current.kind, runs: [] } as PastedBlock);
      return;
    }
    if (tag === 'table') return this.table(el, own);
    if (tag === 'ul' || tag === 'ol') return this.list(el, tag, own);
    if (tag === 'li') return this.listItem(el, own);
    if (tag === 'pre') {
      this.open({ kind: 'paragraph', runs: [] });
      this.preformatted = true;
      this.children(el, own);
      this.preformatted = false;
      this.flush();
      return;
    }
    const heading = HEADINGS[tag] ?? (tag === 'p' ? headingOfClass(el) : undefined);
    if (heading) {
      this.open({ kind: heading, runs: [] });
      this.children(el, own);
      this.flush();
      return;
    }
    const mso = tag === 'p' || tag === 'div' ? msoListOf(el) : null;
    if (mso) return this.msoListParagraph(el, mso.depth, own);
    if (BLOCKS.has(tag)) {
      // Inside a list item a paragraph continues the item (LibreOffice and Google Docs write <li><p>…</p></li>).
      if (this.current?.kind === 'list-item' && this.listDepth > 0) {
        if (this.current.runs.length) this.addRun(' ', own);
        this.children(el, own);
        return;
      }
      this.flush();
      this.children(el, own);
      this.flush();
      return;
    }
    this.children(el, own); // inline element (span, a, font, o:p …): only its text and marks count
  }

  private children(el: Element, marks: Marks): void {
    for (const child of Array.from(el.childNodes)) this.walk(child, marks);
  }

  private list(el: Element, tag: string, marks: Marks): void {
    this.flush();
    const saved = { depth: this.listDepth, type: this.listType };
    this.listDepth += 1;
    this.listType = tag === 'ol' ? 'numbered-list' : 'bulleted-list';
    this.children(el, marks);
    this.flush();
    this.listDepth = saved.depth;
    this.listType = saved.type;
  }

  private listItem(el: Element, marks: Marks): void {
    // Google Docs states the level on each item (aria-level); otherwise the depth of the ul/ol nesting counts.
    const ariaLevel = Number(el.getAttribute('aria-level'));
    const depth = Number.isInteger(ariaLevel) && ariaLevel > 0 ? ariaLevel - 1 : Math.max(0, this.listDepth - 1);
    this.open({ kind: 'list-item', list: this.listType, depth, runs: [] });
    this.children(el, marks);
    this.flush();
  }

  private msoListParagraph(el: Element, depth: number, marks: Marks): void {
    const marker = findMsoMarker(el);
    const markerText = marker ? cleanSpaces(marker.textContent ?? '').trim() : '';
    const block: PastedBlock = { kind: 'list-item', list: 'bulleted-list', depth, runs: [] };
    this.open(block);
    this.children(el, marks);
    if (marker) {
      block.list = listTypeOfMarker(markerText);
    } else {
      // No conditional-comment marker span (some Word versions, or a sanitised copy): the marker is the leading text.
      const first = block.runs.find((r) => r.text.trim() !== '');
      const match = first && LEADING_MARKER.exec(first.text);
      if (first && match) {
        block.list = listTypeOfMarker(match[1] ?? '');
        first.text = first.text.slice(match[0].length);
      }
    }
    this.flush();
  }

  private table(el: Element, marks: Marks): void {
    this.flush();
    for (const row of rowsOf(el)) {
      const header = row.inHead || (row.cells.length > 0 && row.cells.every((c) => c.localName.toLowerCase() === 'th'));
      const rowMarks: Marks = header ? { ...marks, bold: true } : marks;
      const runs: FormattedText[] = [];
      row.cells.forEach((cell, i) => {
        if (i > 0) runs.push({ text: ' | ', ...(header ? { bold: true } : {}) });
        runs.push(...cellRuns(cell, rowMarks));
      });
      const tidy = tidyRuns(runs);
      // A row of empty cells is dropped, like an empty paragraph.
      if (tidy.some((r) => r.text.replace(/\|/g, '').trim() !== '')) this.blocks.push({ kind: 'paragraph', runs: tidy });
    }
  }
}

function headingOfClass(el: Element): HeadingType | undefined {
  for (const cls of (el.getAttribute('class') ?? '').split(/\s+/)) {
    for (const [pattern, type] of HEADING_CLASSES) {
      const match = pattern.exec(cls);
      if (!match) continue;
      if (match[1]) return HEADINGS[`h${Math.min(Number(match[1]), 6)}`];
      return type;
    }
  }
  return undefined;
}

/** The rows of one table in order, not those of tables nested in its cells. */
function rowsOf(table: Element): { cells: Element[]; inHead: boolean }[] {
  const rows: { cells: Element[]; inHead: boolean }[] = [];
  const visit = (el: Element, inHead: boolean) => {
    for (const child of Array.from(el.children)) {
      const tag = child.localName.toLowerCase();
      if (tag === 'tr') {
        rows.push({
          cells: Array.from(child.children).filter((c) => ['td', 'th'].includes(c.localName.toLowerCase())),
          inHead,
        });
      } else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
        visit(child, tag === 'thead');
      }
    }
  };
  visit(table, false);
  return rows;
}

/** A cell's text on one line: its paragraphs, list items and nested tables joined by spaces. */
function cellRuns(cell: Element, marks: Marks): FormattedText[] {
  const inner = new Converter();
  inner.walk(cell, marks);
  inner.flush();
  const runs: FormattedText[] = [];
  inner.blocks.forEach((block, i) => {
    if (i > 0) runs.push({ text: ' ' });
    runs.push(...block.runs);
  });
  return runs;
}

const sameMarks = (a: FormattedText, b: FormattedText) =>
  Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.underline) === Boolean(b.underline);

/** Joins runs with equal marks, collapses spaces across runs, trims the block; [] when no visible text is left. */
function tidyRuns(runs: FormattedText[]): FormattedText[] {
  const merged: FormattedText[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const last = merged[merged.length - 1];
    if (last && sameMarks(last, run)) last.text += run.text;
    else merged.push({ ...run });
  }
  // A space that ends one run makes a leading space of the next one redundant.
  for (let i = 1; i < merged.length; i++) {
    const prev = merged[i - 1]!;
    const run = merged[i]!;
    if (/ $/.test(prev.text) && / /.test(run.text[0] ?? '')) run.text = run.text.replace(/^ +/, '');
  }
  const first = merged[0];
  if (first) first.text = first.text.replace(/^ +/, '');
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.replace(/ +$/, '');
  const visible = merged.filter((r) => r.text !== '');
  if (visible.every((r) => r.text.trim() === '')) return [];
  return visible.map(cleanLeaf);
}

/** Marks are written only when set, as the editor itself writes them. */
function cleanLeaf(run: FormattedText): FormattedText {
  const leaf: FormattedText = { text: run.text };
  if (run.bold) leaf.bold = true;
  if (run.italic) leaf.italic = true;
  if (run.underline) leaf.underline = true;
  return leaf;
}

/** The blocks of clipboard HTML in reading order, list items with their depth. */
export function htmlToBlocks(html: string, parser: DOMParser = new DOMParser()): PastedBlock[] {
  const doc = parser.parseFromString(html, 'text/html');
  const converter = new Converter();
  converter.walk(doc.body, {});
  converter.flush();
  return converter.blocks;
}

/**
 * Groups blocks into the document model. Consecutive items form one list; a top-level item of the other list type
 * starts a new list. A nested item keeps its depth as the item's indent, at most one level below the item above it
 * (as the editor's Tab allows) and at most MAX_LIST_INDENT.
 */
function blocksToDocument(blocks: PastedBlock[]): RichDocument {
  const doc: BlockElement[] = [];
  let list: { type: ListType; children: ListItemElement[] } | null = null;
  for (const block of blocks) {
    if (block.kind === 'list-item') {
      if (!list || (block.depth === 0 && block.list !== list.type)) {
        list = { type: block.list, children: [] };
        doc.push(list);
      }
      const above = list.children[list.children.length - 1];
      const ceiling = above ? Math.min((above.indent ?? 0) + 1, MAX_LIST_INDENT) : 0;
      const indent = Math.min(block.depth, ceiling);
      const item: ListItemElement = { type: 'list-item', children: block.runs };
      if (indent > 0) item.indent = indent;
      list.children.push(item);
      continue;
    }
    list = null;
    doc.push({ type: block.kind, children: block.runs });
  }
  return doc;
}

/** Clipboard HTML → document blocks ([] when the HTML holds no text). */
export function htmlToDocument(html: string, parser?: DOMParser): RichDocument {
  return blocksToDocument(htmlToBlocks(html, parser));
}

/** Plain text → one paragraph per non-empty line (no runs of empty paragraphs). */
export function plainTextToDocument(text: string): RichDocument {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/\s+$/, ''))
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'paragraph', children: [{ text: line }] }));
}
