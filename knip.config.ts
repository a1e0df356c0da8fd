// Knip: unused files, exports and dependencies. Run: npm run lint:dead. Entry points are what the builds, electron-builder
// and the tests start from; everything they do not reach (directly or through imports) is reported. Tests count as
// entries, so an export used only by tests is not reported as unused.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // scripts/build-electron.mjs bundles these: main, the sandboxed preload, and the records worker threads
    // (spawn-worker.ts starts <name>.ts beside itself by a computed path, which no import reaches).
    'electron/main/index.ts',
    'electron/preload/index.ts',
    'electron/backend/**/*-worker.ts',
    // renderer/src/main.tsx needs no line: the Vite plugin finds it through vite.config.mts (root) and renderer/index.html.
    // The preload's window.medlegal typing is a global declaration, included by renderer/tsconfig.json, never imported.
    'renderer/src/**/*.d.ts',
    // The window's start script: its own build input (vite.config.mts adds its tag to the built page).
    'renderer/src/start.ts',
    // Build, packaging and bench scripts (scripts/before-pack.cjs is electron-builder.yml's beforePack hook).
    'scripts/*.{ts,mjs,cjs}',
    // Test files come from vitest.config.mts; these child processes are started by path from their tests
    // (cancel-and-crash, data-safety, migration-crash, database-encryption).
    'test/integration/records/crash-child.ts',
    'test/integration/persistence/lock-child.ts',
    'test/integration/persistence/migrate-kill-child.ts',
    'test/integration/persistence/encrypt-kill-child.ts',
  ],
  project: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs,cjs}', 'test/**/*.{ts,tsx}'],
  // Exported Props interfaces and option types used by their own file are the components' documented shape, not dead
  // code; exported values used only in their own file are still reported (the export is what is unused).
  ignoreExportsUsedInFile: { interface: true, type: true },
  // Resolved at run time through createRequire(...).resolve('@tesseract.js-data/eng/package.json'), which knip does not follow.
  ignoreDependencies: [
    '@tesseract.js-data/eng',
    // scripts/electron-native.mjs rebuilds better-sqlite3-multiple-ciphers for Electron with the copies electron-builder brings along;
    // listing them would pin a second version beside electron-builder's own.
    '@electron/rebuild',
    'node-abi',
  ],
};

export default config;
