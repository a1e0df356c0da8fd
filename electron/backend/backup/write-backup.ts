// One backup file: a consistent, encrypted snapshot of the live database taken and compressed on a worker thread, the
// records files it refers to and the user templates, streamed a chunk at a time into a zip beside the target, read
// back and checked against its manifest, then renamed into place. A failure leaves no file at the target.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { AppFailure } from '../../common/errors';
import { DATABASE_FILE_NAME } from '../backend-options';
import { atomicTempName } from '../fs/leftovers';
import type { Db } from '../persistence/open-database';
import {
  isBackupEntryName,
  MANIFEST_NAME,
  MAX_BACKUP_BYTES,
  newManifest,
  type BackupEntry,
  type BackupManifest,
} from './backup-format';
import { CHUNK_BYTES, hashingReader, nextTurn, type ProgressReport } from './backup-io';
import type { DeflatedFile } from './deflate-file';
import { readBackup } from './read-backup';
import { snapshotOffThread } from './snapshot-thread';

interface Source {
  name: string;
  file: string;
  bytes: number;
  /** PDFs are compressed already: stored as they are, which is faster and no larger. */
  compress: boolean;
  /** Compressed beforehand on the snapshot thread (the database): its DEFLATE stream goes in as it is. */
  deflated?: DeflatedFile;
}

export interface WriteBackupOptions {
  db: Db;
  dataDir: string;
  target: string;
  appVersion: string;
  now: () => Date;
  onProgress?: ProgressReport;
  /** Stops the copy at the next chunk (the app is closing); nothing is left at the target. */
  signal?: AbortSignal | undefined;
}

export async function writeBackup(options: WriteBackupOptions): Promise<BackupManifest> {
  const { dataDir, target, onProgress } = options;
  const workDir = fs.mkdtempSync(path.join(dataDir, '.backup-work-'));
  const temp = atomicTempName(target, randomBytes(6).toString('hex'));
  try {
    onProgress?.('Copying the database', 0, 1);
    const snapshot = await snapshotOffThread(options.db, path.join(workDir, DATABASE_FILE_NAME));
    const sources = [
      {
        name: DATABASE_FILE_NAME,
        file: snapshot.file,
        bytes: snapshot.deflated.bytes,
        compress: true,
        deflated: snapshot.deflated,
      },
      ...snapshot.recordPaths.map((name) => recordSource(dataDir, name)),
      ...templateSources(dataDir),
    ];
    const total = sources.reduce((sum, s) => sum + s.bytes, 0);
    if (total > MAX_BACKUP_BYTES) {
      throw new AppFailure(
        'io-error',
        `The data is ${(total / 1024 ** 3).toFixed(1)} GB; one backup file can hold at most 4 GB. Close the app and copy the data folder instead.`,
      );
    }
    const written = await writeZip(
      temp,
      sources,
      options.signal,
      (done) => onProgress?.('Copying records files', done, total),
      (entries) =>
        newManifest({
          appVersion: options.appVersion,
          createdAt: options.now().toISOString(),
          schema: { version: snapshot.migrations.at(-1)?.id ?? 0, migrations: snapshot.migrations },
          summary: { caseCount: snapshot.caseCount, recordFileCount: snapshot.recordPaths.length },
          entries,
        }),
    );
    onProgress?.('Checking the backup', 0, total);
    const manifest = await readBackup(temp, { onProgress: (done) => onProgress?.('Checking the backup', done, total) });
    if (manifest.entries.length !== written.entries.length) throw new Error('backup re-read disagrees with what was written');
    try {
      fs.renameSync(temp, target);
    } catch (error) {
      throw writeFailure(error, target);
    }
    return manifest;
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function recordSource(dataDir: string, name: string): Source {
  if (!isBackupEntryName(name)) throw new Error(`unexpected stored path shape`);
  const file = path.join(dataDir, ...name.split('/'));
  try {
    return { name, file, bytes: fs.statSync(file).size, compress: false };
  } catch {
    throw new AppFailure(
      'conflict',
      'A records file was removed while the backup was being made (a batch was deleted). Nothing was written; back up again.',
    );
  }
}

/** The physician's own templates (templates/…); names the backup format would refuse are left out, as the app never makes them. */
function templateSources(dataDir: string): Source[] {
  const root = path.join(dataDir, 'templates');
  if (!fs.existsSync(root)) return [];
  const found = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return found
    .map((d) => {
      const file = path.join(d.parentPath, d.name);
      const name = ['templates', ...path.relative(root, file).split(path.sep)].join('/');
      return { name, file, bytes: fs.statSync(file).size, compress: true };
    })
    .filter((s) => isBackupEntryName(s.name));
}

/** Streams every source into the zip, hashing as it reads, then appends the manifest the hashes make. */
async function writeZip(
  temp: string,
  sources: Source[],
  signal: AbortSignal | undefined,
  onBytes: (done: number) => void,
  manifestFor: (entries: BackupEntry[]) => BackupManifest,
): Promise<BackupManifest> {
  let fd: number;
  try {
    fd = fs.openSync(temp, 'w', 0o600);
  } catch (error) {
    throw writeFailure(error, temp);
  }
  let failure: unknown = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else if (!failure) {
      try {
        fs.writeSync(fd, chunk);
      } catch (writeError) {
        failure = writeFailure(writeError, temp);
      }
    }
  });
  const check = () => {
    if (failure) throw failure;
    if (signal?.aborted) throw new AppFailure('cancelled', 'The backup was stopped because the app is closing.');
  };
  try {
    const entries: BackupEntry[] = [];
    let done = 0;
    for (const source of sources) {
      const entry = zipEntry(source);
      zip.add(entry);
      const read = hashingReader(source.deflated?.file ?? source.file);
      let inEntry = 0;
      try {
        for (let chunk = read.next(); chunk; chunk = read.next()) {
          entry.push(chunk, false);
          check();
          inEntry += chunk.length;
          onBytes(done + Math.min(source.bytes, inEntry));
          // Keeps the app answering (and the progress visible) while a large records folder is copied.
          if (chunk.length === CHUNK_BYTES) await nextTurn();
        }
      } finally {
        read.close();
      }
      entry.push(new Uint8Array(0), true);
      check();
      done += source.bytes;
      const { deflated } = source;
      entries.push(
        deflated
          ? { name: source.name, bytes: deflated.bytes, sha256: deflated.sha256 }
          : { name: source.name, ...read.result() },
      );
      await nextTurn();
    }
    const manifest = manifestFor(entries);
    const entry = new ZipDeflate(MANIFEST_NAME, { level: 6 });
    zip.add(entry);
    entry.push(new TextEncoder().encode(JSON.stringify(manifest, null, 2)), true);
    zip.end();
    check();
    fs.fsyncSync(fd);
    return manifest;
  } finally {
    fs.closeSync(fd);
  }
}

type Entry = ZipInputFile & { push(chunk: Uint8Array, final: boolean): void };

function zipEntry(source: Source): Entry {
  if (!source.compress) return new ZipPassThrough(source.name);
  const { deflated } = source;
  if (!deflated) return new ZipDeflate(source.name, { level: 3 });
  // The zip writes the size and CRC in the data descriptor after the data; they were taken on the snapshot thread.
  const entry: Entry = {
    filename: source.name,
    size: deflated.bytes,
    crc: deflated.crc,
    compression: 8,
    flag: 0,
    push: (chunk, final) => entry.ondata?.(null, chunk as Uint8Array<ArrayBuffer>, final),
  };
  return entry;
}

function writeFailure(error: unknown, file: string): AppFailure {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full. Free some space or choose another drive'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'you do not have permission to write there. Choose another folder'
        : code === 'ENOENT'
          ? 'the folder does not exist (a drive disconnected?). Choose another folder'
          : 'the file could not be written. Choose another folder and try again';
  return new AppFailure('io-error', `The backup was NOT written to ${path.dirname(file)}: ${why}.`);
}
