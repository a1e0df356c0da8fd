// What the viewer reads of a stored PDF, range by range: a file of many pages hung flat under one node comes with its
// balanced page tree appended after the stored bytes (which stay as stored), worked out at import and kept beside the
// file; a short file comes as stored. The first reply brings the parts pdf.js reads to show the page asked for.
import { isSealed, readRecordFile, sealBuffer } from '../../../electron/backend/fs/sealed-file';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDocument, PDFDataRangeTransport } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERLAY_MARK, pageTreeOverlay } from '../../../electron/backend/records/page-tree-overlay';

/** The overlay of a file held in memory. */
const overlayOf = (bytes: Buffer) => pageTreeOverlay((at, length) => bytes.subarray(at, at + length), bytes.length);
import { absoluteStoredPath, overlayPathOf, sweepIncompleteImports } from '../../../electron/backend/records/record-file-store';
import { createViewerBytes } from '../../../electron/backend/records/viewer-bytes';
import { answerFromHeld } from '../../../renderer/src/features/records/held-ranges';
import { recordPage, textPdf } from '../../fixtures/generate-pdfs';
import { BATCH, createHarness, importFiles, type Harness } from './records-harness';

let h: Harness;
let dir: string;
beforeAll(() => {
  h = createHarness();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlw-viewer-bytes-'));
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function imported(name: string, pages: number, pageLines?: (i: number) => string[]) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await textPdf({ pages, seed: pages, ...(pageLines ? { pageLines } : {}) }));
  await importFiles(h, [file]);
  const row = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === name)!;
  const storedPath = absoluteStoredPath(h.dataDir, h.records.repo.storedFile(row.id)!.storedPath);
  // The plain bytes: on disk the file is sealed (fs/sealed-file.ts).
  return { id: row.id, batchId: row.batchId, storedPath, stored: readRecordFile(storedPath, h.records.fileKey) };
}

/**
 * The page's text as pdf.js reads it from the first reply alone; a range not sent ahead is never answered, so pdf.js
 * stops there and the ranges it asked for are the error.
 */
async function openedOn(opening: { total: number; slices: { start: number; base64: string }[] }, pageNumber: number) {
  const slices = opening.slices.map((s) => ({ start: s.start, bytes: new Uint8Array(Buffer.from(s.base64, 'base64')) }));
  const missing: [number, number][] = [];
  let asked = 0;
  // Answered as the viewer answers: with the rest of the run the range lies in.
  class FromReply extends PDFDataRangeTransport {
    override requestDataRange(begin: number, end: number) {
      asked++;
      const held = answerFromHeld(slices, begin, end, CHUNK, opening.total);
      if (!held) return void missing.push([begin, end]);
      queueMicrotask(() => this.onDataRange(begin, held));
    }
  }
  const task = getDocument({
    range: new FromReply(opening.total, slices[0]!.bytes),
    rangeChunkSize: CHUNK,
    disableStream: true,
    disableAutoFetch: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      (async () => {
        const doc = await task.promise;
        const page = await doc.getPage(pageNumber);
        const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
        return { text, asked };
      })(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`pdf.js asked for ${JSON.stringify(missing)} besides the reply`)), 15_000);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

/** As the viewer asks (VIEWER_CHUNK). */
const CHUNK = 32 * 1024;

const bytesOf = (slice: { base64: string }) => Buffer.from(slice.base64, 'base64');

describe('viewer bytes', () => {
  it('serves a flat 400-page file with its page tree appended, in ranges across the join', { timeout: 120_000 }, async () => {
    const { id, stored } = await imported('Flat packet.pdf', 400);
    const served = Buffer.concat([stored, overlayOf(stored)!]);
    const viewer = createViewerBytes(h.records);
    // The length pdf.js starts on is the length it is served.
    expect(await viewer.length(id)).toEqual({ total: served.length });

    const first = await viewer.read(id, 0, 1024);
    expect(first.total).toBe(served.length);
    expect(bytesOf(first).equals(stored.subarray(0, 1024))).toBe(true);
    const across = await viewer.read(id, stored.length - 100, 300);
    expect(bytesOf(across).equals(served.subarray(stored.length - 100, stored.length + 200))).toBe(true);
    const tail = await viewer.read(id, served.length - 50, 1000);
    expect(bytesOf(tail).equals(served.subarray(served.length - 50))).toBe(true);
  });

  it('serves a short file as stored, whole in the first reply', { timeout: 60_000 }, async () => {
    const { id, stored, storedPath } = await imported('Short note.pdf', 6);
    expect(fs.existsSync(overlayPathOf(storedPath))).toBe(false);
    const viewer = createViewerBytes(h.records);
    expect(await viewer.length(id)).toEqual({ total: stored.length });
    const slice = await viewer.read(id, 0, stored.length + 500);
    expect(slice.total).toBe(stored.length);
    expect(bytesOf(slice).equals(stored)).toBe(true);
    const opening = await viewer.open(id, 3, CHUNK);
    expect(opening.total).toBe(stored.length);
    expect(opening.slices.map((s) => [s.start, bytesOf(s).equals(stored)])).toEqual([[0, true]]);
  });

  it('keeps the page tree worked out at import beside the file, sealed, and serves that one', { timeout: 120_000 }, async () => {
    const { id, stored, storedPath } = await imported('Kept packet.pdf', 300);
    const overlayPath = overlayPathOf(storedPath);
    const key = h.records.fileKey!;
    // Sealed like its record file: it copies page dictionaries out of the file, which can hold patient data.
    expect(isSealed(overlayPath)).toBe(true);
    expect(fs.readFileSync(overlayPath).includes(Buffer.from('/Type /Pages', 'latin1'))).toBe(false);
    const kept = readRecordFile(overlayPath, key);
    expect(kept.equals(overlayOf(stored)!)).toBe(true);
    expect(kept.includes(Buffer.from('/Type /Pages', 'latin1'))).toBe(true);
    // Served from what was kept, not worked out again: a comment added to it shows in what the viewer reads.
    const marked = Buffer.concat([kept, Buffer.from('% kept at import\n%%EOF\n', 'latin1')]);
    fs.writeFileSync(overlayPath, sealBuffer(key, marked));
    const slice = await createViewerBytes(h.records).read(id, stored.length, marked.length + 10);
    expect(slice.total).toBe(stored.length + marked.length);
    expect(bytesOf(slice).equals(marked)).toBe(true);
    const servedAgain = async () => bytesOf(await createViewerBytes(h.records).read(id, stored.length, kept.length + 10));
    // One cut short (the disk filled mid-write) is not trusted: the page tree is worked out again.
    fs.writeFileSync(overlayPath, sealBuffer(key, kept).subarray(0, 100));
    expect((await servedAgain()).equals(kept)).toBe(true);
    // One made by an earlier version (no mark on its first line) is made again at the first read, and kept for next time.
    const older = Buffer.from(kept.toString('latin1').replace(`${OVERLAY_MARK}\n`, ''), 'latin1');
    fs.writeFileSync(overlayPath, sealBuffer(key, older));
    expect((await servedAgain()).equals(kept)).toBe(true);
    expect(readRecordFile(overlayPath, key).equals(kept)).toBe(true);
    // One kept plain by an earlier version is made again and sealed: what it copied leaves the disk in the clear.
    fs.writeFileSync(overlayPath, kept);
    expect((await servedAgain()).equals(kept)).toBe(true);
    expect(isSealed(overlayPath)).toBe(true);
    expect(readRecordFile(overlayPath, key).equals(kept)).toBe(true);
  });

  it('removes the kept page tree with its file, and one left without its file at start', { timeout: 120_000 }, async () => {
    const { batchId, storedPath } = await imported('Deleted packet.pdf', 320);
    expect(fs.existsSync(overlayPathOf(storedPath))).toBe(true);
    const orphan = path.join(path.dirname(storedPath), `${'ab'.repeat(32)}.overlay`);
    fs.writeFileSync(orphan, 'left by a crash');
    sweepIncompleteImports(h.db, h.dataDir);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(overlayPathOf(storedPath))).toBe(true);

    expect(await h.records.deleteBatch(batchId)).toBe(true);
    expect(fs.existsSync(storedPath)).toBe(false);
    expect(fs.existsSync(overlayPathOf(storedPath))).toBe(false);
  });

  it('opens a large file imported before on any page from its first reply alone', { timeout: 180_000 }, async () => {
    const pages = 1200;
    const { id, stored } = await placed('Older packet.pdf', pages);
    expect(stored.length).toBeGreaterThan(512 * 1024); // past the size sent whole
    // No page tree was kept for it: it is worked out at the first read, as before.
    const served = Buffer.concat([stored, overlayOf(stored)!]);
    const viewer = createViewerBytes(h.records);
    for (const pageNumber of [pages, 1, 2, 700]) {
      const opening = await viewer.open(id, pageNumber, CHUNK);
      expect(opening.total).toBe(served.length);
      expect(opening.slices[0]!.start).toBe(0);
      let sent = 0;
      for (const slice of opening.slices) {
        expect(slice.start % CHUNK).toBe(0);
        const bytes = bytesOf(slice);
        expect(bytes.equals(served.subarray(slice.start, slice.start + bytes.length))).toBe(true);
        sent += bytes.length;
      }
      // The parts for one page, not the file.
      expect(sent).toBeLessThan(served.length / 4);
      const { text, asked } = await openedOn(opening, pageNumber);
      expect(text).toContain(`Fictional page ${pageNumber} of ${pages}.`);
      // pdf.js asks for the last chunk first, then at most once for each run sent, as a range is answered with the rest
      // of its run (answered range by range, opening on page 700 asked 5 times for 3 runs).
      expect(asked).toBeLessThanOrEqual(opening.slices.length + 1);
    }
  });

  it('still opens a damaged large file: its head comes first and pdf.js asks for the rest', { timeout: 120_000 }, async () => {
    const { id, stored } = await placed('Cut short packet.pdf', 1100, (bytes) => bytes.subarray(0, bytes.length - 30_000));
    const opening = await createViewerBytes(h.records).open(id, 1100, CHUNK);
    expect(opening.total).toBe(stored.length);
    expect(bytesOf(opening.slices[0]!).equals(stored.subarray(0, CHUNK))).toBe(true);
  });
});

/**
 * A large file as an older version left it: stored and committed, with no page tree kept beside it. `damage` changes
 * the bytes stored.
 */
async function placed(name: string, pages: number, damage: (bytes: Buffer) => Buffer = (b) => b) {
  const bytes = damage(
    Buffer.from(
      await textPdf({
        pages,
        seed: pages,
        pageLines: (i) => [...recordPage(pages, i, pages).lines, `Fictional page ${i + 1} of ${pages}.`],
      }),
    ),
  );
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const storedPath = `cases/${h.caseId}/records/${sha256}.pdf`;
  fs.mkdirSync(path.dirname(absoluteStoredPath(h.dataDir, storedPath)), { recursive: true });
  fs.writeFileSync(absoluteStoredPath(h.dataDir, storedPath), bytes);
  const id = randomUUID();
  h.records.repo.commitImportedFile({
    fileId: id,
    batchId: h.records.repo.createBatch(h.caseId, BATCH).id,
    caseId: h.caseId,
    sha256,
    originalName: name,
    storedPath,
    byteSize: bytes.length,
    importedAt: new Date().toISOString(),
    pages: Array.from({ length: pages }, (_, p) => ({
      text: `Fictional page ${p + 1}`,
      searchExtra: '',
      hasTextLayer: true,
      contentHash: createHash('sha256').update(`${name}-${p}`).digest('hex'),
      problem: null,
      pageLabel: null,
      bates: null,
    })),
  });
  return { id, stored: bytes };
}
