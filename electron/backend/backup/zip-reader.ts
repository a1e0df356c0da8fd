// Reads a zip by its central directory, one entry at a time and a chunk at a time. fflate's streaming Unzip finds where
// an entry ends by scanning for the next header's signature, which the bytes of a stored PDF can contain by chance; the
// central directory gives every entry's size instead. No ZIP64: a backup stays below 4 GiB (backup-format.ts).
import { once } from 'node:events';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { CHUNK_BYTES, nextTurn } from './backup-io';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_BYTES = 22;
const STORED = 0;
const DEFLATED = 8;

/** Thrown when the file is not a well-formed zip (cut short, or its directory and entries disagree). */
class MalformedZip extends Error {}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  if (read !== length) throw new MalformedZip('short read');
  return buffer;
}

/** The entries the central directory lists, in its order. */
export function readCentralDirectory(fd: number, fileSize: number): ZipEntry[] {
  if (fileSize < EOCD_BYTES) throw new MalformedZip('too small');
  // The end record is the last 22 bytes plus a comment of up to 65,535 bytes; search back for its signature.
  const tailLength = Math.min(fileSize, EOCD_BYTES + 0xffff);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - EOCD_BYTES; i >= 0 && end < 0; i--) if (tail.readUInt32LE(i) === EOCD_SIGNATURE) end = i;
  if (end < 0) throw new MalformedZip('no end of central directory');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > fileSize) throw new MalformedZip('directory outside the file');
  const directory = readAt(fd, directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new MalformedZip('bad directory');
    const nameLength = directory.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    if (next > directory.length) throw new MalformedZip('bad directory');
    entries.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localHeaderOffset: directory.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

/** Streams one entry's uncompressed bytes to onChunk; onRead reports the compressed bytes read so far. */
export async function streamEntry(
  fd: number,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
  onRead: (bytes: number) => void = () => undefined,
): Promise<void> {
  const header = readAt(fd, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new MalformedZip('bad local header');
  let position = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new MalformedZip('unsupported compression');
  let left = entry.compressedSize;
  // Node's zlib inflates on its thread pool: checking a large database entry never stalls the backend thread.
  const inflate = entry.method === DEFLATED ? zlib.createInflateRaw() : null;
  const inflated = inflate ? drain(inflate, onChunk) : null;
  // Awaited below; marked handled now so a damaged entry failing early is not an unhandled rejection meanwhile.
  inflated?.catch(() => undefined);
  while (left > 0) {
    const chunk = readAt(fd, position, Math.min(CHUNK_BYTES, left));
    position += chunk.length;
    left -= chunk.length;
    if (inflate) {
      if (!inflate.write(chunk)) await Promise.race([once(inflate, 'drain'), inflated]);
    } else onChunk(chunk);
    onRead(chunk.length);
    if (!inflate && chunk.length === CHUNK_BYTES) await nextTurn();
  }
  if (inflate) {
    inflate.end();
    await inflated;
  }
}

async function drain(inflate: zlib.InflateRaw, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  for await (const data of inflate) onChunk(data as Buffer);
}
