// npm run smoke:electron where there is no Electron to launch (as on these machines): it says it did NOT run, what is
// missing, that it runs on any machine with Electron, and exits non-zero; and it finds electron-builder's output on each OS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTarget, SmokeNotRunnable } from '../../../scripts/smoke-electron.target';

const root = path.resolve(__dirname, '../../..');

describe('smoke:electron without an Electron binary', () => {
  it('says what is missing, where it does run, and exits 1', { timeout: 90_000 }, () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-no-app-'));
    try {
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/smoke-electron.ts', empty],
        {
          cwd: root,
          encoding: 'utf8',
          timeout: 80_000,
        },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('smoke:electron: NOT RUN. No packaged app found at');
      expect(run.stderr).toContain('npm run package');
      expect(run.stderr).toContain('runs on any machine that has one');
      expect(run.stderr).toContain('.github/workflows/release.yml');
      expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('lists each missing piece of the development build with the command that provides it', () => {
    const failure = (() => {
      try {
        resolveTarget({ root: '/project', dev: true }, { platform: 'linux', arch: 'x64' }, () => false);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(failure).toBeInstanceOf(SmokeNotRunnable);
    const message = (failure as Error).message;
    expect(message).toContain('npx install-electron');
    expect(message).toContain('npm run build');
    expect(message).toContain('node scripts/electron-native.mjs');
  });
});

describe('smoke:electron finds the packaged app', () => {
  it.each([
    ['win32', 'x64', path.join('win-unpacked', 'MedLegal Writer.exe')],
    ['darwin', 'arm64', path.join('mac-arm64', 'MedLegal Writer.app', 'Contents', 'MacOS', 'MedLegal Writer')],
    ['darwin', 'x64', path.join('mac', 'MedLegal Writer.app', 'Contents', 'MacOS', 'MedLegal Writer')],
    ['linux', 'x64', path.join('linux-unpacked', 'medlegal-writer')],
  ] as const)('on %s-%s, given electron-builder’s output folder', (platform, arch, inside) => {
    const executable = path.join('/project', 'release', 'smoke', inside);
    const target = resolveTarget(
      { root: '/project', dev: false, given: 'release/smoke' },
      { platform, arch },
      (f) => f === executable,
    );
    expect(target).toEqual({ kind: 'packaged', executable, args: [] });
  });

  it('defaults to release/ and also takes the executable itself', () => {
    const executable = path.join('/project', 'release', 'linux-unpacked', 'medlegal-writer');
    const host = { platform: 'linux', arch: 'x64' } as const;
    const exists = (f: string) => f === executable;
    expect(resolveTarget({ root: '/project', dev: false }, host, exists).executable).toBe(executable);
    expect(resolveTarget({ root: '/project', dev: false, given: executable }, host, exists).executable).toBe(executable);
  });
});
