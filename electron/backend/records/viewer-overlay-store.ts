// The page-tree overlay of a stored record PDF (page-tree-overlay.ts), worked out once when the file is imported (on the
// records writer thread) and kept beside it as <sha256>.overlay, so the viewer's first read of a 10,000-page file does not
// work it out on the backend thread. An empty .overlay says "served as stored". For a file imported before (none, or one
// from an earlier version) the viewer works it out at the first read and keeps it. It is sealed like the record file:
// it copies page and form dictionaries out of the file, and those can hold patient data.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isSealed, openRecordFile, readRecordFile, sealBuffer } from '../fs/sealed-file';
import { OVERLAY_MARK, pageTreeOverlay } from './page-tree-overlay';
import { overlayPathOf, TEMP_PREFIX } from './record-file-store';

/** Below this many pages no overlay is looked for (the file opens quickly as it is). */
export const OVERLAY_FROM_PAGES = 257;

const END = Buffer.from('%%EOF\n', 'latin1');
const MARK = Buffer.from(OVERLAY_MARK, 'latin1');

/** The overlay of a stored file, read piece by piece (the parts of the file its page tree needs, not all of it). */
export function computeOverlay(pdfPath: string, fileKey: Buffer | null): { size: number; overlay: Buffer | null } {
  const file = openRecordFile(pdfPath, fileKey);
  try {
    const size = file.plainSize;
    return { size, overlay: pageTreeOverlay((at, length) => file.read(at, length), size) };
  } finally {
    file.close();
  }
}

/**
 * Writes a stored file's overlay (null: served as stored) beside it, sealed with the record files' key: a temp name the
 * import sweep knows, flushed, then renamed, so a crash never leaves half an overlay under the real name.
 */
export function writeOverlay(pdfPath: string, overlay: Buffer | null, fileKey: Buffer | null): void {
  const bytes = overlay === null ? Buffer.alloc(0) : fileKey ? sealBuffer(fileKey, overlay) : overlay;
  const temp = path.join(path.dirname(pdfPath), `${TEMP_PREFIX}overlay-${randomBytes(6).toString('hex')}.part`);
  try {
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, overlayPathOf(pdfPath));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Works out the overlay of a stored file and keeps it beside the file. */
export function storeOverlay(pdfPath: string, fileKey: Buffer | null): void {
  writeOverlay(pdfPath, computeOverlay(pdfPath, fileKey).overlay, fileKey);
}

/**
 * The overlay stored at import: the bytes, null for "served as stored", undefined when there is none (or it is cut short,
 * does not open with the key, or was made by an earlier version, which kept it plain: then it is made again).
 */
export function storedOverlay(pdfPath: string, fileKey: Buffer | null): Buffer | null | undefined {
  const file = overlayPathOf(pdfPath);
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size === 0) return null;
    if (fileKey && !isSealed(file)) return undefined;
    bytes = readRecordFile(file, fileKey);
  } catch {
    return undefined;
  }
  const current = bytes.subarray(1, 1 + MARK.length).equals(MARK);
  return current && bytes.subarray(bytes.length - END.length).equals(END) ? bytes : undefined;
}
