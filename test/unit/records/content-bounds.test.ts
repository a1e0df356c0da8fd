// The blank-border crop before OCR: finds every non-white pixel, keeps a margin, never cuts into content, and tells a
// blank page apart.
import { describe, expect, it } from 'vitest';
import { contentBounds } from '../../../electron/backend/records/content-bounds';

function page(width: number, height: number, stride = width, ink: [number, number, number][] = []): Uint8Array {
  const gray = new Uint8Array(stride * height).fill(255);
  for (const [x, y, value] of ink) gray[y * stride + x] = value;
  return gray;
}

describe('contentBounds', () => {
  it('is null for a blank page, and for paper that is only off-white', () => {
    expect(contentBounds(page(40, 30), 40, 30, 40, 3)).toBeNull();
    expect(contentBounds(page(40, 30, 40, [[5, 5, 230]]), 40, 30, 40, 3)).toBeNull();
  });

  it('holds every pixel of ink, faint ones included, with the margin on each side', () => {
    const gray = page(100, 80, 100, [
      [20, 10, 0],
      [70, 50, 190],
      [45, 30, 10],
    ]);
    expect(contentBounds(gray, 100, 80, 100, 5)).toEqual({ x: 15, y: 5, width: 61, height: 51 });
  });

  it('clips the margin at the edges of the page', () => {
    const gray = page(50, 40, 50, [
      [0, 0, 0],
      [49, 39, 0],
    ]);
    expect(contentBounds(gray, 50, 40, 50, 10)).toEqual({ x: 0, y: 0, width: 50, height: 40 });
  });

  it('reads rows by stride and ignores the padding bytes past the width', () => {
    const gray = page(30, 20, 32, [[10, 5, 0]]);
    gray[7 * 32 + 31] = 0; // padding byte of row 7: not part of the image
    expect(contentBounds(gray, 30, 20, 32, 2)).toEqual({ x: 8, y: 3, width: 5, height: 5 });
  });
});
