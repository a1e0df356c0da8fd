// The data folder's database key: 256 random bits made at first start, kept in the data folder encrypted by the OS
// (Electron safeStorage: Keychain, DPAPI, libsecret/KWallet). Without a keyring it is kept unprotected, and the caller
// tells the physician so (decision record 0011). The key is never logged.
import { safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../../backend/backend-options';
import { DATABASE_KEY_BYTES, isPlainDatabaseFile } from '../../backend/persistence/database-encryption';
import { writePrivateFile } from '../../backend/persistence/private-files';
import { AppFailure } from '../../common/errors';

/** The key encrypted by the OS. */
export const PROTECTED_KEY_FILE = 'database-key.bin';
/** The key as it is, when this system has no keyring; replaced by the protected file once there is one. */
export const UNPROTECTED_KEY_FILE = 'database-key.unprotected';

/** The key exists but this computer cannot give it now: a recovery key or passphrase, if the physician made one, can. */
export class KeyUnavailable extends AppFailure {
  constructor(message: string) {
    super('invalid-file', message);
  }
}

export interface DatabaseKey {
  key: Buffer;
  /** False when the OS could not protect the key (Linux without a keyring): the physician is told. */
  keptByOs: boolean;
}

/** What the physician is told at each start while the key is not kept by the OS. */
export function unprotectedKeyWarning(dataDir: string): { message: string; detail: string } {
  return {
    message: 'Your data is encrypted, but this computer has no keyring to keep its key.',
    detail:
      `The key is kept in ${path.join(dataDir, UNPROTECTED_KEY_FILE)}, which only your user account can read. Anyone who ` +
      'can sign in as you, or who gets a copy of the whole data folder, can read your data. Install and unlock a keyring ' +
      '(GNOME Keyring or KWallet) and start MedLegal Writer again: the key then moves into it.',
  };
}

/** On Linux, safeStorage's "basic_text" backend encrypts with a fixed password: no protection, so it counts as none. */
function osCanProtect(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function loadDatabaseKey(dataDir: string): DatabaseKey {
  const protectedFile = path.join(dataDir, PROTECTED_KEY_FILE);
  const unprotectedFile = path.join(dataDir, UNPROTECTED_KEY_FILE);
  const canProtect = osCanProtect();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  if (fs.existsSync(protectedFile)) {
    if (!canProtect) {
      throw new KeyUnavailable(
        'The key that unlocks your data is kept by this computer’s keychain (keyring), which is not available now. ' +
          'Your data was not changed. Sign in to your desktop session so the keyring unlocks (on Linux: GNOME Keyring or ' +
          'KWallet), then start MedLegal Writer again.',
      );
    }
    return { key: decryptKey(protectedFile), keptByOs: true };
  }
  if (fs.existsSync(unprotectedFile)) {
    const key = readKey(fs.readFileSync(unprotectedFile, 'utf8'));
    if (!canProtect) return { key, keptByOs: false };
    // A keyring appeared: the key moves under its protection and the unprotected copy goes.
    writePrivateFile(protectedFile, safeStorage.encryptString(key.toString('hex')), { replace: false });
    fs.rmSync(unprotectedFile, { force: true });
    return { key: decryptKey(protectedFile), keptByOs: true };
  }

  const database = path.join(dataDir, DATABASE_FILE_NAME);
  if (fs.existsSync(database) && fs.statSync(database).size > 0 && !isPlainDatabaseFile(database)) {
    // An encrypted database without its key: making a new key would not open it, so say what happened instead.
    throw new KeyUnavailable(
      `The key that unlocks your data is missing from the data folder ${dataDir} (the file ${PROTECTED_KEY_FILE} was removed, ` +
        'or only the database was copied here). Your data was not changed. Put back the data folder’s key file, or restore ' +
        'a backup made on this computer.',
    );
  }
  const key = randomBytes(DATABASE_KEY_BYTES);
  if (canProtect) writePrivateFile(protectedFile, safeStorage.encryptString(key.toString('hex')), { replace: false });
  else writePrivateFile(unprotectedFile, Buffer.from(key.toString('hex'), 'utf8'), { replace: false });
  // Read back what is on disk: if another start wrote its key first, that one is the key.
  return canProtect
    ? { key: decryptKey(protectedFile), keptByOs: true }
    : { key: readKey(fs.readFileSync(unprotectedFile, 'utf8')), keptByOs: false };
}

/**
 * After an unlock with the recovery key or passphrase: the key goes back under this computer's protection (or, without
 * a keyring, beside the database as on first start), replacing the file this computer could not read.
 */
export function protectDatabaseKey(dataDir: string, key: Buffer): void {
  const canProtect = osCanProtect();
  const file = path.join(dataDir, canProtect ? PROTECTED_KEY_FILE : UNPROTECTED_KEY_FILE);
  const bytes = canProtect ? safeStorage.encryptString(key.toString('hex')) : Buffer.from(key.toString('hex'), 'utf8');
  writePrivateFile(file, bytes, { replace: true });
  // Without a keyring the old protected file would only be refused again at the next start.
  if (!canProtect) fs.rmSync(path.join(dataDir, PROTECTED_KEY_FILE), { force: true });
}

function decryptKey(file: string): Buffer {
  let hex: string;
  try {
    hex = safeStorage.decryptString(fs.readFileSync(file));
  } catch {
    throw new KeyUnavailable(
      `The key that unlocks your data (${PROTECTED_KEY_FILE}) could not be read with this computer’s keychain: the data ` +
        'folder was copied from another computer or user account, or the keychain was reset. Your data was not changed. ' +
        'Open the data folder on the computer and account that made it, or restore a backup made here.',
    );
  }
  return readKey(hex);
}

function readKey(hex: string): Buffer {
  const text = hex.trim();
  if (!/^[0-9a-f]{64}$/.test(text)) {
    throw new KeyUnavailable(
      'The key file that unlocks your data is damaged. Your data was not changed. Put back the key file from a copy of ' +
        'the data folder, or restore a backup made on this computer.',
    );
  }
  return Buffer.from(text, 'hex');
}
