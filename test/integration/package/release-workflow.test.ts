// The release workflow (.github/workflows/release.yml) cannot run here, so its shape is checked: the three OSes, the order
// install → Electron SQLite → installers → smoke copy → smoke run → upload, a virtual display on Linux, signing and
// notarization only when their secrets are set, and a smoke copy that differs from the shipped package in one fuse only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const readYaml = (file: string) => parse(fs.readFileSync(path.join(root, file), 'utf8')) as unknown;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  env?: Record<string, string>;
  needs?: string;
  if?: string;
  strategy?: { matrix: { include: { os: string; installers: string; smoke: string; upload: string }[] } };
  steps: Step[];
}
const workflow = readYaml('.github/workflows/release.yml') as { on: Record<string, unknown>; jobs: Record<string, Job> };
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  scripts: Record<string, string>;
};
const job = workflow.jobs.package!;
const steps = job.steps;
const indexOf = (match: (s: Step) => boolean, what: string) => {
  const index = steps.findIndex(match);
  expect(index, `the package job has a step that ${what}`).toBeGreaterThanOrEqual(0);
  return index;
};
const runs = (text: string) => (s: Step) => s.run?.includes(text) ?? false;
const usesSecrets = (s: Step) => JSON.stringify(s.env ?? {}).includes('secrets.');

describe('release workflow', () => {
  it('runs by hand or on a version tag', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.on.push).toEqual({ tags: ['v*'] });
  });

  it('packages on Windows, macOS and Linux into nsis, dmg, AppImage and deb', () => {
    const include = job.strategy!.matrix.include;
    expect(include.map((m) => m.os)).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(include.map((m) => m.installers)).toEqual(['--win nsis', '--mac dmg', '--linux AppImage deb']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
  });

  it('uses a Node that package.json engines accepts', () => {
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    const major = Number(String(setup?.with?.['node-version']).split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(22);
    expect(pkg.engines.node).toBe('>=22.12');
  });

  it('installs, builds the Electron SQLite binary, packages, then smoke-tests the packaged copy, then uploads', () => {
    const install = indexOf(runs('npm ci'), 'runs npm ci');
    const build = indexOf(runs('npm run build'), 'builds the app');
    const sqlite = indexOf(runs('node scripts/electron-native.mjs'), 'builds better-sqlite3 for Electron');
    const installers = steps.flatMap((s, i) => (s.run?.includes('${{ matrix.installers }}') ? [i] : []));
    const smokeCopy = indexOf(runs('--config .github/smoke-package.yml'), 'packages the smoke copy');
    const smoke = indexOf((s) => s.run === '${{ matrix.smoke }}', 'runs the smoke test');
    const upload = indexOf((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false, 'uploads the installers');
    expect(installers.length).toBe(3);
    expect(install).toBeLessThan(build);
    expect(build).toBeLessThan(sqlite);
    expect(Math.max(sqlite, ...installers)).toBeLessThan(smokeCopy);
    expect(smokeCopy).toBeLessThan(smoke);
    expect(smoke).toBeLessThan(upload);
    for (const m of job.strategy!.matrix.include) expect(m.smoke).toContain('npm run smoke:electron -- release/smoke');
    expect(pkg.scripts['smoke:electron']).toContain('scripts/smoke-electron.ts');
  });

  it('gives the Linux smoke run a virtual display', () => {
    const linux = job.strategy!.matrix.include.find((m) => m.os.startsWith('ubuntu'))!;
    expect(linux.smoke).toMatch(/^xvfb-run -a /);
    expect(steps.find(runs('install -y --no-install-recommends xvfb'))?.if).toBe("runner.os == 'Linux'");
  });

  it('signs and notarizes only when the signing secrets are set', () => {
    expect(job.env?.MAC_SIGNING).toBe("${{ secrets.CSC_LINK != '' && secrets.APPLE_ID != '' }}");
    expect(job.env?.WIN_SIGNING).toBe("${{ secrets.WIN_CSC_LINK != '' }}");
    const signed = steps.filter(usesSecrets);
    expect(signed.map((s) => s.if)).toEqual([
      "runner.os == 'macOS' && env.MAC_SIGNING == 'true'",
      "runner.os == 'Windows' && env.WIN_SIGNING == 'true'",
    ]);
    expect(Object.keys(signed[0]!.env!).sort()).toEqual(
      ['APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_ID', 'APPLE_TEAM_ID', 'CSC_KEY_PASSWORD', 'CSC_LINK'].sort(),
    );
    // Without secrets: the unsigned build, which never looks for a signing identity in the keychain.
    const unsigned = steps.find((s) => s.name === 'Package installers (unsigned)')!;
    expect(unsigned.if).toContain("env.MAC_SIGNING != 'true'");
    expect(unsigned.if).toContain("env.WIN_SIGNING != 'true'");
    expect(unsigned.env).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    // Hardened runtime for the notarized dmg.
    expect((readYaml('electron-builder.yml') as { mac: { hardenedRuntime: boolean } }).mac.hardenedRuntime).toBe(true);
  });

  it('smoke-tests a copy that differs from the shipped package only in the fuse Playwright needs', () => {
    expect(readYaml('.github/smoke-package.yml')).toEqual({
      extends: 'electron-builder.yml',
      directories: { output: 'release/smoke' },
      electronFuses: { enableNodeCliInspectArguments: true },
    });
  });

  it('drafts a GitHub release from the uploaded installers only for a version tag', () => {
    const draft = workflow.jobs['draft-release']!;
    expect(draft.needs).toBe('package');
    expect(draft.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    expect(draft.steps.some(runs('gh release create "$GITHUB_REF_NAME" installers/* --draft'))).toBe(true);
  });
});
