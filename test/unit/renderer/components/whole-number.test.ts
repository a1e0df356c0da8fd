// What a number typed into a whole-number field (percent, days, pages) means, and the message when it cannot be used.
import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from '../../../../renderer/src/components/whole-number';

describe('parseWholeNumber', () => {
  it.each([
    { text: '', required: false, out: { ok: true, value: null } },
    { text: ' 44 ', required: false, out: { ok: true, value: 44 } },
    { text: '0', required: true, out: { ok: true, value: 0 } },
    { text: '', required: true, out: { ok: false, message: 'Enter a whole number from 0 to 100%.' } },
    { text: '12.5', required: false, out: { ok: false, message: 'Enter a whole number from 0 to 100%.' } },
    { text: '101', required: false, out: { ok: false, message: 'Enter 100% or less.' } },
    { text: '-1', required: false, out: { ok: false, message: 'Enter 0% or more.' } },
  ])('reads "$text" (required: $required)', ({ text, required, out }) => {
    expect(parseWholeNumber(text, 0, 100, '%', required)).toEqual(out);
  });
});
