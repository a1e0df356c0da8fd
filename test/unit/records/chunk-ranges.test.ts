// How a file's pages are split among the PDFium workers: every page once, in order, and a small last chunk so the
// workers finish a file together (one idling through the other's last large chunk made the import slower).
import { describe, expect, it } from 'vitest';
import { chunkRanges } from '../../../electron/backend/records/import-service';

describe('chunkRanges', () => {
  it.each([
    [1, 2],
    [7, 2],
    [100, 2],
    [2500, 2],
    [10_000, 4],
    [333, 1],
  ])('%i pages on %i workers: every page once, in order, chunks shrinking to a small last one', (pages, workers) => {
    const ranges = chunkRanges(pages, workers);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(pages);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBe(ranges[i - 1]![1]);
    const sizes = ranges.map(([from, to]) => to - from);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(250);
    expect(sizes.at(-1)!).toBeLessThanOrEqual(8);
  });
});
