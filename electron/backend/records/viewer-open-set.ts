// The parts of a record PDF pdf.js reads to show one page, found on the backend in the bytes the viewer is served (the
// stored file and its page-tree overlay): the cross-reference sections, the catalog, the page-tree nodes down to the page,
// the page and what it draws with. They go with the file's first reply, so the viewer does not wait a round trip for each.
import { nameOf, num, PdfFile, Ref, type Dict, type Obj, type ReadAt } from './page-tree-overlay';

/** A page-tree node with more kids than this is not walked (a flat tree without overlay): pdf.js asks for those parts itself. */
const MAX_KIDS = 64;
/** Objects followed from the page (its resources, fonts, images), at most. */
const MAX_OBJECTS = 200;
/** Keys not followed from a page: they lead back up the tree or to other pages. */
const SKIP_KEYS = new Set(['Parent', 'P', 'Dest', 'A', 'B', 'Next', 'Prev', 'First', 'Last', 'StructParents']);

/**
 * For one file: the byte ranges [start, end) that opening it on a page reads; possibly overlapping, unsorted. The file's
 * cross-reference sections are parsed once, at the first page asked for. Whatever cannot be followed with certainty is
 * left out (pdf.js then asks for it), so a damaged file only loses the head start.
 */
export function createOpenSet(read: ReadAt, size: number): (pageNumber: number) => [number, number][] {
  let opened: { pdf: PdfFile; xref: [number, number][] } | null | undefined;
  const open = () => {
    const xref: [number, number][] = [];
    let tracking = true;
    try {
      // The cross-reference sections are what is read while the file is opened.
      const tracked: ReadAt = (at, length) => {
        const bytes = read(at, length);
        if (tracking) xref.push([at, at + bytes.length]);
        return bytes;
      };
      const pdf = new PdfFile(tracked, size);
      tracking = false;
      return { pdf, xref };
    } catch {
      return null;
    }
  };
  return (pageNumber) => {
    if (opened === undefined) opened = open();
    return opened ? pageSpans(opened.pdf, opened.xref, pageNumber) : [];
  };
}

/** pdf.js reads the first and the last page's dictionaries whenever it opens a file, then the page shown with its parts. */
function pageSpans(pdf: PdfFile, xref: [number, number][], pageNumber: number): [number, number][] {
  const spans = [...xref];
  const seen = new Set<number>();
  const touch = (o: Obj | undefined): Obj | undefined => {
    if (!(o instanceof Ref)) return o;
    if (!seen.has(o.num)) {
      seen.add(o.num);
      const span = pdf.span(o.num);
      if (span) spans.push(span);
    }
    return pdf.get(o.num);
  };
  try {
    const trailer = pdf.trailer!;
    touch(trailer.get('Info'));
    const catalog = touch(trailer.get('Root'));
    if (!(catalog instanceof Map)) return spans;
    const root = touch(catalog.get('Pages'));
    if (!(root instanceof Map)) return spans;
    const count = num(touch(root.get('Count'))) ?? 1;
    findPage(root, 1, touch);
    findPage(root, count, touch);
    const page = findPage(root, pageNumber, touch);
    if (!page) return spans;
    // The page's contents and resources, breadth first.
    const queue: Obj[] = [...page].filter(([key]) => !SKIP_KEYS.has(key)).map(([, value]) => value);
    while (queue.length > 0 && seen.size < MAX_OBJECTS) {
      const value = touch(queue.shift());
      if (Array.isArray(value)) queue.push(...value);
      else if (value instanceof Map)
        for (const [key, inner] of value)
          if (!SKIP_KEYS.has(key) && (inner instanceof Ref || inner instanceof Map || Array.isArray(inner))) queue.push(inner);
    }
  } catch {
    // What was found so far still saves its round trips.
  }
  return spans;
}

/** Page N's dictionary, found down the page tree by /Count as pdf.js finds it (every kid on the way is read). */
function findPage(root: Dict, pageNumber: number, touch: (o: Obj | undefined) => Obj | undefined): Dict | null {
  let node: Obj | undefined = root;
  let skip = pageNumber - 1;
  for (let depth = 0; node instanceof Map && nameOf(node.get('Type')) !== 'Page'; depth++) {
    const kids = touch(node.get('Kids'));
    if (depth > 32 || !Array.isArray(kids) || kids.length > MAX_KIDS) return null;
    let next: Obj | undefined;
    for (const kid of kids) {
      const k = touch(kid);
      const count = k instanceof Map && k.has('Kids') ? (num(touch(k.get('Count'))) ?? 0) : 1;
      if (skip < count) {
        next = k;
        break;
      }
      skip -= count;
    }
    node = next;
  }
  return node instanceof Map ? node : null;
}
