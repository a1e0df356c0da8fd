// Joining words across line-end hyphens: the stored spelling and the other spelling kept for search.
import { describe, expect, it } from 'vitest';
import { cleanPageTextWithExtra } from '../../../electron/backend/records/text-sanitize';

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
