// Finds a Bates-like stamp (prefix letters and a run of digits: "DEF000123", "SMITH-MED 0001234") at the top or bottom
// of a page's text, so a citation can give the number attorneys use. Stamps sit at a line's end on the first or last lines.

// The digits follow the prefix directly or after _ or -; after a space only when zero-padded ("ABC 000123"), as Bates
// numbers are, so "Acct 123456789" is not taken for one.
const STAMP = /(?:^|\s)((?:[A-Z]{2,10}[_-]?){1,3}(?:[_-]?\d{6,10}|\s0\d{5,9}))\s*$/;
/** Prefixes of numbers that are not Bates stamps: record, account, claim, phone and policy numbers. */
const NOT_BATES =
  /^(?:MRN|ACCT|ACCOUNT|CLAIM|FAX|TEL|PHONE|NPI|ID|DOB|SSN|POLICY|CASE|INV|INVOICE|ORDER|REF|PO|EIN|TIN|DEA|LIC)\b/;
const EDGE_LINES = 3;

/** The Bates-like stamp on the page, or null. The page's last lines win: stamps are usually printed bottom right. */
export function findBatesStamp(text: string): string | null {
  const { top, bottom } = edgeLines(text);
  for (const line of [...bottom, ...top]) {
    const m = STAMP.exec(line);
    if (m && !NOT_BATES.test(m[1]!)) return m[1]!.replace(/\s+/g, ' ');
  }
  return null;
}

/**
 * The last EDGE_LINES non-blank lines (trimmed, last first) and the first ones not among them, read from the two ends
 * of the text: a page holds dozens of lines and only these few are looked at.
 */
function edgeLines(text: string): { top: string[]; bottom: string[] } {
  const bottom: string[] = [];
  let end = text.length;
  while (bottom.length < EDGE_LINES && end > 0) {
    const nl = text.lastIndexOf('\n', end - 1);
    const line = text.slice(nl + 1, end).trim();
    if (line) bottom.push(line);
    end = Math.max(nl, 0);
  }
  const top: string[] = [];
  for (let from = 0; top.length < EDGE_LINES && from < end;) {
    const nl = text.indexOf('\n', from);
    const stop = nl < 0 || nl > end ? end : nl;
    const line = text.slice(from, stop).trim();
    if (line) top.push(line);
    from = stop + 1;
  }
  return { top, bottom };
}
