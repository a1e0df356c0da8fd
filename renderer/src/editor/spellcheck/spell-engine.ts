// The spellchecker proper: Hunspell's English dictionary (nspell + dictionary-en), the medical vocabulary and the
// physician's own words. Pure and synchronous; the page runs it in spell-worker.ts so that typing never waits for it.
import nspell from 'nspell';

export interface SpellEngine {
  isCorrect(word: string): boolean;
  /** Best first; at most `limit`. */
  suggest(word: string, limit?: number): string[];
  add(word: string): void;
  remove(word: string): void;
}

/** Words of a vocabulary file: whitespace-separated, "#" lines are comments. */
export function vocabularyWords(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean);
}

/**
 * Optimal-string-alignment distance where swapping two neighbouring letters costs half an edit, the commonest typing
 * slip ("teh" → "the"); used only to order nspell's suggestions.
 */
function typingDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 0.5);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

export function createSpellEngine(dictionary: { aff: string; dic: string }, vocabulary: Iterable<string>): SpellEngine {
  const spell = nspell(dictionary.aff, dictionary.dic);
  for (const word of vocabulary) spell.add(word);

  const plain = (word: string) => word.replace(/’/g, "'");

  function isCorrect(raw: string): boolean {
    const word = plain(raw);
    if (spell.correct(word)) return true;
    // Possessives of any known word: "Spurling's", "physicians'".
    const possessive = /^(.+?)'s?$/.exec(word);
    if (possessive?.[1] && spell.correct(possessive[1])) return true;
    // A hyphenated compound is right when each part is ("well-documented", "non-dermatomal").
    const parts = word.split('-');
    return parts.length > 1 && parts.every((part) => part !== '' && isCorrect(part));
  }

  return {
    isCorrect,
    suggest(raw, limit = 6) {
      const word = plain(raw);
      const lower = word.toLowerCase();
      return spell
        .suggest(word)
        .map((s, index) => ({ s, index, distance: typingDistance(lower, s.toLowerCase()) }))
        .sort((a, b) => a.distance - b.distance || a.index - b.index)
        .slice(0, limit)
        .map((x) => x.s);
    },
    add: (word) => void spell.add(plain(word)),
    remove: (word) => void spell.remove(plain(word)),
  };
}
