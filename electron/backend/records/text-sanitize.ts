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
// producers leave a soft hyphen (U+00AD) or a plain hyphen before the break.
const LINE_END_HYPHEN = /([\p{L}\p{N}]+)(?:\uFFFE[ \t]*(?:\r\n?|\n)?|[\u00AD-][ \t]*(?:\r\n?|\n))[ \t]*([\p{L}\p{N}]+)/gu;

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

/** Letters and digits on the page, the measure of whether a text layer says anything. */
export function countSignificantCharacters(text: string): number {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').length;
}
