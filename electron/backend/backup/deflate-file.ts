// Compresses one file for a zip entry (raw DEFLATE, with the CRC-32 the zip needs and the SHA-256 the manifest names) on
// the snapshot worker thread: deflating a 60 MB database on the backend thread would stall it for seconds.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

export interface DeflatedFile {
  /** The raw DEFLATE stream, ready to go into the zip as it is. */
  file: string;
  /** The original file's size, CRC-32 and SHA-256. */
  bytes: number;
  crc: number;
  sha256: string;
}

export async function deflateFile(source: string, target: string): Promise<DeflatedFile> {
  const hash = createHash('sha256');
  let crc = 0;
  let bytes = 0;
  const input = fs.createReadStream(source, { highWaterMark: 1024 * 1024 });
  input.on('data', (chunk) => {
    const data = chunk as Buffer;
    hash.update(data);
    crc = zlib.crc32(data, crc);
    bytes += data.length;
  });
  await pipeline(input, zlib.createDeflateRaw({ level: 3 }), fs.createWriteStream(target, { mode: 0o600 }));
  return { file: target, bytes, crc, sha256: hash.digest('hex') };
}
