// Reads a backup file a chunk at a time and checks it is one this app wrote: allowed names only, its manifest read first
// (a schema this app knows), then every entry's size and SHA-256; optionally it writes the entries into a folder as it
// goes. Every refusal says what is wrong and what to do; the caller decides what to keep of a folder it extracted into.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../common/errors';
import { DATABASE_FILE_NAME } from '../backend-options';
import { isPlainDatabaseFile, openDatabaseFile } from '../persistence/database-encryption';
import { readAppliedMigrationIds } from '../persistence/migrate';
import { MIGRATIONS } from '../persistence/migrations';
import type { Db, OpenDatabaseOptions } from '../persistence/open-database';
import { isBackupEntryName, MANIFEST_NAME, ManifestSchema, type BackupManifest } from './backup-format';
import { readCentralDirectory, streamEntry, type ZipEntry } from './zip-reader';

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
const ZIP_MAGIC = 0x04034b50;

interface ReadBackupOptions {
  /** A new, empty folder to write the entries into (the restore's staging folder). */
  extractTo?: string;
  /** How the live database is opened (its key): the unpacked database must open the same way. */
  database?: OpenDatabaseOptions;
  onProgress?: (doneBytes: number) => void;
}

const refuse = (fileName: string, what: string) => new AppFailure('invalid-file', `“${fileName}” cannot be restored: ${what}`);

export async function readBackup(file: string, options: ReadBackupOptions = {}): Promise<BackupManifest> {
  const fileName = path.basename(file);
  const notOurs = refuse(fileName, 'it is not a MedLegal Writer backup. Choose a file made with “Back up now…”.');
  const damaged = refuse(
    fileName,
    'the file is damaged or incomplete (it was changed, or the copy did not finish). Use another backup, or copy this one again from where you keep it.',
  );
  let fd: number;
  try {
    if (!fs.statSync(file).isFile()) throw new Error('not a file');
    fd = fs.openSync(file, 'r');
  } catch {
    throw refuse(fileName, 'the file could not be opened (moved, or a drive disconnected). Choose it again.');
  }
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(4);
    if (fs.readSync(fd, head, 0, 4, 0) < 4 || head.readUInt32LE(0) !== ZIP_MAGIC) throw notOurs;
    const entries = readCentralDirectory(fd, size);
    const names = new Set(entries.map((e) => e.name));
    if (names.size !== entries.length || entries.some((e) => !isBackupEntryName(e.name))) throw notOurs;
    const manifestEntry = entries.find((e) => e.name === MANIFEST_NAME);
    if (!manifestEntry) throw names.has(DATABASE_FILE_NAME) ? damaged : notOurs;

    // The manifest first: a backup from a newer app is refused before its gigabytes are read.
    const manifest = await readManifest(fd, manifestEntry, notOurs, damaged);
    refuseUnknownSchema(fileName, manifest);
    const listed = new Map(manifest.entries.map((e) => [e.name, e]));
    const content = entries.filter((e) => e !== manifestEntry);
    if (
      !listed.has(DATABASE_FILE_NAME) ||
      content.length !== listed.size ||
      content.some((e) => listed.get(e.name)?.bytes !== e.size)
    ) {
      throw damaged;
    }

    let done = 0;
    for (const entry of content) {
      const hash = createHash('sha256');
      let bytes = 0;
      const out = options.extractTo ? createOutput(options.extractTo, entry.name) : null;
      try {
        await streamEntry(
          fd,
          entry,
          (chunk) => {
            hash.update(chunk);
            bytes += chunk.length;
            if (out !== null) fs.writeSync(out, chunk);
          },
          (read) => options.onProgress?.((done += read)),
        );
        // On disk before the restore is staged: the swap at the next start must find complete files after a power cut.
        if (out !== null) fs.fsyncSync(out);
      } finally {
        if (out !== null) fs.closeSync(out);
      }
      const expected = listed.get(entry.name)!;
      if (bytes !== expected.bytes || hash.digest('hex') !== expected.sha256) throw damaged;
    }
    if (options.extractTo)
      checkDatabaseOpens(fileName, path.join(options.extractTo, DATABASE_FILE_NAME), manifest, options.database ?? {});
    return manifest;
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new AppFailure('io-error', 'The disk is full: the backup could not be unpacked. Free some space and try again.');
    }
    throw damaged;
  } finally {
    fs.closeSync(fd);
  }
}

async function readManifest(fd: number, entry: ZipEntry, notOurs: AppFailure, damaged: AppFailure): Promise<BackupManifest> {
  if (entry.size > MAX_MANIFEST_BYTES) throw notOurs;
  const chunks: Uint8Array[] = [];
  await streamEntry(fd, entry, (chunk) => chunks.push(chunk.slice()));
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw damaged;
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) throw notOurs;
  return parsed.data;
}

function createOutput(root: string, name: string): number {
  const target = path.join(root, ...name.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  return fs.openSync(target, 'wx', 0o600);
}

/** The backup's migrations must be the start of this app's list: a newer app's backup would be opened by code that does not know it. */
function refuseUnknownSchema(fileName: string, manifest: BackupManifest): void {
  const newest = MIGRATIONS.at(-1)?.id ?? 0;
  const ids = manifest.schema.migrations.map((m) => m.id);
  const highest = Math.max(0, ...ids);
  if (highest > newest) {
    throw refuse(
      fileName,
      `it was made by a newer version of MedLegal Writer (${manifest.appVersion}, data version ${highest}; this app knows up to ${newest}). Install that version or newer, then restore it.`,
    );
  }
  if (ids.some((id, i) => MIGRATIONS[i]?.id !== id)) {
    throw refuse(
      fileName,
      'its data history does not match this version of MedLegal Writer. Restore it with the version that made it.',
    );
  }
}

/** The unpacked database opens, passes SQLite's quick check and has the history its manifest names. */
function checkDatabaseOpens(fileName: string, file: string, manifest: BackupManifest, database: OpenDatabaseOptions): void {
  const broken = refuse(fileName, 'its database does not open. Use another backup.');
  // A backup from before encryption holds a plain database: it opens without the key and is encrypted at the next start.
  const plain = isPlainDatabaseFile(file);
  let db: Db;
  try {
    db = openDatabaseFile(file, { ...database, ...(plain ? { databaseKey: null } : {}), readonly: true });
  } catch (error) {
    if (error instanceof AppFailure) {
      throw refuse(
        fileName,
        'its database is locked with another key: the backup was made from another data folder, computer or user account. Restore it there, or use a backup made here.',
      );
    }
    throw broken;
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    const ids = readAppliedMigrationIds(db);
    if (check !== 'ok' || ids.join() !== manifest.schema.migrations.map((m) => m.id).join()) throw broken;
  } catch {
    throw broken;
  } finally {
    db.close();
  }
}
