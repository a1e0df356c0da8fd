// The physician's own templates through the real registry: a built-in copied into the user folder and edited, a newer
// version that leaves a pinned case on its own version, and a broken file that is listed, not offered, and harmless.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/common/ipc/contract';
import { createTempBackend, type TempBackend } from '../../helpers/temp-backend';

let t: TempBackend;
const FIELDS: InputOf<'cases:create'>['fields'] = {
  examineeName: 'Template User',
  dateOfBirth: null,
  claimNumber: '',
  employer: '',
  claimsAdministrator: '',
  reportKind: 'IME',
  examDate: null,
};

beforeEach(() => {
  t = createTempBackend({ prefix: 'medlegal-user-templates-' });
});
afterEach(async () => {
  await t.cleanup();
});

describe('user templates', () => {
  it('copies a built-in under a new id, loads the edited copy, and keeps a pinned case on its version', async () => {
    const copied = await t.invoke('templates:copyToUserFolder', {
      id: 'ime-personal-injury',
      version: 1,
    });
    expect(copied.id).toBe('ime-personal-injury-custom');
    const { userFolder } = await t.invoke('templates:list', {});
    const file = path.join(userFolder, copied.fileName);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "My PI template"'));

    const list = await t.invoke('templates:list', {});
    expect(list.forNewCases.find((t) => t.id === copied.id)).toMatchObject({
      title: 'My PI template',
      origin: 'user',
      version: 1,
    });
    const c = await t.invoke('cases:create', {
      fields: FIELDS,
      template: { id: copied.id, version: 1 },
    });

    // A newer version of the same template: offered for new cases, while the case keeps version 1.
    const v2 = fs
      .readFileSync(file, 'utf8')
      .replace(/^version: .*$/m, 'version: 2')
      .replace(/^title: .*$/m, 'title: "My PI template, revised"');
    fs.writeFileSync(path.join(userFolder, `${copied.id}-v2.yaml`), v2);
    const after = await t.invoke('templates:list', {});
    expect(after.forNewCases.find((t) => t.id === copied.id)).toMatchObject({ version: 2 });
    const pinned = await t.invoke('cases:get', { id: c.id });
    expect(pinned.template.version).toBe(1);
    expect((await t.invoke('templates:get', { id: copied.id, version: 1 })).title).toBe('My PI template');
  });

  it('lists a broken template file with what is wrong, does not offer it, and leaves cases alone', async () => {
    const { userFolder } = await t.invoke('templates:list', {});
    fs.mkdirSync(userFolder, { recursive: true });
    fs.writeFileSync(path.join(userFolder, 'broken.yaml'), 'id: broken-template\nversion: 1\ntitle: [unclosed\n');
    const list = await t.invoke('templates:list', {});
    expect(list.problems).toEqual([expect.objectContaining({ fileName: 'broken.yaml', message: expect.any(String) })]);
    expect(list.forNewCases.map((t) => t.id)).not.toContain('broken-template');
    const sample = await t.invoke('cases:openSample', { sample: 'ltd' });
    expect((await t.invoke('cases:get', { id: sample.id })).examineeName).toBe('Thomas B. Placeholder');
  });
});
