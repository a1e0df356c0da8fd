// Writes dist/electron/third-party-notices.txt (Help → About → Third-Party Notices) from the installed packages' own licence
// files: every package the app's code imports (electron/ and renderer/src, bundled or shipped) and their dependencies.
// Run after build-electron.mjs (npm run build:electron does both); a package without a licence file is listed with its field.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(root, 'dist', 'electron', 'third-party-notices.txt');

/** Bare package names imported by the app's sources (type-only imports included: harmless, and rare). */
function importedPackages() {
  const names = new Set();
  const sourceDirs = ['electron', path.join('renderer', 'src')];
  for (const dir of sourceDirs) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|tsx|mts|css)$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      for (const match of text.matchAll(/(?:from|import|require\()\s*['"]([^'"./][^'"]*)['"]/g)) {
        const spec = match[1];
        if (spec.startsWith('node:') || spec === 'electron') continue;
        names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys(pkg.dependencies ?? {})) names.add(name);
  return [...names];
}

function packageDir(name, fromDir) {
  const req = createRequire(path.join(fromDir, 'package.json'));
  try {
    return path.dirname(req.resolve(`${name}/package.json`));
  } catch {
    // Packages whose "exports" hide package.json: walk up from the resolved entry.
    try {
      let dir = path.dirname(req.resolve(name));
      while (dir !== path.dirname(dir)) {
        const file = path.join(dir, 'package.json');
        if (fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).name === name) return dir;
        dir = path.dirname(dir);
      }
    } catch {
      // not installed (an optional or platform-specific dependency)
    }
    return null;
  }
}

function collect() {
  const found = new Map();
  const queue = importedPackages().map((name) => ({ name, from: root }));
  while (queue.length) {
    const { name, from } = queue.shift();
    const dir = packageDir(name, from);
    if (!dir) continue;
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) continue;
    found.set(key, { dir, manifest });
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }))
      queue.push({ name: dep, from: dir });
  }
  return [...found.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function licenceText(dir) {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(f))
    .sort();
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim()).join('\n\n');
}

function licenceField(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string') return license;
  if (license?.type) return license.type;
  if (Array.isArray(licenses)) return licenses.map((l) => l.type ?? l).join(' OR ');
  return 'see the package';
}

const packages = collect();
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const sections = packages.map(([key, { dir, manifest }]) => {
  const text = licenceText(dir);
  return [
    `${key} (${licenceField(manifest)})`,
    '-'.repeat(Math.min(key.length + 20, 100)),
    text || '(no licence file in the package)',
  ].join('\n');
});
const header = [
  'MedLegal Writer — third-party software notices',
  '',
  `MedLegal Writer is built on Electron ${electronVersion} (MIT licence); the notices of Chromium and the other components`,
  'Electron includes are in LICENSES.chromium.html in the app’s installation folder.',
  `It also includes the following ${packages.length} packages, each under the licence quoted from the package itself.`,
  '',
].join('\n');
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${header}\n${sections.join('\n\n\n')}\n`);
console.log(`third-party-notices: ${path.relative(root, outFile)} (${packages.length} packages)`);
