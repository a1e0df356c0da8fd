// Suggests a chronology entry's date of service, provider, facility and record type from one page's text.
// Pure heuristics, no I/O: each suggestion carries the line it came from so the physician can judge it.
import { isValidIsoDate } from '../util/iso-date';

export interface Suggested {
  value: string;
  /** The line of page text the value was read from. */
  evidence: string;
}

export interface EntrySuggestion {
  dateOfService: Suggested | null;
  provider: Suggested | null;
  facility: Suggested | null;
  recordType: Suggested | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_PATTERNS: { re: RegExp; toIso(m: RegExpExecArray): string | null }[] = [
  { re: /\b(0?[1-9]|1[0-2])[/.-](0?[1-9]|[12]\d|3[01])[/.-](\d{4}|\d{2})\b/g, toIso: (m) => iso(year(m[3]!), +m[1]!, +m[2]!) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, toIso: (m) => iso(+m[1]!, +m[2]!, +m[3]!) },
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    toIso: (m) => iso(+m[3]!, month(m[1]!), +m[2]!),
  },
  { re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'), toIso: (m) => iso(+m[3]!, month(m[2]!), +m[1]!) },
];
const SERVICE_LABEL =
  /\b(date of service|dos|service date|date of visit|visit date|visit|visited|date of exam(?:ination)?|exam(?:ination)? date|examined on|encounter date|date of encounter|date of procedure|procedure date|date of surgery|surgery date|date of study|study date|admission date|date of admission|admitted|date seen|seen on|seen|report date|date of report)\b/i;
/** Versions, revisions and copyright lines carry dates of the form, never of the visit. */
const VERSION_STAMP =
  /\b(version|ver\.|v\d+(?:\.\d+)*|rev(?:ision|ised)?\.?|revised|form\s+[A-Z0-9-]+\s*\(|copyright|effective|updated|last modified|template)\b|©|\(c\)\s*\d{4}/i;
const PLAIN_DATE_LABEL = /\bdate\s*:/i;
const NOT_SERVICE =
  /\b(dob|d\.o\.b|date of birth|birth ?date|doi|date of injury|injury date|printed|print date|fax(?:ed)?|received|page \d+ of)\b/i;

const CREDENTIAL =
  '(?:M\\.?D\\.?|D\\.?O\\.?|D\\.?C\\.?|DPT|P\\.?T\\.?|PA-C|N\\.?P\\.?|FNP|Ph\\.?D\\.?|Psy\\.?D\\.?|R\\.?N\\.?|OTR(?:/L)?|DPM|DDS|LAc)';
const NAME = "(?:Dr\\.?\\s+)?[A-Z][A-Za-z'’-]+(?:\\s+[A-Z]\\.)?(?:\\s+[A-Z][A-Za-z'’-]+){0,2}";
const PROVIDER_LABEL = new RegExp(
  `\\b(?:rendering provider|treating physician|attending physician|interpreting physician|provider|physician|attending|author|examiner|surgeon|radiologist|therapist|dictated by|electronically signed by|signed by|reviewed by|seen by)\\s*[:\\-]?\\s*(${NAME}(?:,?\\s+${CREDENTIAL}(?![A-Za-z]))?)`,
  'i',
);
const CREDENTIALED_NAME = new RegExp(`(${NAME},?\\s+${CREDENTIAL})(?![A-Za-z])`);

const FACILITY_WORDS =
  /\b(hospital|medical center|medical group|medical clinic|clinic|health ?care|health center|imaging|radiology|physical therapy|urgent care|institute|surgery center|surgical center|orthopa?edic|chiropractic|rehabilitation|associates|medical office)\b/i;
const FACILITY_LABEL = /\b(?:facility|location|clinic)\s*:\s*(.+)$/i;

const RECORD_TYPES: { type: string; re: RegExp }[] = [
  { type: "Primary treating physician's progress report (PR-2)", re: /\bPR-?2\b|primary treating physician'?s progress report/i },
  { type: 'Permanent and stationary report (PR-4)', re: /\bPR-?4\b|permanent and stationary report/i },
  { type: 'QME/AME report', re: /qualified medical evaluat|agreed medical evaluat|\b[QA]ME report\b/i },
  { type: 'Operative report', re: /operative report|operation report|procedure note/i },
  { type: 'Emergency department record', re: /emergency (?:department|room)|\b(?:ED|ER) (?:note|record|visit)\b/i },
  { type: 'Electrodiagnostic study (EMG/NCS)', re: /nerve conduction|electrodiagnostic|\bEMG\b|\bNCV\b|\bNCS\b/i },
  { type: 'Imaging report', re: /^\s*(?:MRI|CT|X-?RAY|RADIOGRAPHS?|ULTRASOUND|MR ARTHROGRAM)\b.*$/im },
  { type: 'Physical therapy note', re: /physical therapy|\bPT (?:daily|progress|evaluation|note)\b/i },
  { type: 'Chiropractic note', re: /chiropractic/i },
  { type: 'Consultation', re: /consultation|initial (?:orthopa?edic |medical )?evaluation|new patient visit/i },
  { type: 'Deposition transcript', re: /deposition of|deposition transcript/i },
  { type: 'Utilization review', re: /utilization review|\bUR (?:decision|determination)\b/i },
  { type: 'Claim form (DWC-1)', re: /\bDWC-?1\b|employee'?s claim for workers'? compensation/i },
  { type: 'Discharge summary', re: /discharge summary/i },
  { type: 'Laboratory results', re: /laboratory report|lab results/i },
  { type: 'Job description', re: /job description|job analysis/i },
  { type: 'Surveillance report (sub rosa)', re: /sub rosa|surveillance report/i },
  { type: 'Office / progress note', re: /progress note|office (?:visit|note)|follow-?up (?:visit|note)|clinic note/i },
];

export function suggestEntry(pageText: string): EntrySuggestion {
  const lines = pageText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    dateOfService: suggestDate(lines),
    provider: suggestProvider(lines),
    facility: suggestFacility(lines),
    recordType: suggestRecordType(lines),
  };
}

function suggestDate(lines: string[]): Suggested | null {
  let best: { score: number; at: number; found: Suggested } | null = null;
  lines.forEach((line, at) => {
    const dates = datesIn(line);
    const next = lines[at + 1];
    // "Date of Service:" alone on its line, the date on the next.
    const labelOnly = !dates.length && next && SERVICE_LABEL.test(line) && !VERSION_STAMP.test(next) ? datesIn(next) : [];
    const candidates = dates.length ? dates : labelOnly;
    if (!candidates.length) return;
    // A date right under a visit line ("Seen in clinic" / "03/04/2023") is near the words, so it counts almost as much.
    const nearService = lines.slice(Math.max(0, at - 2), at).some((l) => SERVICE_LABEL.test(l) && !datesIn(l).length);
    const score = VERSION_STAMP.test(line)
      ? 0
      : SERVICE_LABEL.test(line)
        ? 3
        : NOT_SERVICE.test(line)
          ? 0
          : nearService
            ? 2.5
            : PLAIN_DATE_LABEL.test(line)
              ? 2
              : 1;
    if (score === 0) return;
    if (!best || score > best.score) best = { score, at, found: { value: candidates[0]!, evidence: line } };
  });
  return (best as { found: Suggested } | null)?.found ?? null;
}

function datesIn(line: string): string[] {
  const found: { at: number; iso: string }[] = [];
  for (const { re, toIso } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const value = toIso(m);
      if (value) found.push({ at: m.index, iso: value });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.iso);
}

function suggestProvider(lines: string[]): Suggested | null {
  for (const line of lines) {
    const m = PROVIDER_LABEL.exec(line);
    if (m && !/^patient\b/i.test(line)) return { value: tidyName(m[1]!), evidence: line };
  }
  for (const line of lines) {
    if (/^\s*patient\b/i.test(line)) continue;
    const m = CREDENTIALED_NAME.exec(line);
    if (m) return { value: tidyName(m[1]!), evidence: line };
  }
  return null;
}

function suggestFacility(lines: string[]): Suggested | null {
  for (const line of lines) {
    const m = FACILITY_LABEL.exec(line);
    if (m && m[1]!.trim()) return { value: m[1]!.trim().slice(0, 120), evidence: line };
  }
  // Letterheads: the facility name is among the first lines.
  for (const line of lines.slice(0, 8)) {
    if (FACILITY_WORDS.test(line) && line.length <= 100 && !/\d{3,}/.test(line)) return { value: line, evidence: line };
  }
  return null;
}

function suggestRecordType(lines: string[]): Suggested | null {
  // A record's title is usually an upper-case line near the top; letterheads ("… Physical Therapy") are not.
  const titles = lines.filter(isTitleLine);
  for (const group of [titles, lines]) {
    for (const line of group) {
      const found = RECORD_TYPES.map(({ type, re }) => ({ type, m: re.exec(line) })).filter((x) => x.m);
      if (!found.length) continue;
      const first = found.sort((a, b) => a.m!.index - b.m!.index)[0]!;
      // For imaging, the title line says what was imaged ("MRI LUMBAR SPINE"), which is what the table needs.
      const value = first.type === 'Imaging report' ? titleCase(first.m![0].trim()) : first.type;
      return { value, evidence: line };
    }
  }
  return null;
}

function isTitleLine(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length < 4 || line.length > 90) return false;
  return letters.replace(/[^A-Z]/g, '').length / letters.length >= 0.8;
}

function tidyName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/[,\s]+$/, '')
    .trim();
}

function titleCase(line: string): string {
  return line
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\b(Mri|Ct|X-Ray|Xray|Mr)\b/g, (w) => w.toUpperCase());
}

function year(y: string): number {
  if (y.length === 4) return +y;
  const n = +y;
  return n <= 50 ? 2000 + n : 1900 + n;
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function iso(y: number, m: number, d: number): string | null {
  const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isValidIsoDate(value) ? value : null;
}
