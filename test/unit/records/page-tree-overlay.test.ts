// A PDF whose pages hang flat under one node is served to the viewer with a balanced page tree appended: pdf.js then
// opens it on its last page without reading every page's dictionary, and every page is the same page as before.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageTreeOverlay } from '../../../electron/backend/records/page-tree-overlay';

/** The overlay of a file held in memory. */
const overlayOf = (bytes: Buffer) => pageTreeOverlay((at, length) => bytes.subarray(at, at + length), bytes.length);
import { textPdf } from '../../fixtures/generate-pdfs';

async function pagesOf(bytes: Uint8Array, numbers: number[]) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const texts: string[] = [];
    for (const n of numbers) {
      const content = await (await doc.getPage(n)).getTextContent();
      texts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
    }
    return { count: doc.numPages, texts };
  } finally {
    await doc.destroy();
  }
}

describe('page tree overlay', () => {
  it('gives a flat 600-page file a balanced tree over the same pages', { timeout: 60_000 }, async () => {
    const flat = Buffer.from(await textPdf({ pages: 600, seed: 61, pageLines: (i) => [`Fictional page ${i + 1} of 600.`] }));
    const overlay = overlayOf(flat);
    expect(overlay).not.toBeNull();
    const served = Buffer.concat([flat, overlay!]);
    // The stored bytes come first, unchanged: only an update is appended.
    expect(served.subarray(0, flat.length).equals(flat)).toBe(true);
    expect(overlay!.toString('latin1')).toMatch(/\/Type \/Pages \/Kids \[[^\]]+\] \/Count 32/);

    const pages = [1, 2, 33, 300, 599, 600];
    const viewed = await pagesOf(served, pages);
    expect(viewed.count).toBe(600);
    expect(viewed.texts).toEqual(pages.map((n) => `Fictional page ${n} of 600.`));
  });

  it('reads a classic cross-reference table as well as the streams pdf-lib writes', { timeout: 60_000 }, async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 300; i++) doc.addPage([200, 200]).drawText(`Page ${i + 1}`, { x: 20, y: 100, font, size: 10 });
    const flat = Buffer.from(await doc.save({ useObjectStreams: false }));
    expect(flat.toString('latin1')).toMatch(/\nxref\n/);
    const overlay = overlayOf(flat);
    expect(overlay).not.toBeNull();
    expect(await pagesOf(Buffer.concat([flat, overlay!]), [1, 300])).toEqual({ count: 300, texts: ['Page 1', 'Page 300'] });
  });

  it('leaves a short file, a tree already nested and something not a PDF as they are', async () => {
    expect(overlayOf(Buffer.from(await textPdf({ pages: 12, seed: 62 })))).toBeNull();
    expect(overlayOf(Buffer.from('not a PDF at all'))).toBeNull();
    const flat = Buffer.from(await textPdf({ pages: 400, seed: 63 }));
    const nested = Buffer.concat([flat, overlayOf(flat)!]);
    expect(overlayOf(nested)).toBeNull();
  });
});
