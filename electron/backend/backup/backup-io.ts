// The small I/O pieces backup and restore share: files read a chunk at a time with their SHA-256 taken on the way, and a
// pause that lets the app answer other requests between chunks.
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export const CHUNK_BYTES = 1024 * 1024;

/** Where a long task is: a step the physician reads, and how far along it is. */
export type ProgressReport = (step: string, done: number, total: number) => void;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface HashingReader {
  /** The next chunk (a fresh buffer), or null at the end of the file. */
  next(): Uint8Array | null;
  result(): { bytes: number; sha256: string };
  close(): void;
}

export function hashingReader(file: string): HashingReader {
  const fd = fs.openSync(file, 'r');
  const hash = createHash('sha256');
  let bytes = 0;
  let digest: string | null = null;
  return {
    next() {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) return null;
      const chunk = buffer.subarray(0, read);
      hash.update(chunk);
      bytes += read;
      return chunk;
    },
    result: () => ({ bytes, sha256: (digest ??= hash.digest('hex')) }),
    close: () => fs.closeSync(fd),
  };
}
