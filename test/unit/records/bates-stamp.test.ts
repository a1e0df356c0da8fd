// Bates-like stamps at the top or bottom of a page's text, and the numbers that are not Bates stamps.
import { describe, expect, it } from 'vitest';
import { findBatesStamp } from '../../../electron/backend/records/bates-stamp';

describe('findBatesStamp', () => {
  it.each<[string, string, string | null]>([
    ['a stamp on the last line', 'PROGRESS NOTE\nfindings\nDEF000123', 'DEF000123'],
    ['a stamp at the end of the footer line', 'note\nPage 3 of 9    SMITH-MED-0001234', 'SMITH-MED-0001234'],
    ['a zero-padded stamp after a space', 'ABC 000123\nnote text\nmore', 'ABC 000123'],
    ['an account number', 'note\nAcct 123456789', null],
    ['a record number', 'MRN-00123456\nnote', null],
    ['a stamp in the middle of the page', 'a\nb\nc\nDEF000123\nd\ne\nf', null],
    ['a claim number with four digits', 'Claim No.: TEST-101-1003', null],
    ['a stamp on the first lines of a long page', `DEF000123\n${'finding\n'.repeat(40)}end`, 'DEF000123'],
    ['a bottom stamp after blank lines', `note\n${'line\n'.repeat(9)}DEF000456\n\n  \n`, 'DEF000456'],
    ['a stamp just past the first lines of a long page', `a\nb\nc\nDEF000123\n${'x\n'.repeat(9)}`, null],
  ])('%s', (_what, text, expected) => {
    expect(findBatesStamp(text)).toBe(expected);
  });
});
