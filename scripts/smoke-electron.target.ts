// Which Electron executable the smoke run launches: the packaged app electron-builder wrote (default: its output folder for
// this OS), a path the user gave, or the development build (--dev). When there is none, says what is missing and how to get it.
import fs from 'node:fs';
import path from 'node:path';

export interface SmokeTarget {
  kind: 'packaged' | 'dev';
  executable: string;
  /** Passed to the executable: the project folder for a development run, nothing for a packaged app. */
  args: string[];
}

interface Platform {
  platform: NodeJS.Platform;
  arch: string;
}

/** electron-builder's unpacked folder and the executable inside it, per OS (names from electron-builder.yml). */
function unpackedLayout({ platform, arch }: Platform): { folder: string; executable: string } {
  if (platform === 'win32')
    return { folder: arch === 'x64' ? 'win-unpacked' : `win-${arch}-unpacked`, executable: 'MedLegal Writer.exe' };
  if (platform === 'darwin')
    return {
      folder: arch === 'x64' ? 'mac' : `mac-${arch}`,
      executable: path.join('MedLegal Writer.app', 'Contents', 'MacOS', 'MedLegal Writer'),
    };
  return { folder: arch === 'x64' ? 'linux-unpacked' : `linux-${arch}-unpacked`, executable: 'medlegal-writer' };
}

/** Where the packaged app may be, most specific first: the path itself, an unpacked folder, or electron-builder's output folder. */
export function packagedCandidates(given: string, host: Platform): string[] {
  const { folder, executable } = unpackedLayout(host);
  return [given, path.join(given, executable), path.join(given, folder, executable)];
}

const NEEDS_ELECTRON =
  'This check launches a real Electron binary, so it runs on any machine that has one ("npx install-electron" downloads it\n' +
  'from GitHub) and in the release workflow (.github/workflows/release.yml). Where Electron cannot be downloaded, the\n' +
  'packaged-layout test (npm run check:package) is the check that runs.';

export class SmokeNotRunnable extends Error {}

/** The development Electron from node_modules/electron, found without require('electron'), which would try to download it. */
function devElectron(root: string, exists: (file: string) => boolean): string | undefined {
  const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
  if (!exists(pathFile)) return undefined;
  const executable = path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return exists(executable) ? executable : undefined;
}

export function resolveTarget(
  options: { root: string; dev: boolean; given?: string | undefined },
  host: Platform = { platform: process.platform, arch: process.arch },
  exists: (file: string) => boolean = (file) => fs.existsSync(file) && fs.statSync(file).isFile(),
): SmokeTarget {
  const { root, dev, given } = options;
  if (dev) {
    const executable = devElectron(root, exists);
    const missing = [
      executable ? null : 'the Electron binary (node_modules/electron/dist): run "npx install-electron"',
      exists(path.join(root, 'dist', 'electron', 'main.cjs')) ? null : 'the built app (dist/): run "npm run build"',
      exists(path.join(root, 'native', 'electron', 'better_sqlite3.node'))
        ? null
        : 'SQLite built for Electron (native/electron/): run "node scripts/electron-native.mjs"',
    ].filter((line): line is string => line !== null);
    if (executable && missing.length === 0) return { kind: 'dev', executable, args: [root] };
    throw new SmokeNotRunnable(
      ['The development build cannot be launched; missing:', ...missing.map((m) => `  - ${m}`), '', NEEDS_ELECTRON].join('\n'),
    );
  }
  const start = path.resolve(root, given ?? 'release');
  const executable = packagedCandidates(start, host).find(exists);
  if (executable) return { kind: 'packaged', executable, args: [] };
  const { folder, executable: name } = unpackedLayout(host);
  throw new SmokeNotRunnable(
    [
      `No packaged app found at ${path.relative(root, start) || '.'} (looked for ${path.join(folder, name)} there).`,
      'Package it first ("npm run package", or "npx electron-builder --dir" for the folder only), pass the app\'s path',
      '("npm run smoke:electron -- <folder or executable>"), or run the development build ("npm run smoke:electron -- --dev").',
      '',
      NEEDS_ELECTRON,
    ].join('\n'),
  );
}
