// Loading templates from real folders: bad files become listed problems (file name, path in the file, what is wrong),
// user templates load beside the built-ins without replacing them, and every id@version stays loadable for pinned cases.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  findTemplate,
  loadTemplates,
  pathSegments,
  templatesForNewCases,
  type TemplateFileProblem,
} from '../../../electron/backend/templates/template-loader';

const repoPath = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));
const builtinDir = repoPath('templates/builtin');
const invalidDir = repoPath('test/fixtures/templates/invalid');
const validFixture = repoPath('test/fixtures/templates/valid/short-ltd-ime.yaml');

let userDir: string;
beforeEach(() => {
  userDir = mkdtempSync(path.join(tmpdir(), 'mlw-templates-'));
});
afterEach(() => {
  rmSync(userDir, { recursive: true, force: true });
});

const problemFor = (problems: TemplateFileProblem[], fileName: string) => {
  const found = problems.filter((p) => p.fileName === fileName);
  expect(found, `problems were: ${JSON.stringify(problems, null, 2)}`).not.toEqual([]);
  return found;
};

describe('loadTemplates with bad files', () => {
  const expectations: Array<{ fileName: string; path: string; line: number; message: RegExp }> = [
    {
      fileName: 'broken-yaml.yaml',
      path: '',
      line: 4,
      message: /^The file is not valid YAML \(line 4, column \d+\): .*put the whole value in quotes\.$/,
    },
    { fileName: 'broken-json.json', path: '', line: 6, message: /^The file is not valid JSON \(line 6, column \d+\): / },
    {
      fileName: 'unknown-placeholder.yaml',
      path: 'sections[1].fixedText[1]',
      line: 27,
      message: /^Unknown placeholder \{\{physicianSignature\}\} in section "declaration"\./,
    },
    {
      fileName: 'duplicate-id.yaml',
      path: 'sections[1].id',
      line: 16,
      message: /^Section id "history" is already used by sections\[0\]\./,
    },
    {
      fileName: 'missing-required-key.yaml',
      path: 'sections[1].title',
      line: 16,
      message: /^Missing required key "title"\.$/,
    },
  ];

  it.each(expectations)(
    '$fileName: lists the file, the path in it and what is wrong',
    async ({ fileName, path: where, line, message }) => {
      copyFileSync(path.join(invalidDir, fileName), path.join(userDir, fileName));
      const result = await loadTemplates({ builtinDir, userDir });
      const [problem, ...more] = problemFor(result.problems, fileName);
      expect(more).toEqual([]);
      expect(problem).toMatchObject({ fileName, filePath: path.join(userDir, fileName), origin: 'user', path: where, line });
      expect(problem?.message).toMatch(message);
      // The bad file is not offered, and the built-ins still are.
      expect(result.templates.some((t) => t.fileName === fileName)).toBe(false);
      expect(templatesForNewCases(result).map((t) => t.template.id)).toContain('ca-qme-comprehensive');
    },
  );

  it('loads every good file of a folder that also holds bad ones, and never throws', async () => {
    const result = await loadTemplates({ builtinDir: invalidDir, userDir: null });
    expect(result.templates).toEqual([]);
    expect(result.problems.map((p) => p.fileName).sort()).toEqual([
      'broken-json.json',
      'broken-yaml.yaml',
      'duplicate-id.yaml',
      'missing-required-key.yaml',
      'unknown-placeholder.yaml',
    ]);
  });

  it('reports files it cannot use instead of failing', async () => {
    writeFileSync(path.join(userDir, 'empty.yaml'), '# nothing here yet\n');
    writeFileSync(path.join(userDir, 'a-list.json'), '[1, 2]');
    writeFileSync(path.join(userDir, 'notes.txt'), 'not a template, ignored');
    writeFileSync(path.join(userDir, 'big.yaml'), `# ${'x'.repeat(2 * 1024 * 1024 + 10)}\n`);
    const result = await loadTemplates({ builtinDir, userDir });
    expect(problemFor(result.problems, 'empty.yaml')[0]?.message).toBe('The file is empty.');
    expect(problemFor(result.problems, 'a-list.json')[0]?.message).toMatch(/Expected an object .* found a list/);
    expect(problemFor(result.problems, 'big.yaml')[0]?.message).toMatch(/larger than 2 MB/);
    expect(result.problems.some((p) => p.fileName === 'notes.txt')).toBe(false);
    expect(result.templates).toHaveLength(6);
  });

  it('treats a user folder that does not exist yet as empty, but reports a missing built-in folder', async () => {
    const missingUser = await loadTemplates({ builtinDir, userDir: path.join(userDir, 'not-created') });
    expect(missingUser.problems).toEqual([]);
    const missingBuiltin = await loadTemplates({ builtinDir: path.join(userDir, 'no-builtins') });
    expect(missingBuiltin.problems).toEqual([
      expect.objectContaining({
        fileName: 'no-builtins',
        origin: 'builtin',
        path: '',
        message: 'The templates folder could not be read (not found).',
      }),
    ]);
  });
});

describe('loadTemplates with user templates', () => {
  it('loads a valid user template in YAML or JSON beside the built-ins', async () => {
    copyFileSync(validFixture, path.join(userDir, 'short-ltd-ime.yaml'));
    const asJson = { ...(parseYaml(readFileSync(validFixture, 'utf8')) as object), id: 'short-ltd-ime-json' };
    writeFileSync(path.join(userDir, 'short-ltd-ime-json.json'), JSON.stringify(asJson, null, 2));
    const result = await loadTemplates({ builtinDir, userDir });
    expect(result.problems).toEqual([]);
    const user = result.templates.filter((t) => t.origin === 'user').map((t) => t.key);
    expect(user).toEqual(['short-ltd-ime@1', 'short-ltd-ime-json@1']);
    expect(templatesForNewCases(result)).toHaveLength(8);
  });

  it('does not let a user copy with the same id and version replace a built-in', async () => {
    copyFileSync(path.join(builtinDir, 'ca-qme-comprehensive-v1.yaml'), path.join(userDir, 'my-qme.yaml'));
    const result = await loadTemplates({ builtinDir, userDir });
    expect(problemFor(result.problems, 'my-qme.yaml')).toEqual([
      expect.objectContaining({
        origin: 'user',
        path: 'id',
        message: expect.stringMatching(
          /^A built-in template \(ca-qme-comprehensive-v1\.yaml\) already has id "ca-qme-comprehensive" and version 1.*new id/,
        ),
      }),
    ]);
    expect(findTemplate(result, 'ca-qme-comprehensive', 1)?.origin).toBe('builtin');
  });

  it('keeps every version loadable for the cases that pinned it, and offers only the newest for new cases', async () => {
    const v1 = readFileSync(validFixture, 'utf8');
    writeFileSync(path.join(userDir, 'short-ltd-ime-v1.yaml'), v1);
    writeFileSync(
      path.join(userDir, 'short-ltd-ime-v2.yaml'),
      v1.replace('version: 1', 'version: 2').replace('title: "IME: LTD, short form"', 'title: "IME: LTD, short form (2)"'),
    );
    const result = await loadTemplates({ builtinDir, userDir });
    expect(result.problems).toEqual([]);
    expect(findTemplate(result, 'short-ltd-ime', 1)?.template.title).toBe('IME: LTD, short form');
    expect(findTemplate(result, 'short-ltd-ime', 2)?.template.title).toBe('IME: LTD, short form (2)');
    expect(findTemplate(result, 'short-ltd-ime', 3)).toBeUndefined();
    const offered = templatesForNewCases(result).filter((t) => t.template.id === 'short-ltd-ime');
    expect(offered.map((t) => t.key)).toEqual(['short-ltd-ime@2']);
  });

  it('reports a second user file with an id and version already loaded', async () => {
    copyFileSync(validFixture, path.join(userDir, 'a.yaml'));
    copyFileSync(validFixture, path.join(userDir, 'b.yaml'));
    const result = await loadTemplates({ builtinDir, userDir });
    expect(problemFor(result.problems, 'b.yaml')[0]?.message).toMatch(
      /^Another template \(a\.yaml\) already has id "short-ltd-ime"/,
    );
  });
});

describe('pathSegments', () => {
  it.each([
    ['sections[3].fixedText[0]', ['sections', 3, 'fixedText', 0]],
    ['sections[1].includeWhen.any[0].field', ['sections', 1, 'includeWhen', 'any', 0, 'field']],
    ['version', ['version']],
    ['', []],
  ])('%s', (text, segments) => {
    expect(pathSegments(text)).toEqual(segments);
  });
});
