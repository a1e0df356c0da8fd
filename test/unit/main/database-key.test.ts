// The database key main keeps with the OS: made once per data folder, sealed by safeStorage, the same at every start,
// kept unprotected (and said so) without a keyring, and a clear refusal when the key is gone or cannot be unsealed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const keyring = vi.hoisted(() => ({ available: true, backend: 'gnome_libsecret', sealedBy: 'this-login' }));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keyring.available,
    getSelectedStorageBackend: () => keyring.backend,
    encryptString: (text: string) => Buffer.from(`${keyring.sealedBy}:${Buffer.from(text).toString('base64')}`),
    decryptString: (sealed: Buffer) => {
      const [by, body] = sealed.toString().split(':');
      if (by !== keyring.sealedBy)
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(body!, 'base64').toString();
    },
  },
}));

const { KeyUnavailable, loadDatabaseKey, protectDatabaseKey, PROTECTED_KEY_FILE, UNPROTECTED_KEY_FILE } =
  await import('../../../electron/main/security/database-key');
const { DATABASE_FILE_NAME } = await import('../../../electron/backend/backend-options');

let dataDir: string;
beforeEach(() => {
  Object.assign(keyring, { available: true, backend: 'gnome_libsecret', sealedBy: 'this-login' });
  dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-key-')), 'data');
});
afterEach(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

describe('the database key', () => {
  it('is 32 random bytes made at first start, sealed by the OS in a private file, and the same at the next start', () => {
    const first = loadDatabaseKey(dataDir);
    expect(first.key).toHaveLength(32);
    expect(first.keptByOs).toBe(true);
    const file = path.join(dataDir, PROTECTED_KEY_FILE);
    expect(fs.readFileSync(file).includes(Buffer.from(first.key.toString('hex')))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadDatabaseKey(dataDir).key.equals(first.key)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([PROTECTED_KEY_FILE]);
  });

  it('differs between data folders', () => {
    const other = path.join(path.dirname(dataDir), 'other');
    expect(loadDatabaseKey(dataDir).key.equals(loadDatabaseKey(other).key)).toBe(false);
  });

  it('without a keyring (or with Linux basic_text) is kept unprotected and says so, then moves into a keyring that appears', () => {
    keyring.backend = 'basic_text';
    const unprotected = loadDatabaseKey(dataDir);
    expect(unprotected.keptByOs).toBe(false);
    expect(fs.readdirSync(dataDir)).toEqual([UNPROTECTED_KEY_FILE]);

    keyring.backend = 'gnome_libsecret';
    const moved = loadDatabaseKey(dataDir);
    expect(moved).toMatchObject({ keptByOs: true });
    expect(moved.key.equals(unprotected.key)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([PROTECTED_KEY_FILE]);
  });

  it('refuses, saying what to do, when the keychain that sealed it is not this one', () => {
    loadDatabaseKey(dataDir);
    keyring.sealedBy = 'another-computer';
    expect(() => loadDatabaseKey(dataDir)).toThrow(/could not be read with this computer’s keychain.*Your data was not changed/s);
  });

  it('refuses when the keyring is not available now, instead of making a new key', () => {
    loadDatabaseKey(dataDir);
    keyring.available = false;
    expect(() => loadDatabaseKey(dataDir)).toThrow(/keychain \(keyring\), which is not available now/);
  });

  it('is not made anew for an encrypted database whose key file is gone', () => {
    loadDatabaseKey(dataDir);
    fs.rmSync(path.join(dataDir, PROTECTED_KEY_FILE));
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), Buffer.alloc(4096, 0x5a)); // random-looking, not a plain header
    expect(() => loadDatabaseKey(dataDir)).toThrow(/key that unlocks your data is missing.*Your data was not changed/s);
    expect(fs.existsSync(path.join(dataDir, PROTECTED_KEY_FILE))).toBe(false);
  });

  it('is made for a plain database an earlier version left, which the backend then encrypts', () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(
      path.join(dataDir, DATABASE_FILE_NAME),
      Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(100)]),
    );
    expect(loadDatabaseKey(dataDir).keptByOs).toBe(true);
  });

  it('after an unlock with the recovery key, goes back under this keychain and opens at the next start', () => {
    const made = loadDatabaseKey(dataDir);
    keyring.sealedBy = 'a-reset-keychain';
    // Each way the keychain can fail is the kind main offers the unlock screen for.
    expect(() => loadDatabaseKey(dataDir)).toThrow(KeyUnavailable);
    protectDatabaseKey(dataDir, made.key);
    expect(loadDatabaseKey(dataDir)).toEqual({ key: made.key, keptByOs: true });
    expect(fs.readdirSync(dataDir)).toEqual([PROTECTED_KEY_FILE]);
  });

  it('after an unlock on a computer without a keyring, is kept unprotected (and said so) instead of the unreadable file', () => {
    const made = loadDatabaseKey(dataDir);
    keyring.available = false;
    expect(() => loadDatabaseKey(dataDir)).toThrow(KeyUnavailable);
    protectDatabaseKey(dataDir, made.key);
    expect(fs.readdirSync(dataDir)).toEqual([UNPROTECTED_KEY_FILE]);
    expect(loadDatabaseKey(dataDir)).toEqual({ key: made.key, keptByOs: false });
  });
});
