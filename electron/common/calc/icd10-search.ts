// Offline ICD-10-CM pick-list for QME/AME and IME reports (../rules/icd10-common.json) and its search.
// The index is built once at module load: a physician types into a search box on every keystroke.
import { z } from 'zod';
import table from '../rules/icd10-common.json';
import { loadRuleTable, ruleTableMeta, tableRef, type RuleTableRef } from './rule-table';

/** Shape of an ICD-10-CM code written with its dot. U (special-purpose codes such as U07.1 COVID-19) is left out on purpose. */
export const ICD10_CODE_PATTERN = /^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

export interface Icd10Entry {
  /** Dotted form, e.g. "M54.16", "S83.241A". */
  readonly code: string;
  /** ICD-10-CM long title. */
  readonly description: string;
  /** Body region or topic the pick-list files it under, e.g. "Shoulder". */
  readonly group: string;
  /** Lay and clinical synonyms (PTSD, CTS, tennis elbow): searched, never shown as the diagnosis. */
  readonly aliases?: readonly string[];
}

const entrySchema = z.object({
  code: z.string().regex(ICD10_CODE_PATTERN, { message: 'must look like an ICD-10-CM code with its dot, e.g. M54.16' }),
  description: z.string().trim().min(1),
  group: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).min(1).optional(),
});

const schema = z.object({ ...ruleTableMeta, codes: z.array(entrySchema).min(1) }).superRefine((t, ctx) => {
  const seen = new Set<string>();
  t.codes.forEach((c, i) => {
    if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: ['codes', i, 'code'], message: `duplicate code ${c.code}` });
    seen.add(c.code);
  });
});

const ICD10_TABLE = loadRuleTable('icd10-common.json', schema, table);

/** Which table (and code-set year) a chosen code came from, for the report's sources. */
export const ICD10_TABLE_REF: RuleTableRef = tableRef(ICD10_TABLE);

export const ICD10_CODES: readonly Icd10Entry[] = Object.freeze(
  ICD10_TABLE.codes.map(({ code, description, group, aliases }) =>
    Object.freeze({ code, description, group, ...(aliases ? { aliases: Object.freeze([...aliases]) } : {}) }),
  ),
);

/** Groups in table order, for browsing the list by body region. */
export const ICD10_GROUPS: readonly string[] = Object.freeze([...new Set(ICD10_CODES.map((c) => c.group))]);

/** "m54.16", " M5416 " → "M5416": what the user typed, as comparable code characters. */
function codeKey(input: string): string {
  return input.trim().toUpperCase().replace(/[\s.]/g, '');
}

/** Lower case, accents and apostrophes dropped ("Colles'" → "colles"), every other non-alphanumeric run → one space. */
function normalizeText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Canonical dotted form of what the user typed ("m5416" → "M54.16"), or null if it cannot be an ICD-10-CM code.
 * Says nothing about whether the code exists in the code set.
 */
export function normalizeIcd10Code(input: string): string | null {
  const s = input.trim().toUpperCase();
  const dotted = s.includes('.') || s.length <= 3 ? s : `${s.slice(0, 3)}.${s.slice(3)}`;
  return ICD10_CODE_PATTERN.test(dotted) ? dotted : null;
}

/** True if the input has the form of an ICD-10-CM code (case-insensitive, dot optional); not whether it exists. */
export function isValidLookingIcd10(code: string): boolean {
  return normalizeIcd10Code(code) !== null;
}

interface IndexedEntry {
  entry: Icd10Entry;
  order: number;
  codeKey: string;
  /** Normalised description and aliases, padded with spaces so " word" finds a word start. */
  descText: string;
  aliasTexts: string[];
  /** Words of the description and aliases, and of the group, kept apart so a group-only match ranks lower. */
  ownWords: string[];
  groupWords: string[];
}

// Built at the first search, not as the module loads: the app loads it with the case workspace, and every case opened
// would wait for an index only the diagnoses' code search reads.
let index: readonly IndexedEntry[] | null = null;
const searchIndex = (): readonly IndexedEntry[] => (index ??= ICD10_CODES.map(indexEntry));

function indexEntry(entry: Icd10Entry, order: number): IndexedEntry {
  const aliasTexts = (entry.aliases ?? []).map(normalizeText);
  const descText = normalizeText(entry.description);
  const ownWords = [...new Set([descText, ...aliasTexts].join(' ').split(' ').filter(Boolean))];
  const groupWords = [...new Set(normalizeText(entry.group).split(' ').filter(Boolean))];
  return {
    entry,
    order,
    codeKey: codeKey(entry.code),
    descText: ` ${descText} `,
    aliasTexts: aliasTexts.map((a) => ` ${a} `),
    ownWords,
    groupWords,
  };
}

const BY_CODE = new Map(ICD10_CODES.map((c) => [c.code, c]));

/** Exact code lookup, case-insensitive and dot optional ("m54.16", "M5416"); undefined if the code is not in the list. */
export function lookupIcd10(code: string): Icd10Entry | undefined {
  const normalized = normalizeIcd10Code(code);
  return normalized === null ? undefined : BY_CODE.get(normalized);
}

// Tiers, best first. Within a tier entries compare by the rest of the rank tuple.
const EXACT_CODE = 0;
const CODE_PREFIX = 1;
const ALL_WORDS = 2;
const ALL_WORD_STARTS = 3;
const ALL_SUBSTRINGS = 4;
const SOME_WORDS = 5;

type Rank = readonly number[];

function compareRanks(a: Rank, b: Rank): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function looksLikeCodeStart(key: string): boolean {
  return /^[A-Z][0-9][0-9A-Z]{0,5}$/.test(key);
}

/** Shorter query words match inside a word only at its start: "cts" must not find "effects". */
const MIN_INFIX_LENGTH = 4;

const WORD_MATCHERS: readonly (readonly [number, (q: string) => (w: string) => boolean])[] = [
  [ALL_WORDS, (q) => (w) => w === q],
  [ALL_WORD_STARTS, (q) => (w) => w.startsWith(q)],
  [ALL_SUBSTRINGS, (q) => (w) => (q.length >= MIN_INFIX_LENGTH ? w.includes(q) : w.startsWith(q))],
];

function textRank(e: IndexedEntry, phrase: string, words: readonly string[], weights: ReadonlyMap<string, number>): Rank | null {
  for (const [tier, matcher] of WORD_MATCHERS) {
    let groupOnly = 0;
    const all = words.every((q) => {
      const test = matcher(q);
      if (e.ownWords.some(test)) return true;
      if (e.groupWords.some(test)) {
        groupOnly = 1;
        return true;
      }
      return false;
    });
    if (!all) continue;
    const aliasExact = e.aliasTexts.some((a) => a === ` ${phrase} `) ? 0 : 1;
    const phraseAt = e.descText.includes(` ${phrase}`) ? 0 : e.aliasTexts.some((a) => a.includes(` ${phrase}`)) ? 1 : 2;
    return [tier, aliasExact, phraseAt, groupOnly, e.order];
  }
  // Partial match: rarer words count for more, so "carpal right" puts carpal tunnel before every right-sided code.
  let score = 0;
  for (const [q, weight] of weights) if (e.ownWords.some((w) => w.startsWith(q))) score += weight;
  return score > 0 ? [SOME_WORDS, -score, e.order] : null;
}

/** Inverse document frequency of each query word long enough to mean something on its own. */
function partialWeights(words: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  if (words.length < 2) return weights;
  for (const q of words) {
    if (q.length < 3) continue;
    const df = searchIndex().filter((e) => e.ownWords.some((w) => w.startsWith(q))).length;
    if (df > 0) weights.set(q, Math.log((searchIndex().length + 1) / df));
  }
  return weights;
}

/**
 * Searches the pick-list. Ranking: exact code, then code prefix (dot optional: "m5416" finds M54.16), then entries whose
 * description, aliases or group contain every query word in any order ("carpal right" finds G56.01), then every word as
 * the start of a word ("radic lumb"), then anywhere, then entries that match only some of the words.
 */
export function searchIcd10(query: string, limit = 20): Icd10Entry[] {
  const max = Math.floor(limit);
  if (!(max > 0)) return [];
  const phrase = normalizeText(query);
  if (phrase === '') return [];
  const words = [...new Set(phrase.split(' '))];
  const key = codeKey(query);
  const isCodeQuery = looksLikeCodeStart(key);
  const weights = partialWeights(words);

  const ranked: { rank: Rank; entry: Icd10Entry }[] = [];
  for (const e of searchIndex()) {
    let rank: Rank | null = null;
    if (isCodeQuery && e.codeKey === key) rank = [EXACT_CODE];
    else if (isCodeQuery && e.codeKey.startsWith(key)) rank = [CODE_PREFIX, e.codeKey.length, e.order];
    else rank = textRank(e, phrase, words, weights);
    if (rank) ranked.push({ rank, entry: e.entry });
  }
  ranked.sort((a, b) => compareRanks(a.rank, b.rank));
  return ranked.slice(0, max).map((r) => r.entry);
}
