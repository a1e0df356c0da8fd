// What the viewer reads of a stored PDF, range by range: a file of many pages hung flat under one node comes with its
// balanced page tree appended after the stored bytes (which stay as stored); a short file comes as stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageTreeOverlay } from '../../../electron/backend/records/page-tree-overlay';

/** The overlay of a file held in memory. */
const overlayOf = (bytes: Buffer) => pageTreeOverlay((at, length) => bytes.subarray(at, at + length), bytes.length);
import { absoluteStoredPath } from '../../../electron/backend/records/record-file-store';
import { createViewerBytes } from '../../../electron/backend/records/viewer-bytes';
import { textPdf } from '../../fixtures/generate-pdfs';
import { createHarness, importFiles, type Harness } from './records-harness';

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

async function imported(name: string, pages: number) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await textPdf({ pages, seed: pages }));
  await importFiles(h, [file]);
  const row = h.records.repo.listFiles(h.caseId).find((f) => f.originalName === name)!;
  return { id: row.id, stored: fs.readFileSync(absoluteStoredPath(h.dataDir, h.records.repo.storedFile(row.id)!.storedPath)) };
}

const bytesOf = (slice: { base64: string }) => Buffer.from(slice.base64, 'base64');

describe('viewer bytes', () => {
  it('serves a flat 400-page file with its page tree appended, in ranges across the join', { timeout: 120_000 }, async () => {
    const { id, stored } = await imported('Flat packet.pdf', 400);
    const served = Buffer.concat([stored, overlayOf(stored)!]);
    const viewer = createViewerBytes(h.records);

    const first = await viewer.read(id, 0, 1024);
    expect(first.total).toBe(served.length);
    expect(bytesOf(first).equals(stored.subarray(0, 1024))).toBe(true);
    const across = await viewer.read(id, stored.length - 100, 300);
    expect(bytesOf(across).equals(served.subarray(stored.length - 100, stored.length + 200))).toBe(true);
    const tail = await viewer.read(id, served.length - 50, 1000);
    expect(bytesOf(tail).equals(served.subarray(served.length - 50))).toBe(true);
  });

  it('serves a short file as stored', { timeout: 60_000 }, async () => {
    const { id, stored } = await imported('Short note.pdf', 6);
    const slice = await createViewerBytes(h.records).read(id, 0, stored.length + 500);
    expect(slice.total).toBe(stored.length);
    expect(bytesOf(slice).equals(stored)).toBe(true);
  });
});
