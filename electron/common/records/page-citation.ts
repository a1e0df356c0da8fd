// How a cited page reads wherever the app names one: the file and its physical page number, then the page's printed
// label (when it differs) and its Bates stamp, which are what attorneys and physicians cite ("file p. 57 (Bates DEF000123)").

/** What the PDF prints on a page besides its position in the file. */
export interface PageMarks {
  /** The PDF's page label ("iv", "A-3"), null when the file defines none. */
  pageLabel: string | null;
  /** A Bates-like stamp found on the page. */
  bates: string | null;
}

const span = (a: string | null, b: string | null) => (a && b && a !== b ? `${a}–${b}` : (a ?? b));

/**
 * " (printed p. iv; Bates DEF000123)" for a page or range, or "" when the pages carry neither. A label equal to the page
 * number says nothing new and is left out.
 */
export function marksNote(from: number, to: number, first: PageMarks | null, last: PageMarks | null = first): string {
  const label = (n: number, m: PageMarks | null) => (m?.pageLabel && m.pageLabel !== String(n) ? m.pageLabel : null);
  const printed = span(label(from, first), to > from ? label(to, last) : null);
  const bates = span(first?.bates ?? null, to > from ? (last?.bates ?? null) : null);
  const parts = [printed && `printed p. ${printed}`, bates && `Bates ${bates}`].filter(Boolean);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

/** "file.pdf p. 57 (Bates DEF000123)", "file.pdf p. 3–5 (printed p. iii–v)". */
export function citePages(
  fileName: string,
  from: number,
  to: number = from,
  first: PageMarks | null = null,
  last: PageMarks | null = first,
): string {
  const pages = to > from ? `p. ${from}–${to}` : `p. ${from}`;
  return `${fileName ? `${fileName} ` : ''}${pages}${marksNote(from, to, first, last)}`;
}
