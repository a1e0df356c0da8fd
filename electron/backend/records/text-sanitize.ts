// Cleans page text before it is stored: the text ends up in FTS, in the chronology and in .docx XML,
// where control characters are invalid and would break the export or the search snippets.

// XML 1.0 allows TAB, LF, CR and everything from U+0020 except surrogates (when unpaired), U+FFFE and U+FFFF.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot hold is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVALID_RUN =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot hold is the point
  /[ \t]*(?:[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+[ \t]*/g;

// A word broken across lines: PDFium marks the line-end hyphen with U+FFFE (and drops the line break); other
// producers leave a soft hyphen (U+00AD) or a plain hyphen before the break. The look-behind lets a match start only
// at a word's first letter (the same matches, found without retrying from every letter of every word).
const LINE_END_HYPHEN =
  /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)(?:\uFFFE[ \t]*(?:\r\n?|\n)?|[\u00AD-][ \t]*(?:\r\n?|\n))[ \t]*([\p{L}\p{N}]+)/gu;
/** What every line-end hyphen starts with: most pages have none, and skip the word-by-word search. */
const MAYBE_LINE_END_HYPHEN = /\uFFFE|[\u00AD-][ \t]*[\r\n]/;
// What sends a page to the full cleaning: a character XML cannot hold (or any surrogate, paired or not, which the
// full cleaning checks for pairing) or a line separator that `$` in the trailing-blanks pattern also ends a line at.
// eslint-disable-next-line no-control-regex -- matching the control characters XML cannot hold is the point
const NEEDS_FULL_CLEANING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF\u2028\u2029]/;

export interface CleanText {
  text: string;
  /** The other spelling of each word joined across a line end, space-separated: indexed for search, never shown. */
  searchExtra: string;
}

/**
 * Joins words split by a line-end hyphen as pdftotext does ("sim-" + "ilar" → "similar"). Whether the hyphen was
 * only the line break's or belongs to the word ("follow-up") cannot be known, so the other spelling goes to the
 * search index: either way is found. A part starting with a capital or a digit keeps its hyphen ("COVID-19").
 */
function joinLineEndHyphens(raw: string): CleanText {
  if (!MAYBE_LINE_END_HYPHEN.test(raw)) return { text: raw, searchExtra: '' };
  const extra: string[] = [];
  const text = raw.replace(LINE_END_HYPHEN, (_m, head: string, tail: string) => {
    const keepHyphen = /^[\p{Lu}\p{N}]/u.test(tail);
    extra.push(keepHyphen ? `${head}${tail}` : `${head}-${tail}`);
    return keepHyphen ? `${head}-${tail}` : `${head}${tail}`;
  });
  return { text, searchExtra: extra.join(' ') };
}

/**
 * Page text as stored: words split by a line-end hyphen joined, line breaks normalised to \n, XML-invalid characters
 * replaced by one space (a control character usually stood between two words), trailing blanks trimmed from each line.
 */
export function cleanPageTextWithExtra(raw: string): CleanText {
  const joined = joinLineEndHyphens(raw);
  return { text: cleanPageText(joined.text), searchExtra: joined.searchExtra };
}

export function cleanPageText(raw: string): string {
  if (!NEEDS_FULL_CLEANING.test(raw)) {
    // The usual page: line breaks normalised and each line's trailing blanks dropped in one pass.
    const lines = raw.replace(/[ \t]*(?:\r\n?|\n)/g, '\n');
    return (lines.includes('\n\n\n') ? lines.replace(/\n{3,}/g, '\n\n') : lines).trim();
  }
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(INVALID_RUN, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function hasXmlInvalidCharacters(text: string): boolean {
  XML_INVALID.lastIndex = 0;
  return XML_INVALID.test(text);
}

/**
 * Letters and digits on the page, the measure of whether a text layer says anything. Counting stops at `upTo`: the
 * callers only compare with a threshold, and a full page has a hundred times more.
 */
export function countSignificantCharacters(text: string, upTo = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count < upTo; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) count++;
      continue;
    }
    // Beyond ASCII, Unicode decides; a letter outside the BMP counts as its two UTF-16 units, as before.
    const point = text.codePointAt(i)!;
    const units = point > 0xffff ? 2 : 1;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) count += units;
    i += units - 1;
  }
  return count;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
