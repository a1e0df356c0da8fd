// Record files encrypted at rest ("sealed"): AES-256-GCM in 64 KiB chunks, so the viewer can read any byte range by
// opening only the chunks it covers. Each chunk's nonce carries its index and its authenticated data says whether it is
// the last, so chunks cannot be reordered, swapped between files or cut off unnoticed. Files stored before sealing
// began have no header and are read as they are (isSealed).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Transform } from 'node:stream';

const MAGIC = Buffer.from('MLWSEAL1', 'latin1');
const FILE_NONCE_BYTES = 8;
const HEADER_BYTES = MAGIC.length + FILE_NONCE_BYTES;
const TAG_BYTES = 16;
export const SEAL_CHUNK_BYTES = 64 * 1024;
const SEALED_CHUNK_BYTES = SEAL_CHUNK_BYTES + TAG_BYTES;
/** Decrypted chunks a reader keeps for the next small reads (2 MiB). */
const KEPT_CHUNKS = 32;

/** The record files' own key, derived from the data folder's database key (one secret to keep, two uses kept apart). */
export function recordFilesKey(databaseKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'medlegal-writer record files v1', 32));
}

/** The record files' key of a database opened with `databaseKey`; null for a database kept plain on purpose. */
export function recordFilesKeyOf(databaseKey: Uint8Array | null | undefined): Buffer | null {
  return databaseKey ? recordFilesKey(Buffer.from(databaseKey)) : null;
}

export class SealedFileError extends Error {
  constructor() {
    super('The stored file does not match its key: it was changed, damaged or belongs to another data folder.');
  }
}

function nonceFor(fileNonce: Buffer, index: number): Buffer {
  const nonce = Buffer.alloc(12);
  fileNonce.copy(nonce, 0);
  nonce.writeUInt32BE(index, FILE_NONCE_BYTES);
  return nonce;
}

const aadFor = (last: boolean) => Buffer.from(last ? 'last' : 'more', 'latin1');

function sealChunk(key: Buffer, fileNonce: Buffer, index: number, plain: Buffer, last: boolean): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonceFor(fileNonce, index));
  cipher.setAAD(aadFor(last));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([body, cipher.getAuthTag()]);
}

function openChunk(key: Buffer, fileNonce: Buffer, index: number, sealed: Buffer, last: boolean): Buffer {
  if (sealed.length < TAG_BYTES) throw new SealedFileError();
  const decipher = createDecipheriv('aes-256-gcm', key, nonceFor(fileNonce, index));
  decipher.setAAD(aadFor(last));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new SealedFileError();
  }
}

/**
 * A stream that seals what passes through it. The last chunk is only known at the end, so one full chunk is held back
 * until more arrives or the stream ends; an empty input still gets one (empty) last chunk.
 */
export function createSealStream(key: Buffer): Transform {
  const fileNonce = randomBytes(FILE_NONCE_BYTES);
  let index = 0;
  let pending: Buffer = Buffer.alloc(0);
  let headerSent = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!headerSent) {
        this.push(Buffer.concat([MAGIC, fileNonce]));
        headerSent = true;
      }
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      // Keep at least one byte back so the final chunk is sealed as "last" in flush.
      while (pending.length > SEAL_CHUNK_BYTES) {
        this.push(sealChunk(key, fileNonce, index++, pending.subarray(0, SEAL_CHUNK_BYTES), false));
        pending = pending.subarray(SEAL_CHUNK_BYTES);
      }
      done();
    },
    flush(done) {
      if (!headerSent) this.push(Buffer.concat([MAGIC, fileNonce]));
      this.push(sealChunk(key, fileNonce, index, pending, true));
      done();
    },
  });
}

/** Seals a whole buffer (small files and tests). */
export function sealBuffer(key: Buffer, plain: Buffer): Buffer {
  const fileNonce = randomBytes(FILE_NONCE_BYTES);
  const parts: Buffer[] = [MAGIC, fileNonce];
  const count = Math.max(1, Math.ceil(plain.length / SEAL_CHUNK_BYTES));
  for (let i = 0; i < count; i++) {
    const piece = plain.subarray(i * SEAL_CHUNK_BYTES, (i + 1) * SEAL_CHUNK_BYTES);
    parts.push(sealChunk(key, fileNonce, i, piece, i === count - 1));
  }
  return Buffer.concat(parts);
}

/** True when the open file starts with the sealed header. */
function hasSealHeader(fd: number): boolean {
  const head = Buffer.alloc(MAGIC.length);
  return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
}

export function isSealed(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    return hasSealHeader(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A stored record file opened for reading its plain bytes, sealed or (stored before sealing began) as it is. */
export interface RecordFileReader {
  readonly plainSize: number;
  /** Up to `length` plain bytes from `start`. */
  read(start: number, length: number): Buffer;
  close(): void;
}

/** Opens a stored record file; `key` null is a data folder kept plain on purpose (the benchmarks' baseline). */
export function openRecordFile(file: string, key: Buffer | null): RecordFileReader {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (!hasSealHeader(fd)) return plainReader(fd, size);
    if (!key) throw new SealedFileError();
    return sealedReader(fd, size, key);
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/** Reads a whole stored record file's plain bytes. */
export function readRecordFile(file: string, key: Buffer | null): Buffer {
  const reader = openRecordFile(file, key);
  try {
    return reader.read(0, reader.plainSize);
  } finally {
    reader.close();
  }
}

function readAt(fd: number, at: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = fs.readSync(fd, bytes, got, length - got, at + got);
    if (n === 0) break;
    got += n;
  }
  return bytes.subarray(0, got);
}

function plainReader(fd: number, size: number): RecordFileReader {
  return {
    plainSize: size,
    read: (start, length) => readAt(fd, start, Math.max(0, Math.min(length, size - start))),
    close: () => fs.closeSync(fd),
  };
}

function sealedReader(fd: number, size: number, key: Buffer): RecordFileReader {
  const body = size - HEADER_BYTES;
  const chunks = Math.ceil(body / SEALED_CHUNK_BYTES);
  if (chunks < 1 || body - chunks * TAG_BYTES < 0) throw new SealedFileError();
  const plainSize = body - chunks * TAG_BYTES;
  const fileNonce = readAt(fd, MAGIC.length, FILE_NONCE_BYTES);
  // The page-tree overlay and pdf.js's object reads ask for many small pieces of the same few chunks: keep the last ones.
  const recent = new Map<number, Buffer>();
  const chunk = (i: number): Buffer => {
    const hit = recent.get(i);
    if (hit) return hit;
    const sealed = readAt(fd, HEADER_BYTES + i * SEALED_CHUNK_BYTES, SEALED_CHUNK_BYTES);
    const plain = openChunk(key, fileNonce, i, sealed, i === chunks - 1);
    recent.set(i, plain);
    if (recent.size > KEPT_CHUNKS) recent.delete(recent.keys().next().value!);
    return plain;
  };
  return {
    plainSize,
    read(start, length) {
      const end = Math.min(plainSize, start + Math.max(0, length));
      if (start >= end) return Buffer.alloc(0);
      const first = Math.floor(start / SEAL_CHUNK_BYTES);
      const last = Math.floor((end - 1) / SEAL_CHUNK_BYTES);
      const plain: Buffer[] = [];
      if (last - first >= KEPT_CHUNKS) {
        // A long read (a whole file into PDFium's heap): one disk read, nothing kept.
        const sealed = readAt(fd, HEADER_BYTES + first * SEALED_CHUNK_BYTES, (last - first + 1) * SEALED_CHUNK_BYTES);
        for (let i = first; i <= last; i++) {
          const at = (i - first) * SEALED_CHUNK_BYTES;
          plain.push(openChunk(key, fileNonce, i, sealed.subarray(at, at + SEALED_CHUNK_BYTES), i === chunks - 1));
        }
      } else {
        for (let i = first; i <= last; i++) plain.push(chunk(i));
      }
      const from = start - first * SEAL_CHUNK_BYTES;
      // Buffer.concat copies, so no caller can change a kept chunk.
      return Buffer.concat(plain).subarray(from, from + (end - start));
    },
    close: () => fs.closeSync(fd),
  };
}
