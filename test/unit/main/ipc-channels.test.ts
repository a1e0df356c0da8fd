// The three lists of channels agree: the contract, the preload's name list, and the backend registry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/create-backend';
import { PRELOAD_CHANNELS } from '../../../electron/common/ipc/channels';
import { CHANNEL_NAMES, contract } from '../../../electron/common/ipc/contract';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-channels-'));
const backend = createBackend({ dataDir, host: { chooseSavePath: async () => null }, databaseKey: TEST_DATABASE_KEY });
afterAll(async () => {
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('IPC channel lists', () => {
  it('the preload exposes exactly the contract channels', () => {
    expect([...PRELOAD_CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(PRELOAD_CHANNELS).size).toBe(PRELOAD_CHANNELS.length);
  });

  it('the backend registry implements every contract channel and nothing else', () => {
    expect([...backend.registry.channels].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it.each(CHANNEL_NAMES)('%s is named domain:verb', (channel) => {
    expect(channel).toMatch(/^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/);
  });

  it('an unknown channel is an error Result, not an exception', async () => {
    expect(await backend.registry.invoke('fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
  });
});
