// The physician's own spelling dictionary ("Add to dictionary"): what one word may look like and how many are kept.
// Stored in the settings table, so it travels with the database and its backups.
import { z } from 'zod';

export const MAX_SPELLING_WORDS = 10_000;

/** One word as the spellchecker splits text: letters (any script), marks, digits, apostrophes and inner hyphens. */
export const SpellingWordSchema = z
  .string()
  .trim()
  .min(1, 'The word is empty.')
  .max(64, 'A dictionary word can be at most 64 characters long.')
  .regex(/^[\p{L}\p{M}\p{N}'’-]+$/u, 'A dictionary word can hold letters, digits, apostrophes and hyphens only.');

export interface SpellingWords {
  words: string[];
}

/** Sorted, each word once (case matters: "Spurling" and "spurling" are different words to a spellchecker). */
export function normaliseSpellingWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim().replace(/’/g, "'")).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
