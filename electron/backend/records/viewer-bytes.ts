// The bytes of a stored record PDF as the viewer reads them, range by range: the file as stored, and for a file whose
// pages hang flat under one node, the balanced page tree appended after it (page-tree-overlay), kept beside the file at
// import (viewer-overlay-store) or, for a file imported before, worked out at its first read; kept for the next few files.
// The first reply carries, besides the file's head, the parts pdf.js reads to show the page asked for (viewer-open-set).
import fs from 'node:fs';
import { VIEWER_WHOLE_FILE_BELOW, type FileSlice, type ViewerOpening } from '../../common/ipc/records.contract';
import type { RecordsModule } from './records-module';
import { openRecordFile, SealedFileError, type RecordFileReader } from '../fs/sealed-file';
import { changedStoredFile } from './record-file-store';
import { createOpenSet } from './viewer-open-set';
import { computeOverlay, OVERLAY_FROM_PAGES, storedOverlay, writeOverlay } from './viewer-overlay-store';

const KEPT = 8;
/** The first reply carries at most this much besides the head (the rest pdf.js asks for itself). */
const OPENING_BYTES = 3 * 1024 * 1024;
/**
 * Runs this few chunks apart are sent as one, gap included: the viewer answers a range with the rest of the run it lies
 * in, so pdf.js, which asks for the parts near the end one at a time, waits one round trip for all of them.
 */
const JOIN_GAP_CHUNKS = 2;

type Viewed = { size: number; overlay: Buffer | null; openSet?: (pageNumber: number) => [number, number][] };

/** A stored file's size as the viewer sees it (a sealed file's plain bytes, not what is on disk). */
function plainSizeOf(file: string, fileKey: Buffer | null): number {
  const stored = openRecordFile(file, fileKey);
  try {
    return stored.plainSize;
  } finally {
    stored.close();
  }
}

/** Keeps an overlay worked out at a first read for the next session; a folder that cannot be written only loses that. */
function keepOverlay(file: string, overlay: Buffer | null, fileKey: Buffer | null): void {
  try {
    writeOverlay(file, overlay, fileKey);
  } catch {
    // Worked out again next time.
  }
}

async function readAll(records: RecordsModule, fileId: string, range?: { start: number; end: number }) {
  const { stream, totalSize } = await records.openFileStream(fileId, range);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { bytes: Buffer.concat(chunks), totalSize };
}

/**
 * Reads the bytes the viewer is served (the stored file's plain bytes, then its overlay) at any offset. `whileOpen` keeps
 * the stored file open for every read a piece of work makes, so its many small reads share one open and its decrypted
 * chunks; a read outside it opens the file for itself.
 */
function servedReader(file: string, fileKey: Buffer | null, overlay: Buffer | null, total: number) {
  const size = total - (overlay?.length ?? 0);
  let held: RecordFileReader | null = null;
  const read = (at: number, length: number): Buffer => {
    const end = Math.min(at + length, total);
    const parts: Buffer[] = [];
    if (at < Math.min(end, size)) {
      const stored = held ?? openRecordFile(file, fileKey);
      try {
        parts.push(stored.read(at, Math.min(end, size) - at));
      } finally {
        if (stored !== held) stored.close();
      }
    }
    if (overlay && end > size) parts.push(overlay.subarray(Math.max(0, at - size), end - size));
    return Buffer.concat(parts);
  };
  const whileOpen = <T>(work: () => T): T => {
    held = openRecordFile(file, fileKey);
    try {
      return work();
    } finally {
      held.close();
      held = null;
    }
  };
  return { read, whileOpen };
}

/** Sorted, merged runs of whole chunks covering the spans (chunk-aligned, as pdf.js asks for them), within the budget. */
function chunkRuns(spans: [number, number][], chunk: number, total: number, budget: number): [number, number][] {
  const chunks = new Set<number>();
  for (const [start, end] of spans) for (let c = Math.floor(start / chunk); c * chunk < Math.min(end, total); c++) chunks.add(c);
  const runs: [number, number][] = [];
  // The chunks nearest the end first: the cross-reference sections and the overlay, which every opening needs.
  const kept = [...chunks].sort((a, b) => b - a).slice(0, Math.floor(budget / chunk));
  for (const c of kept.sort((a, b) => a - b)) {
    const start = c * chunk;
    const end = Math.min(total, start + chunk);
    const last = runs.at(-1);
    if (last && start - last[1] <= JOIN_GAP_CHUNKS * chunk) last[1] = end;
    else runs.push([start, end]);
  }
  return runs;
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
    const stored = storedOverlay(file, records.fileKey);
    let made: Viewed;
    try {
      if (stored === undefined) {
        made = computeOverlay(file, records.fileKey);
        keepOverlay(file, made.overlay, records.fileKey);
      } else made = { size: plainSizeOf(file, records.fileKey), overlay: stored };
    } catch (error) {
      if (error instanceof SealedFileError) throw changedStoredFile(records.repo.storedFile(fileId)?.originalName ?? 'The file');
      throw error;
    }
    kept.set(fileId, made);
    while (kept.size > KEPT) kept.delete(kept.keys().next().value!);
    return made;
  };

  const readBytes = async (fileId: string, start: number, length: number): Promise<{ bytes: Buffer; total: number }> => {
    const extra = viewed(fileId);
    if (!extra?.overlay) {
      const { bytes, totalSize } = await readAll(records, fileId, { start, end: start + length - 1 });
      return { bytes, total: totalSize };
    }
    const { size, overlay } = extra;
    const total = size + overlay.length;
    const end = Math.min(start + length, total);
    const parts: Buffer[] = [];
    if (start < Math.min(end, size)) parts.push((await readAll(records, fileId, { start, end: Math.min(end, size) - 1 })).bytes);
    if (end > size) parts.push(overlay.subarray(Math.max(0, start - size), end - size));
    return { bytes: Buffer.concat(parts), total };
  };

  /** Where a file's parts for one page lie, read from the file on disk and its overlay (a large file's kept with it). */
  const openSpans = (fileId: string, pageNumber: number, total: number): [number, number][] => {
    const file = records.storedFilePath(fileId);
    if (!file) return [];
    const extra = viewed(fileId);
    if (extra?.openSet) return extra.openSet(pageNumber);
    const served = servedReader(file, records.fileKey, extra?.overlay ?? null, total);
    const spansOf = createOpenSet(served.read, total);
    const openSet = (page: number) => served.whileOpen(() => spansOf(page));
    if (extra) extra.openSet = openSet;
    return openSet(pageNumber);
  };

  return {
    /**
     * The whole length of what the viewer reads for the file, without reading any of it: pdf.js starts opening the file
     * on this while the first reply travels.
     */
    async length(fileId: string): Promise<{ total: number }> {
      const extra = viewed(fileId);
      if (extra) return { total: extra.size + (extra.overlay?.length ?? 0) };
      // A file served as stored: its size, through the same checks as a read (a missing or changed file says so).
      const { stream, totalSize } = await records.openFileStream(fileId, { start: 0, end: 0 });
      stream.destroy();
      return { total: totalSize };
    },

    /** Up to `length` bytes from `start` of what the viewer reads for the file, and that whole length. */
    async read(fileId: string, start: number, length: number): Promise<FileSlice> {
      const { bytes, total } = await readBytes(fileId, start, length);
      return { base64: bytes.toString('base64'), start, total };
    },

    /**
     * The first reply for a file: its head (`chunk` bytes, or the whole of a small file) and, for a large file, the
     * chunks pdf.js reads to show `pageNumber`, so that page opens without a round trip per part.
     */
    async open(fileId: string, pageNumber: number, chunk: number): Promise<ViewerOpening> {
      const head = await readBytes(fileId, 0, chunk);
      const { total } = head;
      if (total <= head.bytes.length) return { total, slices: [{ start: 0, base64: head.bytes.toString('base64') }] };
      if (total < VIEWER_WHOLE_FILE_BELOW) {
        const rest = await readBytes(fileId, head.bytes.length, total - head.bytes.length);
        return { total, slices: [{ start: 0, base64: Buffer.concat([head.bytes, rest.bytes]).toString('base64') }] };
      }
      let spans: [number, number][] = [];
      try {
        spans = openSpans(fileId, pageNumber, total);
      } catch {
        // Only a head start: pdf.js asks for what it needs.
      }
      // The head is sent already.
      const runs = chunkRuns(spans, chunk, total, OPENING_BYTES)
        .map(([start, end]): [number, number] => [Math.max(start, chunk), end])
        .filter(([start, end]) => start < end);
      const slices = [{ start: 0, base64: head.bytes.toString('base64') }];
      for (const [start, end] of runs)
        slices.push({ start, base64: (await readBytes(fileId, start, end - start)).bytes.toString('base64') });
      return { total, slices };
    },
  };
}
