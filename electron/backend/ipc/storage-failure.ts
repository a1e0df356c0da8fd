// What the physician reads when the disk or the database refuses a write: that it was NOT saved, why, and what to do.
// A full disk, a read-only or locked file, or a failing drive must never read as "your saved work is safe".
import { AppFailure } from '../../common/errors';

const NOT_SAVED = 'This change was NOT saved.';

/** By SQLite's result code (better-sqlite3 puts it on error.code) or Node's file-system error code. */
const CAUSES: { codes: RegExp; message: string }[] = [
  {
    codes: /^(SQLITE_FULL|ENOSPC|EDQUOT)$/,
    message: `${NOT_SAVED} The disk that holds your data folder is full. Free some space on it; what you typed stays on screen and is saved again by itself.`,
  },
  {
    codes: /^(SQLITE_READONLY.*|EROFS|EACCES|EPERM)$/,
    message: `${NOT_SAVED} The data folder cannot be written to (it is read-only or its permissions changed). Check that the drive is not write-protected and that you can write to the folder, then try again.`,
  },
  {
    codes: /^(SQLITE_BUSY.*|SQLITE_LOCKED.*)$/,
    message: `${NOT_SAVED} The data file is busy (another program, such as a backup or antivirus scan, has it open). It is tried again by itself; if this stays, close that program.`,
  },
  {
    codes: /^(SQLITE_IOERR.*|EIO)$/,
    message: `${NOT_SAVED} The drive reported a read or write error. If the data folder is on a removable or network drive, check that it is connected; then try again. Make a backup soon.`,
  },
  {
    codes: /^(SQLITE_CORRUPT.*|SQLITE_NOTADB)$/,
    message: `${NOT_SAVED} The data file is damaged. Close the app and restore the data folder from your latest backup.`,
  },
];

/** The failure to show for a storage error, or null when the error is not one (a bug, reported generically). */
export function storageFailure(error: unknown): AppFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const cause = CAUSES.find((c) => c.codes.test(code));
  return cause ? new AppFailure('io-error', cause.message) : null;
}
