// Joining words across line-end hyphens: the stored spelling and the other spelling kept for search.
import { describe, expect, it } from 'vitest';
import {
  cleanPageText,
  cleanPageTextWithExtra,
  countSignificantCharacters,
} from '../../../electron/backend/records/text-sanitize';

describe('cleanPageTextWithExtra', () => {
  it.each([
    ['PDFium’s hyphen mark', 'are sim\uFFFEilar to', 'are similar to', 'sim-ilar'],
    ['the mark before a line break', 'a follow\uFFFE\r\nup visit', 'a followup visit', 'follow-up'],
    ['a plain hyphen at a line end', 'posi-\ntive', 'positive', 'posi-tive'],
    ['a soft hyphen at a line end', 'exami\u00AD\nnation', 'examination', 'exami-nation'],
    ['a capital or digit after the hyphen', 'COVID\uFFFE19 and L4-\nL5', 'COVID-19 and L4-L5', 'COVID19 L4L5'],
    ['a hyphen inside a line', 'follow-up and L4-L5', 'follow-up and L4-L5', ''],
    ['a dash after a space', 'pain -\nworse', 'pain -\nworse', ''],
  ])('%s', (_what, raw, text, extra) => {
    expect(cleanPageTextWithExtra(raw)).toEqual({ text, searchExtra: extra });
  });
});

describe('cleanPageText', () => {
  it.each([
    ['line ends and the blanks before them', 'Pain  \t\r\nworse \rbetter\n', 'Pain\nworse\nbetter'],
    ['runs of empty lines', 'A\r\n\r\n\r\n\r\nB', 'A\n\nB'],
    ['a control character between words', 'left\u0001knee \u0007 pain', 'left knee pain'],
    ['an unpaired surrogate', 'MRI\uD800report', 'MRI report'],
    ['a paired surrogate kept', 'note 😀 here', 'note 😀 here'],
    ['blanks before a line separator', 'one \u2028two', 'one\u2028two'],
  ])('%s', (_what, raw, text) => {
    expect(cleanPageText(raw)).toBe(text);
  });
});

describe('countSignificantCharacters', () => {
  it('counts letters and digits of any script, as UTF-16 units', () => {
    expect(countSignificantCharacters('L4-L5, 12 mm')).toBe(8);
    expect(countSignificantCharacters('Ärztin née')).toBe(9);
    expect(countSignificantCharacters('٣ 中文 𝐀')).toBe(5);
    expect(countSignificantCharacters(' -- \u2028 ')).toBe(0);
  });

  it('stops at the threshold it is compared with, and counts in full below it', () => {
    expect(countSignificantCharacters('a'.repeat(5000), 200)).toBe(200);
    expect(countSignificantCharacters('L4-L5, 12 mm', 200)).toBe(8);
  });
});
