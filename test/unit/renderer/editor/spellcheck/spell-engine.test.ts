// The spellchecker's verdicts and suggestions with the shipped dictionaries: English (dictionary-en), the medical
// vocabulary and ICD-10-CM words, the physician's own words; and which words are checked at all.
import dictionary from 'dictionary-en';
import { beforeAll, describe, expect, it } from 'vitest';
import { medicalVocabulary } from '../../../../../renderer/src/editor/spellcheck/medical-vocabulary';
import { createSpellEngine, type SpellEngine } from '../../../../../renderer/src/editor/spellcheck/spell-engine';
import { isCheckable, wordAt, wordsIn } from '../../../../../renderer/src/editor/spellcheck/spell-words';

let engine: SpellEngine;
beforeAll(() => {
  engine = createSpellEngine({ aff: String(dictionary.aff), dic: String(dictionary.dic) }, medicalVocabulary());
});

describe('medical spelling', () => {
  it.each(['radiculopathy', 'paresthesias', 'Spurling', 'Radiculopathy', 'Spurling’s', 'spondylolisthesis', 'gabapentin'])(
    'accepts "%s"',
    (word) => expect(engine.isCorrect(word)).toBe(true),
  );

  it.each(['Lumbosacral', 'cervicalgia', 'lateral epicondylitis', 'non-dermatomal', 'well-documented'])(
    'accepts the words of "%s" (ICD-10-CM titles, compounds)',
    (text) => expect(wordsIn(text).every(({ word }) => engine.isCorrect(word))).toBe(true),
  );

  it('flags "radiculopathyy" and suggests "radiculopathy" first', () => {
    expect(engine.isCorrect('radiculopathyy')).toBe(false);
    expect(engine.suggest('radiculopathyy')[0]).toBe('radiculopathy');
  });

  it.each([
    ['paresthesais', 'paresthesias'],
    ['teh', 'the'],
    ['Spurlng', 'Spurling'],
    ['tendonitiss', 'tendonitis'],
  ])('suggests for "%s" first "%s"', (typo, first) => {
    expect(engine.isCorrect(typo)).toBe(false);
    expect(engine.suggest(typo)[0]).toBe(first);
  });

  it('an eponym is accepted capitalised only, as Word does', () => {
    expect(engine.isCorrect('spurling')).toBe(false);
  });

  it('accepts a word once the physician adds it, and not after it is removed', () => {
    expect(engine.isCorrect('Okafor')).toBe(false);
    engine.add('Okafor');
    expect(engine.isCorrect('Okafor')).toBe(true);
    engine.remove('Okafor');
    expect(engine.isCorrect('Okafor')).toBe(false);
  });
});

describe('words of a text', () => {
  it('splits on spaces and punctuation, keeping apostrophes and hyphens inside words', () => {
    expect(wordsIn(`Spurling’s test, C5-6 "heel-walking" (don't).`).map((w) => w.word)).toEqual([
      'Spurling’s',
      'test',
      'C5-6',
      'heel-walking',
      "don't",
    ]);
  });

  it.each([
    ['C5-6', false],
    ['MRI', false],
    ['a', false],
    ['Mri', true],
    ['radiculopathyy', true],
  ])('checks "%s": %s', (word, checked) => expect(isCheckable(word)).toBe(checked));

  it('finds the word at an offset', () => {
    expect(wordAt('mild radiculopathyy here', 8)).toEqual({ word: 'radiculopathyy', start: 5, end: 19 });
    expect(wordAt('a  b', 2)).toBeNull();
  });
});
