// Builds better-sqlite3-multiple-ciphers (SQLite with encryption) for Electron's ABI into native/electron/better_sqlite3.node,
// which main passes to SQLite as `nativeBinding`. The copy in node_modules/better-sqlite3-multiple-ciphers/build (built for
// Node, used by the tests) is never touched.
// Run by `npm start` (and, through scripts/before-pack.cjs, by packaging); never by `npm install` or `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = path.join(root, 'native', 'electron');
export const BINARY_NAME = 'better_sqlite3.node';
const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';
const STAMP_NAME = 'build-info.json';
const HEADERS_URL = 'https://www.electronjs.org/headers';

/** A failure whose message is for the person at the terminal: no stack trace is printed for it. */
export class NativeBuildError extends Error {}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

export function installedVersion(pkg) {
  const file = path.join(root, 'node_modules', pkg, 'package.json');
  if (!fs.existsSync(file)) throw new NativeBuildError(`${pkg} is not installed. Run "npm install" first.`);
  return readJson(file).version;
}

/** What the binary in OUT_DIR must have been built for; any difference means rebuild. */
export function wantedBuild({ electronVersion, platform = process.platform, arch = process.arch } = {}) {
  return {
    electronVersion: electronVersion ?? installedVersion('electron'),
    sqliteModule: `${SQLITE_PACKAGE}@${installedVersion(SQLITE_PACKAGE)}`,
    platform,
    arch,
  };
}

export function isUpToDate(wanted, outDir = OUT_DIR) {
  const stampFile = path.join(outDir, STAMP_NAME);
  if (!fs.existsSync(path.join(outDir, BINARY_NAME)) || !fs.existsSync(stampFile)) return false;
  try {
    const stamp = readJson(stampFile);
    return Object.entries(wanted).every(([key, value]) => stamp[key] === value);
  } catch {
    return false;
  }
}

/**
 * The environment for node-gyp / prebuild-install. npm exports every .npmrc setting as npm_config_*; on the dev
 * machines ~/.npmrc sets nodedir=/usr, which would make node-gyp compile against Node's headers and label the result
 * as Electron's. Remove every setting that chooses headers, runtime, target or architecture.
 */
export function cleanBuildEnv(env = process.env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    if (/^npm_config_(nodedir|dist_url|disturl|target|target_arch|arch|runtime|build_from_source|devdir|platform)$/i.test(key)) {
      delete clean[key];
    }
  }
  return clean;
}

/** A copy of the installed package without its Node-ABI build, in a fresh temporary folder. */
function copyPackageToTemp() {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'medlegal-electron-sqlite-'));
  const modules = path.join(temp, 'node_modules');
  const source = path.join(root, 'node_modules', SQLITE_PACKAGE);
  fs.cpSync(source, path.join(modules, SQLITE_PACKAGE), {
    recursive: true,
    filter: (file) => !path.relative(source, file).split(path.sep).includes('build'),
  });
  // Its runtime dependencies, so @electron/rebuild finds a complete package and prebuild-install can run.
  for (const dep of ['bindings', 'file-uri-to-path', 'prebuild-install']) {
    const from = path.join(root, 'node_modules', dep);
    if (fs.existsSync(from)) fs.symlinkSync(from, path.join(modules, dep), 'junction');
  }
  fs.writeFileSync(
    path.join(temp, 'package.json'),
    JSON.stringify({
      name: 'medlegal-electron-sqlite',
      private: true,
      dependencies: { [SQLITE_PACKAGE]: installedVersion(SQLITE_PACKAGE) },
    }),
  );
  return { temp, modulePath: path.join(modules, SQLITE_PACKAGE) };
}

function run(command, args, { cwd, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** The lines of a tool's output that say why it failed, without stack frames and environment dumps. */
function why(output) {
  const noise =
    /^(at |System |command |cwd |node -v|node-gyp -v|not ok|it worked|using |find Python|configure error|install got an error)/;
  const lines = output
    .split('\n')
    .map((l) => l.replace(/^(gyp (ERR!|WARN|info|http)( stack)?|prebuild-install (warn|info|ERR!)( install)?)\s*/, '').trim())
    .filter((l) => l && !noise.test(l));
  return (lines.length ? lines : ['(no output)'])
    .slice(0, 5)
    .map((l) => `    ${l.slice(0, 200)}`)
    .join('\n');
}

/** npm start: a prebuilt Electron binary if one is published, else a local node-gyp build against Electron's headers. */
async function buildWithPrebuildOrNodeGyp(wanted, modulePath) {
  const env = cleanBuildEnv();
  const targetArgs = [`--runtime=electron`, `--target=${wanted.electronVersion}`, `--arch=${wanted.arch}`];
  const prebuild = await run(
    process.execPath,
    [path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), ...targetArgs, `--platform=${wanted.platform}`],
    {
      cwd: modulePath,
      env,
    },
  );
  if (prebuild.ok) return;
  const gyp = await run(
    process.execPath,
    [
      path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
      'rebuild',
      '--release',
      ...targetArgs,
      `--dist-url=${HEADERS_URL}`,
      `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    ],
    { cwd: modulePath, env },
  );
  if (!gyp.ok) {
    throw new NativeBuildError(
      `No prebuilt binary could be downloaded and the local build failed.\n` +
        `  prebuild-install said:\n${why(prebuild.output)}\n  node-gyp said:\n${why(gyp.output)}`,
    );
  }
}

/** Packaging: @electron/rebuild, the tool electron-builder itself would use, in the same temporary copy. */
async function buildWithElectronRebuild(wanted, temp) {
  const { rebuild } = await import('@electron/rebuild');
  const saved = process.env;
  process.env = cleanBuildEnv(saved); // @electron/rebuild hands process.env to node-gyp
  try {
    await rebuild({
      buildPath: temp,
      electronVersion: wanted.electronVersion,
      arch: wanted.arch,
      platform: wanted.platform,
      onlyModules: [SQLITE_PACKAGE],
      force: true,
      headerURL: HEADERS_URL,
      mode: 'sequential',
    });
  } catch (error) {
    throw new NativeBuildError(`@electron/rebuild failed: ${String(error?.message ?? error).split('\n')[0]}`);
  } finally {
    process.env = saved;
  }
}

/**
 * Guards against the known trap: a binary that loads in plain Node was built against Node's headers, not Electron's.
 * When node-abi is available it also checks the binary names Electron's exact module version.
 */
export async function verifyElectronAbi(binary, wanted) {
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(binary)})`], { encoding: 'utf8' });
  if (probe.status === 0 && wanted.platform === process.platform && wanted.arch === process.arch) {
    throw new NativeBuildError(
      'The build loads in plain Node, so it was compiled against Node’s headers instead of Electron’s ' +
        '(is nodedir set in .npmrc or npm_config_nodedir in the environment?). It was not installed.',
    );
  }
  let expected;
  try {
    const abi = await import('node-abi');
    expected = (abi.default ?? abi).getAbi(wanted.electronVersion, 'electron');
  } catch {
    return; // node-abi missing or does not know this Electron yet: the Node check above still holds
  }
  const mentioned = /NODE_MODULE_VERSION (\d+)/.exec(probe.stderr ?? '')?.[1];
  if (mentioned && mentioned !== String(expected) && wanted.platform === process.platform && wanted.arch === process.arch) {
    throw new NativeBuildError(
      `The build targets module version ${mentioned}, but Electron ${wanted.electronVersion} needs ${expected}.`,
    );
  }
}

/** Builds (or reuses) the Electron-ABI binary; returns its path. */
export async function ensureElectronSqlite({
  electronVersion,
  platform,
  arch,
  method = 'prebuild-or-node-gyp',
  outDir = OUT_DIR,
  log = console.log,
} = {}) {
  const wanted = wantedBuild({ electronVersion, platform, arch });
  const label = `${wanted.sqliteModule} for Electron ${wanted.electronVersion} (${wanted.platform}-${wanted.arch})`;
  const target = path.join(outDir, BINARY_NAME);
  if (isUpToDate(wanted, outDir)) {
    log(`electron-native: ${label} is already built: ${path.relative(root, target)}`);
    return target;
  }

  log(`electron-native: building ${label} …`);
  const { temp, modulePath } = copyPackageToTemp();
  try {
    if (method === 'electron-rebuild') await buildWithElectronRebuild(wanted, temp);
    else await buildWithPrebuildOrNodeGyp(wanted, modulePath);

    const built = path.join(modulePath, 'build', 'Release', BINARY_NAME);
    if (!fs.existsSync(built)) throw new NativeBuildError(`The build finished but produced no ${BINARY_NAME}.`);
    await verifyElectronAbi(built, wanted);

    fs.mkdirSync(outDir, { recursive: true });
    // Copy then rename, so a half-written binary is never picked up by the app.
    fs.copyFileSync(built, `${target}.partial`);
    fs.renameSync(`${target}.partial`, target);
    fs.writeFileSync(
      path.join(outDir, STAMP_NAME),
      `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
    log(`electron-native: wrote ${path.relative(root, target)}`);
    return target;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

export function explainFailure(error, wanted) {
  const what = wanted
    ? `${SQLITE_PACKAGE} for Electron ${wanted.electronVersion} (${wanted.platform}-${wanted.arch})`
    : `${SQLITE_PACKAGE} for Electron`;
  const cause =
    error instanceof NativeBuildError
      ? error.message
      : `${error?.name ?? 'Error'}: ${String(error?.message ?? error).split('\n')[0]}`;
  return [
    `electron-native: could not build ${what}.`,
    `  ${cause.replace(/\n/g, '\n  ')}`,
    '',
    '  This step needs network access to Electron’s headers (https://www.electronjs.org/headers) or to the',
    '  prebuilt binaries on GitHub, plus a C++ toolchain (build-essential / Xcode / Visual Studio Build Tools).',
    '  Run it on a machine that has them: node scripts/electron-native.mjs',
    '  Nothing else was changed: the Node build the tests use (node_modules/better-sqlite3-multiple-ciphers/build) is untouched.',
  ].join('\n');
}

async function main() {
  let wanted;
  try {
    wanted = wantedBuild();
    await ensureElectronSqlite();
  } catch (error) {
    console.error(explainFailure(error, wanted));
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
