// Word's XML cannot carry most C0 control characters; a pasted one would make the file unreadable.
// Tabs and newlines are kept (the serializer maps them), everything else in C0 and lone surrogates is dropped.
import type { ExportWarnings } from './warnings';
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML cannot hold is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function sanitizeText(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(INVALID_XML_CHARS, () => {
    removed++;
    return '';
  });
  return { text: clean, removed };
}

/** sanitizeText for printed text: says in the export warnings when characters had to go. */
export function cleanForWord(text: string, warnings?: ExportWarnings): string {
  const { text: clean, removed } = sanitizeText(text);
  if (removed) warnings?.add(`${removed} invisible control character(s) were removed because Word cannot store them.`);
  return clean;
}
