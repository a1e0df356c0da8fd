// The case's records folder: <dataDir>/cases/<caseId>/records/<sha256>.pdf. Files arrive as a temp copy (hashed
// while copied, flushed to disk) and are renamed into place only when their pages are extracted; a startup sweep
// removes temp copies and unreferenced files left by a crash. Also serves a stored file's bytes to the viewer. Beside a
// large file lies <sha256>.overlay, its page tree for the viewer (viewer-overlay-store), removed with it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppFailure } from '../../common/errors';
import { createSealStream, openRecordFile, SealedFileError, type RecordFileReader } from '../fs/sealed-file';
import type { Db } from '../persistence/open-database';
import type { RecordsRepository } from './records-repository';

const SAFE_ID = /^[A-Za-z0-9_-]{1,80}$/;
const STREAM_PIECE_BYTES = 1024 * 1024;
const STORED_NAME = /^[0-9a-f]{64}\.pdf$/;
const OVERLAY_NAME = /^[0-9a-f]{64}\.overlay$/;
export const TEMP_PREFIX = '.import-';

/** Case ids reach this code from the renderer; only plain ids may become folder names. */
export function recordsDir(dataDir: string, caseId: string): string {
  if (!SAFE_ID.test(caseId)) throw new AppFailure('invalid-input', 'That case could not be found.');
  return path.join(dataDir, 'cases', caseId, 'records');
}

/** Stored paths are relative to the data folder, with forward slashes, so the folder can move. */
export function storedRelativePath(caseId: string, sha256: string): string {
  return `cases/${caseId}/records/${sha256}.pdf`;
}

export function absoluteStoredPath(dataDir: string, storedPath: string): string {
  return path.join(dataDir, ...storedPath.split('/'));
}

export interface TempCopy {
  tempPath: string;
  sha256: string;
  byteSize: number;
}

/**
 * Copies `source` into the records folder under a temp name, hashing the plain bytes as it goes and sealing them with
 * `fileKey` (fs/sealed-file.ts; null keeps them plain), and flushes it to disk.
 */
export async function copyToTemp(
  source: string,
  dir: string,
  tempName: string,
  fileKey: Buffer | null,
  signal?: AbortSignal,
): Promise<TempCopy> {
  await fsp.mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, tempName);
  const hash = createHash('sha256');
  let byteSize = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      byteSize += chunk.length;
      done(null, chunk);
    },
  });
  try {
    const read = fs.createReadStream(source, { highWaterMark: 1024 * 1024 });
    const write = fs.createWriteStream(tempPath, { mode: 0o600 });
    const options = signal ? { signal } : {};
    if (fileKey) await pipeline(read, tap, createSealStream(fileKey), write, options);
    else await pipeline(read, tap, write, options);
    const handle = await fsp.open(tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await removeQuietly(tempPath);
    throw error;
  }
  return { tempPath, sha256: hash.digest('hex'), byteSize };
}

/** Moves a finished temp copy to its final name (atomic within one folder). */
export async function moveIntoPlace(tempPath: string, finalPath: string): Promise<void> {
  await fsp.rename(tempPath, finalPath);
  // Make the rename itself durable; not every platform can open a folder, which is fine.
  try {
    const dir = await fsp.open(path.dirname(finalPath), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    /* best effort */
  }
}

export async function removeQuietly(file: string): Promise<void> {
  await fsp.rm(file, { force: true }).catch(() => undefined);
}

/** Where the viewer's page tree of a stored PDF is kept (viewer-overlay-store.ts). */
export const overlayPathOf = (pdfPath: string) => pdfPath.replace(/\.pdf$/, '.overlay');

/** Removes a stored PDF and what was kept beside it for the viewer. */
export async function removeStoredFile(pdfPath: string): Promise<void> {
  await removeQuietly(pdfPath);
  await removeQuietly(overlayPathOf(pdfPath));
}

/**
 * Removes what an interrupted import left in any case's records folder: temp copies, and stored PDFs that no
 * file row refers to (renamed into place, then the app stopped before the commit). Run before imports start.
 */
export function sweepIncompleteImports(db: Db, dataDir: string): { removed: number } {
  const casesDir = path.join(dataDir, 'cases');
  if (!fs.existsSync(casesDir)) return { removed: 0 };
  const referenced = db.prepare('SELECT 1 FROM record_files WHERE stored_path = ? LIMIT 1');
  let removed = 0;
  for (const caseId of fs.readdirSync(casesDir)) {
    const dir = path.join(casesDir, caseId, 'records');
    if (!SAFE_ID.test(caseId) || !fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const pdfName = OVERLAY_NAME.test(name) ? name.replace(/\.overlay$/, '.pdf') : name;
      const orphan =
        name.startsWith(TEMP_PREFIX) ||
        ((STORED_NAME.test(name) || OVERLAY_NAME.test(name)) && !referenced.get(`cases/${caseId}/records/${pdfName}`));
      if (!orphan) continue;
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return { removed };
}

/** A sealed stored file that no longer opens with its key: changed on disk, damaged, or copied from another folder. */
export const changedStoredFile = (originalName: string) =>
  new AppFailure(
    'io-error',
    `${originalName} in the case folder was changed or damaged since it was imported. Import it again from the original.`,
  );

/** The plain bytes [start, end) of an opened stored file, a megabyte at a time; the file is closed at the end. */
function* readRange(reader: RecordFileReader, start: number, end: number, originalName: string): Generator<Buffer> {
  try {
    for (let at = start; at < end; at += STREAM_PIECE_BYTES) yield reader.read(at, Math.min(STREAM_PIECE_BYTES, end - at));
  } catch (error) {
    throw error instanceof SealedFileError ? changedStoredFile(originalName) : error;
  } finally {
    reader.close();
  }
}

export interface RecordFileStream {
  stream: Readable;
  /** Bytes in this response (the range, or the whole file). */
  length: number;
  totalSize: number;
  fileName: string;
  contentType: 'application/pdf';
}

/**
 * Opens a stored PDF for the viewer by file id, optionally one byte range (inclusive `end`, as in HTTP Range),
 * so pdf.js can fetch a large file in pieces. The path comes from the database, never from the caller.
 */
export async function openRecordFileStream(
  repo: RecordsRepository,
  dataDir: string,
  fileId: string,
  fileKey: Buffer | null,
  range?: { start: number; end?: number },
): Promise<RecordFileStream> {
  const ref = repo.storedFile(fileId);
  if (!ref) throw new AppFailure('not-found', 'That record file is no longer in the case.');
  let reader: RecordFileReader;
  try {
    reader = openRecordFile(absoluteStoredPath(dataDir, ref.storedPath), fileKey);
  } catch (error) {
    if (error instanceof SealedFileError) throw changedStoredFile(ref.originalName);
    throw new AppFailure('io-error', `${ref.originalName} is missing from the case folder. Import it again from the original.`);
  }
  const totalSize = reader.plainSize;
  const start = Math.max(0, range?.start ?? 0);
  const end = Math.min(totalSize - 1, range?.end ?? totalSize - 1);
  if (start > end) {
    reader.close();
    throw new AppFailure('invalid-input', 'That part of the file does not exist.');
  }
  return {
    stream: Readable.from(readRange(reader, start, end + 1, ref.originalName)),
    length: end - start + 1,
    totalSize,
    fileName: ref.originalName,
    contentType: 'application/pdf',
  };
}
