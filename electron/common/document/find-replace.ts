// Find and replace in a rich-text document: where a query occurs (as Slate ranges, so an open editor can show and
// replace a match) and the document with every occurrence replaced, keeping the formatting of the text around it.
import { LIST_TYPES, type BlockElement, type FormattedText, type ListElement, type RichDocument } from './doc-model';

export interface FindOptions {
  matchCase: boolean;
  /** Only where the query is a whole word: not "arm" inside "pharmacy". */
  wholeWord: boolean;
}

export interface TextPoint {
  path: number[];
  offset: number;
}

export interface TextMatch {
  /** Path of the block holding the match (a paragraph, heading or list item). */
  block: number[];
  anchor: TextPoint;
  focus: TextPoint;
  /** The matched words as they stand in the text (their case may differ from the query's). */
  text: string;
}

interface TextBlock {
  path: number[];
  leaves: FormattedText[];
}

const isList = (block: BlockElement): block is ListElement => (LIST_TYPES as readonly string[]).includes(block.type);

/** Every block that holds text, in reading order: top-level paragraphs and headings, and the items of each list. */
function textBlocks(doc: RichDocument): TextBlock[] {
  const out: TextBlock[] = [];
  doc.forEach((block, i) => {
    if (isList(block)) block.children.forEach((item, j) => out.push({ path: [i, j], leaves: item.children }));
    else out.push({ path: [i], leaves: block.children });
  });
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern a query stands for; null for an empty query. Whole words are bounded by anything but a letter or digit. */
function patternOf(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  const body = escapeRegExp(query);
  const bounded = options.wholeWord ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
  return new RegExp(bounded, options.matchCase ? 'gu' : 'giu');
}

/** Where a character offset in the block's text falls among its leaves; a match's end stays in the leaf it ends in. */
function pointAt(block: TextBlock, offset: number, isEnd: boolean): TextPoint {
  let start = 0;
  for (let k = 0; k < block.leaves.length; k++) {
    const length = block.leaves[k]!.text.length;
    const inside = isEnd ? offset <= start + length : offset < start + length;
    if (inside) return { path: [...block.path, k], offset: offset - start };
    start += length;
  }
  const last = block.leaves.length - 1;
  return { path: [...block.path, last], offset: block.leaves[last]!.text.length };
}

function blockMatches(block: TextBlock, pattern: RegExp): { start: number; end: number; text: string }[] {
  const text = block.leaves.map((l) => l.text).join('');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Every occurrence of the query in the document, in reading order. Matches never span two blocks. */
export function findMatches(doc: RichDocument, query: string, options: FindOptions): TextMatch[] {
  const pattern = patternOf(query, options);
  if (!pattern) return [];
  return textBlocks(doc).flatMap((block) =>
    blockMatches(block, pattern).map((m) => ({
      block: block.path,
      anchor: pointAt(block, m.start, false),
      focus: pointAt(block, m.end, true),
      text: m.text,
    })),
  );
}

const sameMarks = (a: FormattedText, b: FormattedText) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;

/** The leaves with [start, end) replaced by the replacement, which takes the formatting of the first replaced letter. */
function replaceRange(leaves: FormattedText[], start: number, end: number, replacement: string): FormattedText[] {
  const out: FormattedText[] = [];
  let at = 0;
  let inserted = false;
  for (const leaf of leaves) {
    const from = at;
    const to = at + leaf.text.length;
    at = to;
    if (to <= start || from >= end) {
      if (from >= end && !inserted) {
        out.push({ ...leaf, text: replacement });
        inserted = true;
      }
      out.push(leaf);
      continue;
    }
    if (from < start) out.push({ ...leaf, text: leaf.text.slice(0, start - from) });
    if (!inserted) {
      out.push({ ...leaf, text: replacement });
      inserted = true;
    }
    if (to > end) out.push({ ...leaf, text: leaf.text.slice(end - from) });
  }
  if (!inserted) out.push({ ...leaves[leaves.length - 1]!, text: replacement });
  return out;
}

/** Adjacent leaves with the same formatting become one, and empty leaves go (one empty leaf stays in an empty block). */
function normalizeLeaves(leaves: FormattedText[]): FormattedText[] {
  const out: FormattedText[] = [];
  for (const leaf of leaves) {
    if (leaf.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, leaf)) out[out.length - 1] = { ...last, text: last.text + leaf.text };
    else out.push(leaf);
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** The document with every occurrence replaced, and how many there were; the document itself is left as it was. */
export function replaceAll(
  doc: RichDocument,
  query: string,
  replacement: string,
  options: FindOptions,
): { doc: RichDocument; count: number } {
  const pattern = patternOf(query, options);
  if (!pattern) return { doc, count: 0 };
  let count = 0;
  const replaceIn = (leaves: FormattedText[]): FormattedText[] => {
    const found = blockMatches({ path: [], leaves }, pattern);
    if (found.length === 0) return leaves;
    count += found.length;
    // From the last match back, so the earlier offsets stay true.
    let next = leaves;
    for (const m of [...found].reverse()) next = replaceRange(next, m.start, m.end, replacement);
    return normalizeLeaves(next);
  };
  const next = doc.map((block): BlockElement =>
    isList(block)
      ? { ...block, children: block.children.map((item) => ({ ...item, children: replaceIn(item.children) })) }
      : { ...block, children: replaceIn(block.children) },
  );
  return { doc: count > 0 ? next : doc, count };
}
