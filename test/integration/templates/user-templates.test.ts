// The physician's own templates through the real registry: a built-in copied into the user folder and edited, a newer
// version that leaves a pinned case on its own version, and a broken file that is listed, not offered, and harmless.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/create-backend';
import type { TemplateProblemView, TemplateSummary } from '../../../electron/common/ipc/templates.contract';

let dir: string;
let backend: Backend;
async function invoke<T>(channel: string, payload: unknown): Promise<T> {
  const result = await backend.registry.invoke(channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data as T;
}
type List = { forNewCases: TemplateSummary[]; problems: TemplateProblemView[]; userFolder: string };
const FIELDS = { examineeName: 'Template User', dateOfBirth: null, claimNumber: '', employer: '', claimsAdministrator: '', reportKind: 'IME', examDate: null };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-user-templates-'));
  backend = createBackend({ dataDir: dir, host: { chooseSavePath: async () => null }, pdfCopies: false });
});
afterEach(async () => {
  await backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('user templates', () => {
  it('copies a built-in under a new id, loads the edited copy, and keeps a pinned case on its version', async () => {
    const copied = await invoke<{ fileName: string; id: string }>('templates:copyToUserFolder', { id: 'ime-personal-injury', version: 1 });
    expect(copied.id).toBe('ime-personal-injury-custom');
    const { userFolder } = await invoke<List>('templates:list', {});
    const file = path.join(userFolder, copied.fileName);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "My PI template"'));

    const list = await invoke<List>('templates:list', {});
    expect(list.forNewCases.find((t) => t.id === copied.id)).toMatchObject({ title: 'My PI template', origin: 'user', version: 1 });
    const c = await invoke<{ id: string; template: { id: string; version: number } }>('cases:create', { fields: FIELDS, template: { id: copied.id, version: 1 } });

    // A newer version of the same template: offered for new cases, while the case keeps version 1.
    const v2 = fs.readFileSync(file, 'utf8').replace(/^version: .*$/m, 'version: 2').replace(/^title: .*$/m, 'title: "My PI template, revised"');
    fs.writeFileSync(path.join(userFolder, `${copied.id}-v2.yaml`), v2);
    const after = await invoke<List>('templates:list', {});
    expect(after.forNewCases.find((t) => t.id === copied.id)).toMatchObject({ version: 2 });
    const pinned = await invoke<{ template: { version: number } }>('cases:get', { id: c.id });
    expect(pinned.template.version).toBe(1);
    expect((await invoke<{ title: string }>('templates:get', { id: copied.id, version: 1 })).title).toBe('My PI template');
  });

  it('lists a broken template file with what is wrong, does not offer it, and leaves cases alone', async () => {
    const { userFolder } = await invoke<List>('templates:list', {});
    fs.mkdirSync(userFolder, { recursive: true });
    fs.writeFileSync(path.join(userFolder, 'broken.yaml'), 'id: broken-template\nversion: 1\ntitle: [unclosed\n');
    const list = await invoke<List>('templates:list', {});
    expect(list.problems).toEqual([expect.objectContaining({ fileName: 'broken.yaml', message: expect.any(String) })]);
    expect(list.forNewCases.map((t) => t.id)).not.toContain('broken-template');
    const sample = await invoke<{ id: string }>('cases:openSample', { sample: 'ltd' });
    expect((await invoke<{ examineeName: string }>('cases:get', { id: sample.id })).examineeName).toBe('Thomas B. Placeholder');
  });
});
