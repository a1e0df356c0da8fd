// How the spellchecker splits text into words and which words it checks: words with digits, all-capital abbreviations
// (as Word's "Ignore words in UPPERCASE") and single letters are never flagged. Pure: used by the page and the worker.

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

// Letters with inner apostrophes or hyphens: "don't", "Spurling's", "heel-walking". Digits join a word so that
// "C5-6" or "T2" stays one token and is then skipped.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function wordsIn(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Whether a word is checked at all. */
export function isCheckable(word: string): boolean {
  if (word.length < 2 || /\p{N}/u.test(word)) return false;
  return word !== word.toUpperCase();
}

/** The word at an offset of a text (the caret or the right-clicked spot), or null between words. */
export function wordAt(text: string, offset: number): WordAt | null {
  return wordsIn(text).find((w) => w.start <= offset && offset <= w.end) ?? null;
}
