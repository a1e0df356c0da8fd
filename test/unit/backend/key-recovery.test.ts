// The recovery key and passphrase that open the data folder's key when the keychain cannot: what they look like, that
// each opens the key it sealed (typed loosely, as a person reads a printout), and that nothing else does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  newRecoveryKey,
  normaliseRecoveryKey,
  PASSPHRASE_KEY_FILE,
  RECOVERY_KEY_FILE,
  removeSealedKey,
  saveSealedKey,
  sealedKeysInfo,
  unlockWith,
} from '../../../electron/backend/persistence/key-recovery';

const databaseKey = Buffer.alloc(32, 0x5a);
const at = new Date('2026-12-07T10:00:00Z');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'key-recovery-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('recovery keys', () => {
  it('are 8 groups of 5 unambiguous characters, different each time', () => {
    const a = newRecoveryKey();
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}$/);
    expect(newRecoveryKey()).not.toBe(a);
  });

  it('are read as typed by a person: any case, spaces for dashes, O for zero, I or L for one', () => {
    const key = '0123A-BCDEF-GHJKM-NPQRS-TVWXY-Z0101-23456-789AB';
    const typed = ' o123a bcdef ghjkm npqrs tvwxy zOlOI 23456 789ab ';
    expect(normaliseRecoveryKey(typed)).toBe(normaliseRecoveryKey(key));
    expect(normaliseRecoveryKey('0123A-BCDEF')).toBeNull();
    expect(normaliseRecoveryKey(key.replace('A', 'U'))).toBeNull();
  });

  it('open the key they sealed, typed loosely, and nothing else does', () => {
    const recoveryKey = newRecoveryKey();
    saveSealedKey(dir, 'recovery-key', recoveryKey, databaseKey, at);
    const file = path.join(dir, RECOVERY_KEY_FILE);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(recoveryKey.replace(/-/g, ''));
    expect(fs.readFileSync(file, 'utf8')).not.toContain(databaseKey.toString('hex'));

    const opened = unlockWith(dir, recoveryKey.toLowerCase().replace(/-/g, ' '));
    expect(opened?.kind).toBe('recovery-key');
    expect(opened?.key.equals(databaseKey)).toBe(true);
    expect(unlockWith(dir, newRecoveryKey())).toBeNull();
    expect(unlockWith(dir, 'a passphrase that was never set')).toBeNull();
  });

  it('a passphrase opens the same key; replacing it makes the old one fail; removing it leaves the recovery key', () => {
    const recoveryKey = newRecoveryKey();
    saveSealedKey(dir, 'recovery-key', recoveryKey, databaseKey, at);
    saveSealedKey(dir, 'passphrase', 'correct horse battery staple', databaseKey, at);
    expect(sealedKeysInfo(dir)).toEqual({ 'recovery-key': at.toISOString(), passphrase: at.toISOString() });
    expect(unlockWith(dir, 'correct horse battery staple')?.kind).toBe('passphrase');
    expect(unlockWith(dir, 'Correct horse battery staple')).toBeNull();

    saveSealedKey(dir, 'passphrase', 'a different long passphrase', databaseKey, at);
    expect(unlockWith(dir, 'correct horse battery staple')).toBeNull();
    expect(unlockWith(dir, 'a different long passphrase')?.key.equals(databaseKey)).toBe(true);

    removeSealedKey(dir, 'passphrase');
    expect(fs.existsSync(path.join(dir, PASSPHRASE_KEY_FILE))).toBe(false);
    expect(unlockWith(dir, 'a different long passphrase')).toBeNull();
    expect(unlockWith(dir, recoveryKey)?.kind).toBe('recovery-key');
  });

  it('a damaged or foreign file opens nothing and is reported as absent', () => {
    fs.writeFileSync(path.join(dir, RECOVERY_KEY_FILE), '{"version":1,"kind":"recovery-key"');
    fs.writeFileSync(path.join(dir, PASSPHRASE_KEY_FILE), JSON.stringify({ version: 2 }));
    expect(sealedKeysInfo(dir)).toEqual({ 'recovery-key': null, passphrase: null });
    expect(unlockWith(dir, newRecoveryKey())).toBeNull();
  });
});
