// Record PDFs stored by a version that kept them plain are sealed (fs/sealed-file.ts) in the background after start, one
// at a time: sealed beside the original, checked to give back the very bytes the file is named by (its SHA-256), then
// renamed over it. A crash leaves a temp copy the start-up sweep removes and the plain file as it was. A page-tree overlay
// an earlier version kept plain beside its file is sealed too: it copies page dictionaries, which can hold patient data.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createSealStream, isSealed, openRecordFile } from '../fs/sealed-file';
import { logError } from '../log';
import type { Db } from '../persistence/open-database';
import { absoluteStoredPath, moveIntoPlace, overlayPathOf, removeQuietly, TEMP_PREFIX } from './record-file-store';
import { writeOverlay } from './viewer-overlay-store';

const CHECK_BYTES = 4 * 1024 * 1024;

/** SHA-256 of a stored file's plain bytes, read through its seal. */
function plainSha256(file: string, key: Buffer): string {
  const reader = openRecordFile(file, key);
  try {
    const hash = createHash('sha256');
    for (let at = 0; at < reader.plainSize; at += CHECK_BYTES) hash.update(reader.read(at, CHECK_BYTES));
    return hash.digest('hex');
  } finally {
    reader.close();
  }
}

/** Seals the overlay beside a stored file when an earlier version kept it plain (an empty one holds nothing). */
function sealOverlayOf(file: string, key: Buffer): void {
  const overlay = overlayPathOf(file);
  if (!fs.statSync(overlay, { throwIfNoEntry: false })?.size || isSealed(overlay)) return;
  writeOverlay(file, fs.readFileSync(overlay), key);
}

async function sealOne(file: string, key: Buffer): Promise<void> {
  const temp = path.join(path.dirname(file), `${TEMP_PREFIX}seal-${randomBytes(6).toString('hex')}.part`);
  try {
    await pipeline(fs.createReadStream(file), createSealStream(key), fs.createWriteStream(temp, { mode: 0o600 }));
    const fd = fs.openSync(temp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (plainSha256(temp, key) !== path.basename(file, '.pdf')) throw new Error('the sealed copy does not read back');
    await moveIntoPlace(temp, file);
  } finally {
    await removeQuietly(temp);
  }
}

/** Seals every stored record file that is still plain; resolves to how many were sealed. Stops early when asked. */
export async function sealOlderFiles(db: Db, dataDir: string, key: Buffer, signal?: AbortSignal): Promise<number> {
  const stored = db.prepare('SELECT DISTINCT stored_path AS storedPath FROM record_files').all() as { storedPath: string }[];
  let sealed = 0;
  for (const { storedPath } of stored) {
    if (signal?.aborted) break;
    const file = absoluteStoredPath(dataDir, storedPath);
    try {
      if (!fs.existsSync(file)) continue;
      sealOverlayOf(file, key);
      if (isSealed(file)) continue;
      await sealOne(file, key);
      sealed++;
    } catch (error) {
      // Left plain (still readable) and tried again at the next start; e.g. Windows refuses to replace an open file.
      logError('sealing a stored record file', error);
    }
  }
  return sealed;
}
