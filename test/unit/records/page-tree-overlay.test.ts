// A PDF whose pages hang flat under one node is served to the viewer with a balanced page tree appended: pdf.js then
// opens it on its last page without reading every page's dictionary (nor the old list of them), and every page is the
// same page as before.
import { getDocument, PDFDataRangeTransport } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfFile, pageTreeOverlay, type Ref } from '../../../electron/backend/records/page-tree-overlay';

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

/**
 * Opens `served` in pdf.js range by range (chunks of `chunk` bytes, as the viewer does) on each of `pages`: each page's
 * text, and every range pdf.js asked for.
 */
async function openInRanges(served: Buffer, chunk: number, pages: number[]) {
  const asked: [number, number][] = [];
  class Served extends PDFDataRangeTransport {
    override requestDataRange(begin: number, end: number) {
      asked.push([begin, end]);
      queueMicrotask(() => this.onDataRange(begin, new Uint8Array(served.subarray(begin, end))));
    }
  }
  const task = getDocument({
    range: new Served(served.length, new Uint8Array(served.subarray(0, chunk))),
    rangeChunkSize: chunk,
    disableStream: true,
    disableAutoFetch: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const texts: string[] = [];
    for (const n of pages)
      texts.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' '));
    return { texts, asked };
  } finally {
    await task.destroy();
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

  it(
    'opens the last page without reading the object stream that held the old list of every page',
    { timeout: 60_000 },
    async () => {
      const flat = Buffer.from(await textPdf({ pages: 600, seed: 64, pageLines: (i) => [`Fictional page ${i + 1} of 600.`] }));
      const pdf = new PdfFile((at, length) => flat.subarray(at, at + length), flat.length);
      const oldRoot = (pdf.get((pdf.trailer!.get('Root') as Ref).num) as Map<string, unknown>).get('Pages') as Ref;
      const holder = pdf.span(pdf.streamOf(oldRoot.num)!)!;
      const served = Buffer.concat([flat, overlayOf(flat)!]);

      // Small chunks, so a chunk read for a neighbour of the object stream does not count as reading the stream.
      const chunk = 512;
      const { texts, asked } = await openInRanges(served, chunk, [600, 1]);
      expect(texts[0]).toBe('Fictional page 600 of 600.');
      expect(texts[1]).not.toBe('');
      expect(asked.length).toBeGreaterThan(0);
      expect(holder[1] - holder[0]).toBeGreaterThan(4 * chunk);
      expect(asked.filter(([begin, end]) => holder[0] <= begin && end <= holder[1])).toEqual([]);
    },
  );

  it(
    "carries every object in a cross-reference of its own, left uncompressed, so pdf.js never reads the file's",
    { timeout: 60_000 },
    async () => {
      const flat = Buffer.from(await textPdf({ pages: 600, seed: 65, pageLines: (i) => [`Fictional page ${i + 1} of 600.`] }));
      const own = new PdfFile((at, length) => flat.subarray(at, at + length), flat.length).startXref;
      const overlay = overlayOf(flat)!;
      expect(overlay.toString('latin1')).toMatch(/\/Type \/XRef/);
      // No /Prev to the file's sections, no /Filter for pdf.js to inflate in JavaScript.
      expect(overlay.toString('latin1')).not.toMatch(/\/Prev|\/Filter/);
      const served = Buffer.concat([flat, overlay]);

      const chunk = 512;
      const { texts, asked } = await openInRanges(served, chunk, [600]);
      expect(texts).toEqual(['Fictional page 600 of 600.']);
      // Only the chunks shared with the overlay's start may touch the file's own cross-reference stream.
      const read = asked.reduce((n, [begin, end]) => n + Math.max(0, Math.min(end, flat.length) - Math.max(begin, own)), 0);
      expect(flat.length - own).toBeGreaterThan(5 * chunk);
      expect(read).toBeLessThanOrEqual(2 * chunk);
    },
  );

  it('keeps an object whose number was used again (generation 1) as the file gives it', { timeout: 60_000 }, async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 300; i++) doc.addPage([200, 200]).drawText(`Page ${i + 1}`, { x: 20, y: 100, font, size: 10 });
    const saved = Buffer.from(await doc.save({ useObjectStreams: false }));
    // An edit saved as an update: page 1's contents replaced by object <n> generation 1, its old number used again.
    const pdf = new PdfFile((at, length) => saved.subarray(at, at + length), saved.length);
    const page1 = doc.getPage(0).ref.objectNumber;
    const [pageAt, pageEnd] = pdf.span(page1)!;
    const contentsNum = Number(/\/Contents \[ (\d+) 0 R \]/.exec(saved.subarray(pageAt, pageEnd).toString('latin1'))![1]);
    const pageText = saved
      .subarray(pageAt, pageEnd)
      .toString('latin1')
      .replace(/\/Contents \[ (\d+) 0 R \]/, '/Contents [ $1 1 R ]');
    const content = 'BT /F1 10 Tf 20 100 Td (Edited page 1) Tj ET';
    const fontName = /\/Font\s*<<\s*\/([^\s/]+)/.exec(pageText)![1];
    let update = `\n${pageText.trimEnd()}\nendobj\n`;
    const contentAt = saved.length + update.length;
    update += `${contentsNum} 1 obj\n<< /Length ${content.replace('F1', fontName!).length} >>\nstream\n${content.replace('F1', fontName!)}\nendstream\nendobj\n`;
    const xrefAt = saved.length + update.length;
    const entry = (n: number, at: number, gen: number) =>
      `${n} 1\n${String(at).padStart(10, '0')} ${String(gen).padStart(5, '0')} n\r\n`;
    update += `xref\n${entry(page1, saved.length + 1, 0)}${entry(contentsNum, contentAt, 1)}`;
    update += `trailer\n<< /Size ${pdf.trailer!.get('Size') ? Number((pdf.trailer!.get('Size') as { raw: string }).raw) : 0} /Root ${(pdf.trailer!.get('Root') as Ref).num} 0 R /Prev ${pdf.startXref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const edited = Buffer.concat([saved, Buffer.from(update, 'latin1')]);
    expect((await pagesOf(edited, [1])).texts).toEqual(['Edited page 1']);

    const overlay = overlayOf(edited);
    expect(overlay).not.toBeNull();
    expect(await pagesOf(Buffer.concat([edited, overlay!]), [1, 2, 300])).toEqual({
      count: 300,
      texts: ['Edited page 1', 'Page 2', 'Page 300'],
    });
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

  it(
    'gives a file of 200,000 objects its tree too (a packet of many pages, each with its own parts)',
    { timeout: 60_000 },
    async () => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      for (let i = 0; i < 300; i++) doc.addPage([200, 200]).drawText(`Page ${i + 1}`, { x: 20, y: 100, font, size: 10 });
      // Objects no page uses, as a producer that keeps old revisions leaves them: only their number matters here.
      for (let i = 0; i < 200_000; i++) doc.context.register(doc.context.obj([i]));
      const flat = Buffer.from(await doc.save({ useObjectStreams: true }));
      const overlay = overlayOf(flat);
      expect(overlay).not.toBeNull();
      expect(await pagesOf(Buffer.concat([flat, overlay!]), [1, 300])).toEqual({ count: 300, texts: ['Page 1', 'Page 300'] });
    },
  );

  it('leaves a short file, a tree already nested and something not a PDF as they are', async () => {
    expect(overlayOf(Buffer.from(await textPdf({ pages: 12, seed: 62 })))).toBeNull();
    expect(overlayOf(Buffer.from('not a PDF at all'))).toBeNull();
    const flat = Buffer.from(await textPdf({ pages: 400, seed: 63 }));
    const nested = Buffer.concat([flat, overlayOf(flat)!]);
    expect(overlayOf(nested)).toBeNull();
  });
});
