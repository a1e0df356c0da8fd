// The bytes of a stored record PDF as the viewer reads them, range by range: the file as stored, and for a file whose
// pages hang flat under one node, the balanced page tree appended after it (page-tree-overlay), worked out on the
// file's first read (from the few parts of the file its page tree lies in) and kept for the next few files.
import fs from 'node:fs';
import type { FileSlice } from '../../common/ipc/records.contract';
import { pageTreeOverlay } from './page-tree-overlay';
import type { RecordsModule } from './records-module';

/** Below this many pages no overlay is looked for (the file opens quickly as it is). */
const OVERLAY_FROM_PAGES = 257;
const KEPT = 8;

type Viewed = { size: number; overlay: Buffer | null };

async function readAll(records: RecordsModule, fileId: string, range?: { start: number; end: number }) {
  const { stream, totalSize } = await records.openFileStream(fileId, range);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { bytes: Buffer.concat(chunks), totalSize };
}

/** The overlay of a stored file, read piece by piece (the parts of the file its page tree needs, not all of it). */
function overlayOf(file: string): Viewed {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const read = (at: number, length: number) => {
      const bytes = Buffer.alloc(Math.max(0, Math.min(length, size - at)));
      const got = fs.readSync(fd, bytes, 0, bytes.length, at);
      return bytes.subarray(0, got);
    };
    return { size, overlay: pageTreeOverlay(read, size) };
  } finally {
    fs.closeSync(fd);
  }
}

export function createViewerBytes(records: RecordsModule) {
  const kept = new Map<string, Viewed>();

  const viewed = (fileId: string): Viewed | null => {
    const hit = kept.get(fileId);
    if (hit) {
      kept.delete(fileId);
      kept.set(fileId, hit);
      return hit;
    }
    if ((records.repo.getFile(fileId)?.pageCount ?? 0) < OVERLAY_FROM_PAGES) return null;
    const file = records.storedFilePath(fileId);
    if (!file || !fs.existsSync(file)) return null;
    const made = overlayOf(file);
    kept.set(fileId, made);
    while (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return made;
  };

  return {
    /** Up to `length` bytes from `start` of what the viewer reads for the file, and that whole length. */
    async read(fileId: string, start: number, length: number): Promise<FileSlice> {
      const extra = viewed(fileId);
      if (!extra?.overlay) {
        const { bytes, totalSize } = await readAll(records, fileId, { start, end: start + length - 1 });
        return { base64: bytes.toString('base64'), start, total: totalSize };
      }
      const { size, overlay } = extra;
      const total = size + overlay.length;
      const end = Math.min(start + length, total);
      const parts: Buffer[] = [];
      if (start < Math.min(end, size))
        parts.push((await readAll(records, fileId, { start, end: Math.min(end, size) - 1 })).bytes);
      if (end > size) parts.push(overlay.subarray(Math.max(0, start - size), end - size));
      return { base64: Buffer.concat(parts).toString('base64'), start, total };
    },
  };
}
