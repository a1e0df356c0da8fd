// How the database file is encrypted: SQLite3MultipleCiphers' SQLCipher 4 scheme with a raw 256-bit key (decision record
// 0011), how a plain file from an earlier version becomes an encrypted one safely, and what a wrong or lost key says.
import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../../common/errors';

export const DATABASE_KEY_BYTES = 32;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

type Connection = Database.Database;

export interface OpenFileOptions {
  nativeBinding?: string;
  /** The data folder's 256-bit key; null or absent opens a plain file. */
  databaseKey?: Uint8Array | null;
  readonly?: boolean;
}

/** A plain (unencrypted) SQLite file starts with SQLite's header; an encrypted one starts with random salt. */
export function isPlainDatabaseFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return fs.readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens one database file with the key applied before SQLite reads a page, and checks the key unlocks it. A raw key
 * (x'…') skips SQLCipher's passphrase derivation, which would cost ~100 ms at every open of every connection.
 */
export function openDatabaseFile(file: string, options: OpenFileOptions = {}): Connection {
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    if (options.databaseKey) {
      if (options.databaseKey.length !== DATABASE_KEY_BYTES) throw new Error('the database key must be 32 bytes');
      useSqlCipherScheme(db);
      db.pragma(`key = "x'${Buffer.from(options.databaseKey).toString('hex')}'"`);
    }
    // The first read of a page: a wrong key fails here, not at some later query.
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    if (options.databaseKey && (error as { code?: string }).code === 'SQLITE_NOTADB') throw lockedFailure(file);
    throw error;
  }
}

function useSqlCipherScheme(db: Connection): void {
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
}

/** An encrypted file this key does not open: the key was lost or replaced, or the file came from another data folder. */
function lockedFailure(file: string): AppFailure {
  return new AppFailure(
    'invalid-file',
    `The data file ${path.basename(file)} could not be unlocked: the key this computer keeps for it does not match. ` +
      'This happens when the data folder was copied from another computer or user account, or when its key was removed. ' +
      'Your data was not changed. Put back the original data folder with its key file, or restore a backup made on this computer.',
  );
}

/** The steps of encryptPlainDatabase, named so a test can interrupt it after each one. */
export type EncryptStep = 'folded' | 'copied' | 'rekeyed' | 'verified' | 'renamed';

/**
 * Turns a plain database from an earlier version into an encrypted one. The encryption happens on a copy beside it, which
 * is checked and then renamed over the original: a crash at any point leaves either the plain file, complete and usable
 * (the next start does it again), or the encrypted one.
 */
export function encryptPlainDatabase(
  file: string,
  key: Uint8Array,
  options: { nativeBinding?: string } = {},
  afterStep: (step: EncryptStep) => void = () => {},
): void {
  const plainOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const copy = `${file}.encrypting`;
  for (const leftover of [copy, `${copy}-journal`]) fs.rmSync(leftover, { force: true });

  // The WAL folded into the file and removed: the file alone is the data, and no plain -wal can meet the encrypted file.
  const plain = openDatabaseFile(file, plainOptions);
  let tables: number;
  try {
    plain.pragma('journal_mode = DELETE');
    tables = countSchema(plain);
  } finally {
    plain.close();
  }
  afterStep('folded');

  fs.copyFileSync(file, copy);
  fs.chmodSync(copy, 0o600);
  afterStep('copied');

  const rekey = openDatabaseFile(copy, plainOptions);
  try {
    useSqlCipherScheme(rekey);
    rekey.pragma(`rekey = "x'${Buffer.from(key).toString('hex')}'"`);
  } finally {
    rekey.close();
  }
  afterStep('rekeyed');

  const check = openDatabaseFile(copy, { ...plainOptions, databaseKey: key, readonly: true });
  try {
    if (check.pragma('quick_check', { simple: true }) !== 'ok' || countSchema(check) !== tables) {
      throw new Error('the encrypted copy does not match the plain database');
    }
  } finally {
    check.close();
  }
  if (isPlainDatabaseFile(copy)) throw new Error('the copy was not encrypted');
  fsyncPath(copy);
  afterStep('verified');

  fs.renameSync(copy, file);
  if (process.platform !== 'win32') fsyncPath(path.dirname(file));
  afterStep('renamed');
}

const countSchema = (db: Connection) => (db.prepare('SELECT COUNT(*) AS n FROM sqlite_master').get() as { n: number }).n;

function fsyncPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
