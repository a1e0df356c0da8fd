// electron-builder beforePack hook: builds better-sqlite3-multiple-ciphers for the target Electron version and CPU architecture with
// @electron/rebuild into native/electron/ (packed and unpacked from app.asar), never into node_modules/better-sqlite3-multiple-ciphers/build.
// Runs once per target arch, before electron-builder copies the app files. A failure stops the packaging.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

// electron-builder's Arch enum, so the hook needs no import from builder-util.
const ARCH_NAMES = { 0: 'ia32', 1: 'x64', 2: 'armv7l', 3: 'arm64', 4: 'universal' };

function electronVersionOf(context) {
  const configured = context.packager?.config?.electronVersion || context.packager?.info?.framework?.version;
  if (configured) return configured;
  return require(path.join(__dirname, '..', 'node_modules', 'electron', 'package.json')).version;
}

exports.default = async function beforePack(context) {
  const arch = ARCH_NAMES[context.arch];
  if (!arch || arch === 'universal') {
    // A universal macOS app is merged from the x64 and arm64 builds, each of which runs this hook itself.
    throw new Error(`before-pack: no single architecture to build the SQLite module for (arch ${String(context.arch)}).`);
  }
  const native = await import(pathToFileURL(path.join(__dirname, 'electron-native.mjs')).href);
  const electronVersion = electronVersionOf(context);
  try {
    await native.ensureElectronSqlite({
      electronVersion,
      platform: context.electronPlatformName,
      arch,
      method: 'electron-rebuild',
      log: (line) => console.log(`  • ${line}`),
    });
  } catch (error) {
    // Re-thrown without the stack: the message already says what failed and what to do.
    const failure = new Error(native.explainFailure(error, { electronVersion, platform: context.electronPlatformName, arch }));
    failure.stack = failure.message;
    throw failure;
  }
};
