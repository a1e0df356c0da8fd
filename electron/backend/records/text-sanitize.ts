// Cleans page text before it is stored: the text ends up in FTS, in the chronology and in .docx XML,
// where control characters are invalid and would break the export or the search snippets.

// XML 1.0 allows TAB, LF, CR and everything from U+0020 except surrogates (when unpaired), U+FFFE and U+FFFF.
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot hold is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVALID_RUN =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot hold is the point
  /[ \t]*(?:[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+[ \t]*/g;

/**
 * Page text as stored: line breaks normalised to \n, XML-invalid characters replaced by one space
 * (a control character usually stood between two words), trailing blanks trimmed from each line.
 */
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
