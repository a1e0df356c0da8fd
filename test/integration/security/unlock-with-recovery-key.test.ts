// When this computer's keychain cannot give the data folder's key, the recovery key or passphrase made in Settings →
// Security opens the data: the app stays locked (every other request refused) until one of them is typed, a wrong one
// says what to do, and the right one opens the cases as they were and hands the key back to the computer's keeping.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import { createUnlockableRegistry } from '../../../electron/backend/security/locked-registry';
import { invoke, invokeRaw } from '../../helpers/invoke';
import { createTempBackend, TEST_DATABASE_KEY, type TempBackend } from '../../helpers/temp-backend';

const CASE = {
  examineeName: 'Ottoline Fictional Vasquez',
  dateOfBirth: '1968-04-09',
  claimNumber: 'FIC-UNLOCK-7781',
  employer: 'Fictional Orchards LLC',
  claimsAdministrator: 'Fictional Claims Inc.',
  reportKind: 'QME' as const,
  examDate: '2026-11-20',
};

let temp: TempBackend | null = null;
let unlocked: Backend | null = null;
afterEach(async () => {
  await unlocked?.close();
  unlocked = null;
  await temp?.cleanup();
  temp = null;
});

describe('Settings → Security', () => {
  it('makes a recovery key shown once, saves it as a text file, and sets and removes a passphrase', async () => {
    let savedTo = '';
    temp = createTempBackend({
      prefix: 'medlegal-security-',
      dataSubdir: 'data',
      host: { chooseSavePath: async (name) => (savedTo = path.join(temp!.dir, name)) },
    });
    expect(await temp.invoke('security:status', {})).toEqual({ recoveryKeyCreatedAt: null, passphraseSetAt: null });

    const { recoveryKey } = await temp.invoke('security:createRecoveryKey', {});
    expect(recoveryKey).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$/);
    const { filePath } = await temp.invoke('security:saveRecoveryKey', { recoveryKey });
    expect(filePath).toBe(savedTo);
    const text = fs.readFileSync(savedTo, 'utf8');
    expect(text).toContain(recoveryKey);
    expect(text).toContain('Keep this in a safe place');
    // Nothing in the data folder holds the key in the clear.
    for (const name of fs.readdirSync(temp.dataDir)) {
      const file = path.join(temp.dataDir, name);
      if (fs.statSync(file).isFile()) expect(fs.readFileSync(file).includes(Buffer.from(recoveryKey))).toBe(false);
    }

    const short = await temp.invokeRaw('security:setPassphrase', { passphrase: 'too short' });
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('at least 12') } });
    await temp.invoke('security:setPassphrase', { passphrase: 'fictional long passphrase' });
    const status = await temp.invoke('security:status', {});
    expect(status.recoveryKeyCreatedAt).not.toBeNull();
    expect(status.passphraseSetAt).not.toBeNull();
    expect(await temp.invoke('security:removePassphrase', {})).toEqual({ removed: true });
    expect((await temp.invoke('security:status', {})).passphraseSetAt).toBeNull();

    const bad = await temp.invokeRaw('security:saveRecoveryKey', { recoveryKey: 'not-a-key' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await temp.invokeRaw('security:unlock', { secret: recoveryKey })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Your data is already open.' },
    });
  });

  it('while locked refuses everything but unlocking; a wrong secret says so; the right one opens the cases', async () => {
    temp = createTempBackend({ prefix: 'medlegal-unlock-', dataSubdir: 'data' });
    const created = await temp.invoke('cases:create', { fields: CASE });
    const { recoveryKey } = await temp.invoke('security:createRecoveryKey', {});
    await temp.invoke('security:setPassphrase', { passphrase: 'fictional long passphrase' });
    await temp.backend.close();

    const protectedKeys: Buffer[] = [];
    const registry = createUnlockableRegistry({
      dataDir: temp.dataDir,
      start: (key) => (unlocked = createBackend({ ...temp!.options, databaseKey: key })).registry,
      protectKey: (key) => protectedKeys.push(key),
    });

    expect(await registry.invoke('cases:list', {})).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Unlock it with your recovery key or passphrase') },
    });
    const wrong = await registry.invoke('security:unlock', { secret: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('not the recovery key') },
    });
    expect(await registry.invoke('security:unlock', { secret: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(unlocked).toBeNull();

    // Typed from the printout: lower case, spaces.
    const opened = await registry.invoke('security:unlock', { secret: recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(opened).toEqual({ ok: true, data: { unlocked: true } });
    expect(protectedKeys).toHaveLength(1);
    expect(protectedKeys[0]!.equals(TEST_DATABASE_KEY)).toBe(true);
    const list = await invoke(registry, 'cases:list', {});
    expect(list.map((c) => c.id)).toContain(created.id);
    expect(await invokeRaw(registry, 'security:unlock', { secret: recoveryKey })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('the passphrase opens the data too', async () => {
    temp = createTempBackend({ prefix: 'medlegal-unlock-', dataSubdir: 'data' });
    await temp.invoke('cases:create', { fields: CASE });
    await temp.invoke('security:setPassphrase', { passphrase: 'fictional long passphrase' });
    await temp.backend.close();
    const registry = createUnlockableRegistry({
      dataDir: temp.dataDir,
      start: (key) => (unlocked = createBackend({ ...temp!.options, databaseKey: key })).registry,
      protectKey: () => undefined,
    });
    expect(await registry.invoke('security:unlock', { secret: 'fictional long passphrase' })).toEqual({
      ok: true,
      data: { unlocked: true },
    });
    expect(await invoke(registry, 'cases:list', {})).toHaveLength(1);
  });
});
