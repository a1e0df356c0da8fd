// Record files sealed at rest: what is stored is not the PDF, any range reads back exactly, and a changed, cut or
// swapped file is refused instead of shown.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SEAL_CHUNK_BYTES,
  SealedFileError,
  createSealStream,
  isSealed,
  openRecordFile,
  readRecordFile,
  recordFilesKey,
  sealBuffer,
} from '../../../electron/backend/fs/sealed-file';

const key = recordFilesKey(Buffer.alloc(32, 7));
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sealed-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sealThroughStream(plain: Buffer, pieces = 7): Promise<string> {
  const file = path.join(dir, `s-${plain.length}.bin`);
  const parts: Buffer[] = [];
  const step = Math.max(1, Math.ceil(plain.length / pieces));
  for (let at = 0; at < plain.length; at += step) parts.push(plain.subarray(at, at + step));
  await pipeline(Readable.from(parts), createSealStream(key), fs.createWriteStream(file));
  return file;
}

describe('sealed record files', () => {
  const sizes = [0, 1, SEAL_CHUNK_BYTES - 1, SEAL_CHUNK_BYTES, SEAL_CHUNK_BYTES + 1, 3 * SEAL_CHUNK_BYTES, 200_001];

  it.each(sizes)('a %i-byte file reads back whole and by range, from the stream and from a buffer', async (size) => {
    const plain = randomBytes(size);
    const streamed = await sealThroughStream(plain);
    const buffered = path.join(dir, 'b.bin');
    fs.writeFileSync(buffered, sealBuffer(key, plain));
    for (const file of [streamed, buffered]) {
      expect(isSealed(file)).toBe(true);
      expect(readRecordFile(file, key).equals(plain)).toBe(true);
      const reader = openRecordFile(file, key);
      try {
        expect(reader.plainSize).toBe(size);
        const ranges: [number, number][] = [
          [0, 10],
          [SEAL_CHUNK_BYTES - 3, 9],
          [Math.floor(size / 2), 70_000],
          [Math.max(0, size - 5), 100],
          [size + 10, 5],
        ];
        for (const [start, length] of ranges) {
          expect(reader.read(start, length).equals(plain.subarray(start, start + length))).toBe(true);
        }
      } finally {
        reader.close();
      }
    }
  });

  it('stores no readable PDF text', async () => {
    const plain = Buffer.from('%PDF-1.7\n(Examinee Jordan Fictional) Tj\n'.repeat(500), 'latin1');
    const file = await sealThroughStream(plain);
    const stored = fs.readFileSync(file);
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
    expect(stored.includes(Buffer.from('Jordan Fictional'))).toBe(false);
  });

  it('reads files stored before sealing began as they are', () => {
    const file = path.join(dir, 'plain.pdf');
    fs.writeFileSync(file, '%PDF-1.4 plain');
    expect(isSealed(file)).toBe(false);
    expect(readRecordFile(file, key).toString()).toBe('%PDF-1.4 plain');
  });

  it('refuses a changed byte, a cut-off end, another key and a chunk moved from another file', async () => {
    const plain = randomBytes(3 * SEAL_CHUNK_BYTES + 100);
    const file = await sealThroughStream(plain);
    const stored = fs.readFileSync(file);

    const changed = Buffer.from(stored);
    changed[changed.length - 40]! ^= 1;
    fs.writeFileSync(file, changed);
    expect(() => readRecordFile(file, key)).toThrow(SealedFileError);

    // Cut exactly at a chunk boundary: what is left ends with a chunk sealed as "more", not "last".
    fs.writeFileSync(file, stored.subarray(0, 16 + 3 * (SEAL_CHUNK_BYTES + 16)));
    expect(() => readRecordFile(file, key)).toThrow(SealedFileError);

    fs.writeFileSync(file, stored);
    expect(() => readRecordFile(file, recordFilesKey(Buffer.alloc(32, 8)))).toThrow(SealedFileError);

    const other = await sealThroughStream(randomBytes(plain.length));
    const otherStored = fs.readFileSync(other);
    const swapped = Buffer.concat([
      stored.subarray(0, 16),
      otherStored.subarray(16, 16 + SEAL_CHUNK_BYTES + 16),
      stored.subarray(16 + SEAL_CHUNK_BYTES + 16),
    ]);
    fs.writeFileSync(file, swapped);
    expect(() => openRecordFile(file, key).read(0, 10)).toThrow(SealedFileError);
  });

  it('derives a key of its own from the database key', () => {
    const databaseKey = Buffer.alloc(32, 7);
    expect(key).toHaveLength(32);
    expect(key.equals(databaseKey)).toBe(false);
    expect(recordFilesKey(databaseKey).equals(key)).toBe(true);
  });
});
