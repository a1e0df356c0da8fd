// The data folder and the database file are the examinee's protected health information: on macOS and Linux only the
// user who runs the app may open them (folder 0700, files 0600). Windows keeps them private through the user profile's ACLs.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;
const posix = process.platform !== 'win32';

/** Creates the data folder if needed and makes it private, also when an older version created it open to others. */
export function prepareDataFolder(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: PRIVATE_FOLDER });
  if (posix) fs.chmodSync(dataDir, PRIVATE_FOLDER);
  return dataDir;
}

/** Creates the file empty if absent and makes it private; SQLite then gives its -wal and -shm files the same mode. */
export function preparePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE));
  if (posix) fs.chmodSync(file, PRIVATE_FILE);
}

/**
 * Writes a small private file (0600) whole or not at all: beside its name, flushed, then put in place. `replace: false`
 * keeps a file already there (two starts making a key at once: the first one's stays), as a hard link cannot overwrite.
 */
export function writePrivateFile(file: string, bytes: Uint8Array, { replace }: { replace: boolean }): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(temp, 'wx', PRIVATE_FILE);
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (replace) {
      fs.renameSync(temp, file);
      return;
    }
    try {
      fs.linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
      // A drive without hard links (FAT/exFAT, a portable install): a rename, unless another start wrote its file meanwhile.
      if (!fs.existsSync(file)) fs.renameSync(temp, file);
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}
