// Numbers typed into the sections' text that contradict what was entered: a WPI that is no rated or combined value, an
// apportionment percentage that is none of the entered shares, a P&S/MMI date other than the discussion's. Read sentence
// by sentence, so it is a heuristic: each finding is a warning the physician can dismiss.
import type { DiscussionData } from '../case/discussion-model';
import type { DiscussionSummary } from '../case/discussion-summary';
import { documentPlainText, type RichDocument } from '../document/doc-model';
import { formatUsDate, isValidIsoDate } from '../util/iso-date';

export interface NarrativeSource {
  /** The document id: a section id, or "answer-<questionId>". */
  id: string;
  /** How the physician knows it: the section title, or "the answer to question #2". */
  name: string;
}

interface NarrativeFinding {
  sourceId: string;
  /** Stable within a case: the source, the kind and the number or date, so a dismissal sticks to this finding. */
  key: string;
  message: string;
}

interface NarrativeInput {
  documents: ReadonlyMap<string, RichDocument>;
  sources: readonly NarrativeSource[];
  discussion: DiscussionData;
  summary: DiscussionSummary;
  /** Dates a P&S sentence may also name without contradiction (injury dates, the exam date, disability periods). */
  otherDates: ReadonlySet<string>;
}

// ---------- sentences ----------

/** Words whose trailing period does not end a sentence ("Dr. Lee", "Table 15-3, p. 384", "Jan. 5"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|No|Nos|vs|etc|approx|Fig|Figs|p|pp|[A-Z]|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let start = 0;
    for (const m of line.matchAll(/[.!?]+["”’)]*\s+(?=["“(]?[A-Z0-9])/g)) {
      const end = m.index + m[0].length;
      if (ABBREVIATION.test(line.slice(start, m.index + 1))) continue;
      out.push(line.slice(start, end).trim());
      start = end;
    }
    out.push(line.slice(start).trim());
  }
  return out.filter((s) => s !== '');
}

/** The sentence around a match, shortened to about 100 characters. */
function fragment(sentence: string, index: number, length: number): string {
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (sentence.length <= 100) return squash(sentence);
  const from = Math.max(0, index - 45);
  const to = Math.min(sentence.length, index + length + 45);
  return `${from > 0 ? '…' : ''}${squash(sentence.slice(from, to))}${to < sentence.length ? '…' : ''}`;
}

// ---------- what was entered ----------

const pct = (values: Iterable<number>) =>
  [...new Set(values)]
    .sort((a, b) => b - a)
    .map((v) => `${v}%`)
    .join(', ');

function wpiValues(d: DiscussionData, s: DiscussionSummary): { allowed: Set<number>; described: string } | null {
  const rated: number[] = [];
  const combined: number[] = [];
  const allowed = new Set<number>();
  for (const injury of s.impairments) {
    for (const r of injury.rows) {
      if (r.wpi !== null) rated.push(r.wpi);
      // The conversion of a regional value may be discussed even when another WPI was entered.
      const converted = r.conversion?.explanation.match(/(\d+)% whole person\.?$/);
      if (converted) allowed.add(Number(converted[1]));
    }
    if (injury.combined) {
      combined.push(injury.combined.value);
      for (const step of injury.combined.steps) for (const m of step.matchAll(/=\s*(\d+)/g)) allowed.add(Number(m[1]));
    }
  }
  // The injuries combined into one (Benson exception) and its steps may be discussed too.
  const across = s.acrossInjuries?.combined;
  if (across) {
    combined.push(across.value);
    for (const step of across.steps) for (const m of step.matchAll(/=\s*(\d+)/g)) allowed.add(Number(m[1]));
  }
  for (const i of d.impairments) {
    if (i.almarazGuzman) allowed.add(i.almarazGuzman.strictWpi).add(i.almarazGuzman.alternativeWpi);
  }
  if (rated.length === 0) return null;
  for (const v of [...rated, ...combined]) allowed.add(v);
  return { allowed, described: `rated ${pct(rated)}${combined.length ? `; combined ${pct(combined)}` : ''}` };
}

function apportionmentValues(d: DiscussionData): { allowed: Set<number>; described: string } | null {
  const allowed = new Set<number>();
  const described: string[] = [];
  for (const a of d.apportionments) {
    if (a.cannotApportion || a.industrialPercent === null) continue;
    const factors = a.factors.map((f) => f.percent);
    allowed.add(a.industrialPercent).add(100 - a.industrialPercent);
    for (const f of factors) allowed.add(f);
    if (factors.length) allowed.add(factors.reduce((x, y) => x + y, 0));
    described.push(
      `${a.bodyPart}: ${a.industrialPercent}% industrial${factors.length ? `, ${factors.map((f) => `${f}%`).join(', ')} other factors` : ''}`,
    );
  }
  for (const p of d.priorAwards) allowed.add(p.percent);
  return described.length ? { allowed, described: described.join('; ') } : null;
}

// ---------- numbers and dates in a sentence ----------

const WPI = /\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)\s*(?:\(\s*)?(?:WPI\b|whole[\s-]+person\b|of\s+the\s+whole\s+person\b)/gi;
const PERCENT = /\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)/gi;
/** A percentage of something other than the apportionment: an impairment, a rating, a regional value, a prior award. */
const NOT_A_SHARE =
  /^\s*(?:\(\s*)?(?:WPI|whole[\s-]+person|of\s+the\s+whole\s+person|impairment|rating|PD\b|permanent\s+disability|upper|lower|UE\b|LE\b|hand|digit|thumb|finger|foot|regional)/i;
const APPORTIONMENT_SENTENCE = /industrial|apportion/i;
const TOTAL_SENTENCE = /\btotal|\bsum\b/i;
const PS_SENTENCE = /permanent(?:ly)?\s+and\s+stationary|\bP\s*&\s*S\b|\bMMI\b|maxim(?:um|al)\s+medical\s+improvement/i;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_FORMS: Array<{ re: RegExp; ymd: (m: RegExpMatchArray) => [string, string, string] }> = [
  { re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, ymd: (m) => [m[3]!, m[1]!, m[2]!] },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'),
    ymd: (m) => [m[3]!, String(MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1), m[2]!],
  },
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    ymd: (m) => [m[3]!, String(MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1), m[1]!],
  },
];

function datesIn(sentence: string): Array<{ iso: string; index: number; length: number }> {
  const out: Array<{ iso: string; index: number; length: number }> = [];
  for (const form of DATE_FORMS) {
    for (const m of sentence.matchAll(form.re)) {
      const [y, mo, d] = form.ymd(m);
      const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
      if (isValidIsoDate(iso)) out.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return out;
}

// ---------- the check ----------

export function narrativeFindings(input: NarrativeInput): NarrativeFinding[] {
  const { discussion: d, summary: s } = input;
  const wpi = wpiValues(d, s);
  const shares = apportionmentValues(d);
  const psDate = d.ps?.date ?? null;
  const findings: NarrativeFinding[] = [];
  const seen = new Set<string>();
  const add = (source: NarrativeSource, kind: string, value: string, message: string) => {
    const key = `${source.id}:${kind}:${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ sourceId: source.id, key, message });
  };

  for (const source of input.sources) {
    const doc = input.documents.get(source.id);
    if (!doc) continue;
    for (const sentence of sentencesOf(documentPlainText(doc))) {
      const wpiSpans: Array<[number, number]> = [];
      for (const m of sentence.matchAll(WPI)) {
        wpiSpans.push([m.index, m.index + m[0].length]);
        const value = Number(m[1]);
        if (!wpi || wpi.allowed.has(value)) continue;
        add(
          source,
          'wpi',
          m[1]!,
          `${source.name}: "${fragment(sentence, m.index, m[0].length)}" gives ${m[1]}% whole person impairment, but no rating entered is ${m[1]}% (${wpi.described}). Correct the text or the rating.`,
        );
      }
      if (shares && APPORTIONMENT_SENTENCE.test(sentence)) {
        const total = TOTAL_SENTENCE.test(sentence);
        for (const m of sentence.matchAll(PERCENT)) {
          if (wpiSpans.some(([from, to]) => m.index >= from && m.index < to)) continue;
          if (NOT_A_SHARE.test(sentence.slice(m.index + m[0].length))) continue;
          const value = Number(m[1]);
          if (shares.allowed.has(value) || (total && value === 100)) continue;
          add(
            source,
            'apportionment',
            m[1]!,
            `${source.name}: "${fragment(sentence, m.index, m[0].length)}" gives ${m[1]}% in a sentence on apportionment, but the apportionment entered is ${shares.described}. Correct the text or the apportionment.`,
          );
        }
      }
      if (psDate && PS_SENTENCE.test(sentence)) {
        const dates = datesIn(sentence);
        if (dates.some((x) => x.iso === psDate)) continue;
        for (const x of dates) {
          if (input.otherDates.has(x.iso)) continue;
          add(
            source,
            'ps-date',
            x.iso,
            `${source.name}: "${fragment(sentence, x.index, x.length)}" gives ${formatUsDate(x.iso)} in a sentence on permanent and stationary status (MMI), but the P&S/MMI date entered in the discussion is ${formatUsDate(psDate)}. Correct the text or the date.`,
          );
        }
      }
    }
  }
  return findings;
}
