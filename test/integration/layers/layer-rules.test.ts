// The layer and library-ownership check (npm run lint:layers) fails on each kind of violation, naming the rule,
// and passes on the real tree. Violations are planted in a temporary copy, never in the working tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../../..');
const depcruiseBin = path.join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** The same command as `npm run lint:layers`, run in `cwd`. */
function lintLayers(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [depcruiseBin, 'electron', 'renderer/src', '--config', '.dependency-cruiser.cjs'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

// [rule that must fire, planted file, its source]
const PLANTS: Array<[string, string, string]> = [
  [
    'common-imports-only-common',
    'electron/common/probe-imports-backend.ts',
    "import { logError } from '../backend/log';\nexport const x = logError;\n",
  ],
  ['common-no-node-builtins', 'electron/common/probe-node-fs.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
  ['common-is-pure', 'electron/common/probe-path.ts', "import path from 'path';\nexport const x = path;\n"],
  [
    'common-is-pure',
    'electron/common/probe-slate-type.ts',
    "import type { Descendant } from 'slate';\nexport type X = Descendant;\n",
  ],
  [
    'ui-libraries-only-in-renderer',
    'electron/common/probe-react.ts',
    "import type { ReactNode } from 'react';\nexport type X = ReactNode;\n",
  ],
  [
    'electron-only-in-main-and-preload',
    'electron/common/probe-electron-type.ts',
    "import type { App } from 'electron';\nexport type X = App;\n",
  ],
  [
    'electron-only-in-main-and-preload',
    'electron/backend/probe-electron.ts',
    "import { app } from 'electron';\nexport const x = app;\n",
  ],
  [
    'common-models-below-ipc',
    'electron/common/calc/probe-imports-ipc.ts',
    "import { ok } from '../ipc/result';\nexport const x = ok;\n",
  ],
  [
    'handlers-serve-their-own-domain',
    'electron/backend/cases/probe.handlers.ts',
    "import type { ExportService } from '../export/export-service';\nexport type X = ExportService;\n",
  ],
  [
    'backend-imports-only-backend-and-common',
    'electron/backend/probe-imports-main.ts',
    "import { resolveDataDir } from '../main/paths';\nexport const x = resolveDataDir;\n",
  ],
  ['main-imports-no-ui', 'electron/main/probe-imports-preload.ts', "import '../preload/index';\n"],
  [
    'sqlite-only-in-backend',
    'electron/main/probe-sqlite.ts',
    "import Database from 'better-sqlite3-multiple-ciphers';\nexport const x = Database;\n",
  ],
  [
    'docx-only-in-report-docx',
    'electron/backend/export/probe-docx.ts',
    "import { Packer } from 'docx';\nexport const x = Packer;\n",
  ],
  [
    'preload-imports-only-ipc-contract',
    'electron/preload/probe-imports-case-model.ts',
    "import { CaseFieldsSchema } from '../common/case/case-model';\nexport const x = CaseFieldsSchema;\n",
  ],
  ['preload-no-npm-but-electron', 'electron/preload/probe-zod.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  [
    'renderer-imports-only-renderer-and-common',
    'renderer/src/probe-imports-backend.ts',
    "import { logError } from '../../electron/backend/log';\nexport const x = logError;\n",
  ],
  [
    'renderer-no-node',
    'renderer/src/probe-child-process.ts',
    "import { execSync } from 'child_process';\nexport const x = execSync;\n",
  ],
  ['renderer-no-node', 'renderer/src/probe-node-fs.ts', "import fs from 'node:fs';\nexport const x = fs;\n"],
  [
    'electron-only-in-main-and-preload',
    'renderer/src/probe-electron.ts',
    "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
  ],
  [
    'sqlite-only-in-backend',
    'renderer/src/probe-sqlite.ts',
    "import Database from 'better-sqlite3-multiple-ciphers';\nexport const x = Database;\n",
  ],
];

describe('layer rules', () => {
  let copy: string;
  let planted: { status: number | null; output: string };

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-layers-'));
    try {
      const skip = (src: string) => !src.split(path.sep).includes('node_modules');
      fs.cpSync(path.join(repo, 'electron'), path.join(copy, 'electron'), { recursive: true, filter: skip });
      fs.mkdirSync(path.join(copy, 'renderer', 'src'), { recursive: true });
      if (fs.existsSync(path.join(repo, 'renderer', 'src'))) {
        fs.cpSync(path.join(repo, 'renderer', 'src'), path.join(copy, 'renderer', 'src'), { recursive: true, filter: skip });
      }
      for (const file of ['.dependency-cruiser.cjs', 'tsconfig.base.json'])
        fs.copyFileSync(path.join(repo, file), path.join(copy, file));
      fs.symlinkSync(path.join(repo, 'node_modules'), path.join(copy, 'node_modules'), 'junction');
      for (const [, file, source] of PLANTS) {
        fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
        fs.writeFileSync(path.join(copy, file), `// Planted by layer-rules.test.ts: a deliberate violation.\n${source}`);
      }
      planted = lintLayers(copy);
    } catch (error) {
      fs.rmSync(copy, { recursive: true, force: true });
      throw error;
    }
  }, 120_000);

  afterAll(() => {
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  it('fails when a violation is planted', () => {
    expect(planted.status).not.toBe(0);
    expect(planted.output).toMatch(/dependency violations/);
  });

  it.each(PLANTS)('names %s for %s', (rule, file) => {
    const lines = planted.output.split('\n').filter((l) => l.includes(`error ${rule}: ${file} →`));
    expect(lines, planted.output).not.toEqual([]);
  });

  it('passes on the real tree', () => {
    const real = lintLayers(repo);
    expect(real.status, real.output).toBe(0);
    expect(real.output).toMatch(/no dependency violations found/);
  }, 60_000);
});
