// The IPC wrapper in front of the real backend: every contract channel is registered; a call from anything but
// our UI's main frame is refused with forbidden-sender, a malformed payload with invalid-input, and neither
// changes the database or opens a dialog.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import type { BackendHost } from '../../../electron/backend/host';
import { CHANNEL_NAMES } from '../../../electron/common/ipc/contract';
import type { Result } from '../../../electron/common/ipc/result';
import { TEST_DATABASE_KEY } from '../../helpers/temp-backend';

vi.mock('electron', () => ({}));
const { registerIpc, assertChannelsAgree } = await import('../../../electron/main/ipc/register-ipc');
const { createSenderValidator } = await import('../../../electron/main/security/validate-sender');

type Handler = (event: { senderFrame: { url: string; parent: unknown } | null }, payload?: unknown) => Promise<Result<unknown>>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
}

const APP_FRAME = { url: 'app://medlegal/index.html', parent: null };
const FIELDS = {
  examineeName: 'Test Examinee',
  dateOfBirth: '1970-01-02',
  claimNumber: 'CLM-1',
  employer: 'Acme',
  claimsAdministrator: 'Admin Co',
  reportKind: 'QME',
  examDate: '2024-05-06',
};
const DOC = [{ type: 'paragraph', children: [{ text: 'Original words.' }] }];

let dataDir: string;
let backend: Backend;
let ipc: ReturnType<typeof fakeIpcMain>;
let chooseSavePath: Mock<BackendHost['chooseSavePath']>;
let caseId: string;

const call = (channel: string, payload: unknown, senderFrame: { url: string; parent: unknown } | null = APP_FRAME) => {
  const handler = ipc.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame }, payload);
};

/** Everything a user could lose, as one comparable value. */
const databaseState = () => ({
  cases: backend.db.prepare('SELECT * FROM cases ORDER BY id').all(),
  documents: backend.db.prepare('SELECT * FROM section_documents ORDER BY case_id, section_id').all(),
});

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-ipc-'));
  chooseSavePath = vi.fn<BackendHost['chooseSavePath']>(async () => null);
  backend = createBackend({ dataDir, host: { chooseSavePath }, databaseKey: TEST_DATABASE_KEY });
  ipc = fakeIpcMain();
  registerIpc(ipc, backend.registry, createSenderValidator());
  const created = await call('cases:create', { fields: FIELDS });
  if (!created.ok) throw new Error(created.error.message);
  caseId = (created.data as { id: string }).id;
  const saved = await call('documents:save', { caseId, sectionId: 'narrative', content: DOC });
  if (!saved.ok) throw new Error(saved.error.message);
});

afterEach(async () => {
  await backend.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(ipc.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
  });

  it('removes every handler again on request', () => {
    const local = fakeIpcMain();
    const unregister = registerIpc(local, backend.registry, createSenderValidator());
    unregister();
    expect(local.handlers.size).toBe(0);
  });

  it('refuses to start when the registry and the contract disagree, registering nothing', () => {
    const local = fakeIpcMain();
    const partial = { ...backend.registry, channels: backend.registry.channels.filter((c) => c !== 'export:docx') };
    expect(() => registerIpc(local, partial, createSenderValidator())).toThrow(/missing \[export:docx\]/);
    expect(() => assertChannelsAgree([...CHANNEL_NAMES, 'cases:format'])).toThrow(/extra \[cases:format\]/);
    expect(local.handle).not.toHaveBeenCalled();
  });
});

describe('a call from an untrusted sender', () => {
  const attackers = [
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['an iframe inside the app', { url: 'app://medlegal/index.html', parent: APP_FRAME }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
    ['a destroyed frame', null],
  ] as const;

  const writes = () =>
    [
      ['cases:create', { fields: { ...FIELDS, examineeName: 'Injected' } }],
      ['cases:update', { id: caseId, fields: { ...FIELDS, examineeName: 'Overwritten' } }],
      ['cases:delete', { id: caseId }],
      ['cases:openSample', {}],
      ['documents:save', { caseId, sectionId: 'narrative', content: [{ type: 'paragraph', children: [{ text: 'Tampered.' }] }] }],
      ['export:docx', { caseId }],
    ] as const;

  it.each(attackers)('from %s is refused and changes nothing', async (_name, frame) => {
    const before = databaseState();
    for (const [channel, payload] of writes()) {
      const result = await call(channel, payload, frame);
      expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.stringMatching(/refused/) } });
    }
    expect(databaseState()).toEqual(before);
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('cannot read patient data either', async () => {
    const results = await Promise.all([
      call('cases:list', { query: '' }, attackers[0][1]),
      call('cases:get', { id: caseId }, attackers[0][1]),
      call('documents:get', { caseId, sectionId: 'narrative' }, attackers[0][1]),
    ]);
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toMatch(/Test Examinee|Original words/);
    }
  });
});

describe('a malformed payload from the app', () => {
  it.each([
    ['cases:create', undefined],
    ['cases:create', 'DROP TABLE cases'],
    ['cases:create', { fields: { ...FIELDS, examineeName: '' } }],
    ['cases:create', { fields: { ...FIELDS, reportKind: 'AME; DROP TABLE cases' } }],
    ['cases:create', { fields: { ...FIELDS, dateOfBirth: '02/01/1970' } }],
    ['cases:update', { id: 'not-a-uuid', fields: FIELDS }],
    ['cases:delete', { id: "' OR 1=1 --" }],
    ['cases:delete', null],
    ['documents:save', { caseId, sectionId: 'narrative', content: [{ type: 'script', children: [{ text: 'x' }] }] }],
    ['documents:save', { caseId, sectionId: '../../etc', content: DOC }],
    ['documents:save', { caseId, sectionId: 'narrative', content: 'plain string' }],
    ['export:docx', { caseId: 42 }],
    ['cases:list', { query: 'x'.repeat(10_000) }],
  ])('%s with %j gets invalid-input and changes nothing', async (channel, payload) => {
    const before = databaseState();
    const result = await call(channel, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(databaseState()).toEqual(before);
    expect(chooseSavePath).not.toHaveBeenCalled();
  });

  it('while a well-formed call from the app still works', async () => {
    const result = await call('cases:list', { query: 'Test' });
    expect(result.ok).toBe(true);
    expect(result.ok && (result.data as unknown[]).length).toBe(1);
  });
});
