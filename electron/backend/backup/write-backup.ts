// Writes one backup file: a consistent snapshot of the live database (VACUUM INTO, encrypted with the database's own key;
// never a copy of the WAL files), the records files that snapshot refers to and the user templates, streamed a chunk at a time into a zip beside
// the target, read back and checked against its manifest, then renamed into place. A failure leaves no file at the target.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { AppFailure } from '../../common/errors';
import { DATABASE_FILE_NAME } from '../backend-options';
import { atomicTempName } from '../fs/leftovers';
import { readAppliedMigrationIds } from '../persistence/migrate';
import { openDatabaseFile } from '../persistence/database-encryption';
import { reopenOptions, type Db } from '../persistence/open-database';
import {
  isBackupEntryName,
  MANIFEST_NAME,
  MAX_BACKUP_BYTES,
  newManifest,
  type BackupEntry,
  type BackupManifest,
} from './backup-format';
import { CHUNK_BYTES, hashingReader, nextTurn, type ProgressReport } from './backup-io';
import { readBackup } from './read-backup';

interface Source {
  name: string;
  file: string;
  bytes: number;
  /** PDFs are compressed already: stored as they are, which is faster and no larger. */
  compress: boolean;
}

interface Snapshot {
  file: string;
  migrations: { id: number; name: string }[];
  caseCount: number;
  recordPaths: string[];
}

export interface WriteBackupOptions {
  db: Db;
  dataDir: string;
  target: string;
  appVersion: string;
  now: () => Date;
  onProgress?: ProgressReport;
}

export async function writeBackup(options: WriteBackupOptions): Promise<BackupManifest> {
  const { dataDir, target, onProgress } = options;
  const workDir = fs.mkdtempSync(path.join(dataDir, '.backup-work-'));
  const temp = atomicTempName(target, randomBytes(6).toString('hex'));
  try {
    onProgress?.('Copying the database', 0, 1);
    const snapshot = await takeSnapshot(options.db, workDir);
    const sources = [
      { name: DATABASE_FILE_NAME, file: snapshot.file, bytes: fs.statSync(snapshot.file).size, compress: true },
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

async function takeSnapshot(db: Db, workDir: string): Promise<Snapshot> {
  const file = path.join(workDir, DATABASE_FILE_NAME);
  // VACUUM INTO writes the copy with the live database's cipher and key (SQLite's backup API refuses an encrypted
  // source); it holds one read transaction, so writers carry on. Synchronous: ~0.6 s for 60 MB here.
  await nextTurn();
  db.prepare('VACUUM INTO ?').run(file);
  const copy = openDatabaseFile(file, reopenOptions(db));
  try {
    // One self-contained file: a restore must not depend on a -wal file beside it.
    copy.pragma('journal_mode = DELETE');
    const ids = new Set(readAppliedMigrationIds(copy));
    const migrations = (
      copy.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[]
    ).filter((m) => ids.has(m.id));
    const { n } = copy.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number };
    const recordPaths = (
      copy.prepare('SELECT DISTINCT stored_path AS p FROM record_files ORDER BY p').all() as { p: string }[]
    ).map((r) => r.p);
    return { file, migrations, caseCount: n, recordPaths };
  } finally {
    copy.close();
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
  };
  try {
    const entries: BackupEntry[] = [];
    let done = 0;
    for (const source of sources) {
      const entry = source.compress ? new ZipDeflate(source.name, { level: 3 }) : new ZipPassThrough(source.name);
      zip.add(entry);
      const read = hashingReader(source.file);
      try {
        for (let chunk = read.next(); chunk; chunk = read.next()) {
          entry.push(chunk, false);
          check();
          done += chunk.length;
          onBytes(done);
          // Keeps the app answering (and the progress visible) while a large records folder is copied.
          if (chunk.length === CHUNK_BYTES) await nextTurn();
        }
      } finally {
        read.close();
      }
      entry.push(new Uint8Array(0), true);
      check();
      entries.push({ name: source.name, ...read.result() });
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
