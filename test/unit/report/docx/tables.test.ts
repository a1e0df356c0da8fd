// Column widths: absolute, adding up to the text width, and wide enough that a date or a long word never breaks mid-word.
import { describe, expect, it } from 'vitest';
import { columnWidths, CONTENT_WIDTH_DXA, fitColumnWidths } from '../../../../electron/backend/report/docx/tables';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('column widths', () => {
  it.each([[[1, 1, 1]], [[6, 24, 17, 18, 35]], [[7, 14, 36, 33, 10]]])(
    'split %j into whole DXA columns that add up to the text width',
    (weights) => {
      const widths = columnWidths(weights);
      expect(sum(widths)).toBe(CONTENT_WIDTH_DXA);
      expect(widths.every(Number.isInteger)).toBe(true);
    },
  );

  it('gives a column its minimum before sharing the rest by weight', () => {
    const widths = fitColumnWidths([4, 1, 1, 4], [500, 1200, 1200, 500]);
    expect(sum(widths)).toBe(CONTENT_WIDTH_DXA);
    expect(widths[1]).toBeGreaterThanOrEqual(1200);
    expect(widths[2]).toBeGreaterThanOrEqual(1200);
    expect(widths[0]).toBe(widths[3]);
  });

  it('shrinks the minimums together when they cannot all fit', () => {
    const widths = fitColumnWidths([1, 1], [8000, 4000]);
    expect(sum(widths)).toBe(CONTENT_WIDTH_DXA);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 1);
  });
});
