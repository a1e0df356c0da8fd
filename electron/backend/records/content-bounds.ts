// The part of a rendered grayscale page that holds anything but white paper, with a margin, so OCR skips blank
// borders (about half of a typical letter page at 300 dpi; Tesseract's text is the same with or without them).
// Conservative on purpose: any pixel darker than near-white counts, so faint stamps and pencil stay inside.

/** Darker than this (0 black … 255 white) is content. */
const CONTENT_THRESHOLD = 200;

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Bounds of the non-white pixels of an 8-bit gray image (rows `stride` bytes apart), grown by `margin` pixels on each
 * side and clipped to the image; null when the page is blank.
 */
export function contentBounds(gray: Uint8Array, width: number, height: number, stride: number, margin: number): Bounds | null {
  const rowHasInk = (y: number) => {
    const row = y * stride;
    for (let x = 0; x < width; x++) if (gray[row + x]! < CONTENT_THRESHOLD) return true;
    return false;
  };
  let top = 0;
  while (top < height && !rowHasInk(top)) top++;
  if (top === height) return null;
  let bottom = height - 1;
  while (bottom > top && !rowHasInk(bottom)) bottom--;
  let left = width;
  let right = -1;
  for (let y = top; y <= bottom; y++) {
    const row = y * stride;
    for (let x = 0; x < left; x++) {
      if (gray[row + x]! < CONTENT_THRESHOLD) {
        left = x;
        break;
      }
    }
    for (let x = width - 1; x > right; x--) {
      if (gray[row + x]! < CONTENT_THRESHOLD) {
        right = x;
        break;
      }
    }
  }
  const x = Math.max(0, left - margin);
  const y = Math.max(0, top - margin);
  return { x, y, width: Math.min(width - 1, right + margin) - x + 1, height: Math.min(height - 1, bottom + margin) - y + 1 };
}
