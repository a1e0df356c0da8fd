// Layer, room and library-ownership rules (docs/architecture.md, "Layers, named by where the code runs").
// Run: npm run lint:layers. Paths are relative to the repository root; npm packages are matched by
// "(^|/)node_modules/<name>/" so the rules also hold when the tree is checked from a copy (see the layer test).
/** @type {import('dependency-cruiser').IConfiguration} */

const pkg = (...names) => `(^|/)node_modules/(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})/`;
// Pure packages electron/common may use. Add one here only if it runs unchanged in Node and in the browser.
const COMMON_PACKAGES = ['zod'];
const UI_LIBRARIES = pkg('react', 'react-dom', 'slate-react', '@fluentui', '@tanstack/react-virtual', 'scheduler');

module.exports = {
  forbidden: [
    // ---- import direction between our layers ----
    {
      name: 'common-imports-only-common',
      comment: 'electron/common is shared by every process: it may import nothing of ours outside electron/common.',
      severity: 'error',
      from: { path: '^electron/common/' },
      to: { path: '^(electron/(?!common/)|renderer/|scripts/|test/|templates/)' },
    },
    {
      name: 'common-models-below-ipc',
      comment:
        'Inside electron/common the arrows run one way: the ipc contracts import the domain models, rules and errors; ' +
        'a model, calculator or rule never imports electron/common/ipc.',
      severity: 'error',
      from: { path: '^electron/common/(?!ipc/)' },
      to: { path: '^electron/common/ipc/' },
    },
    {
      name: 'common-is-pure',
      comment:
        'electron/common runs anywhere: besides its own files it may import only the packages in COMMON_PACKAGES ' +
        '(no Node built-ins, electron, React/DOM, slate, native or export libraries, not even as types).',
      severity: 'error',
      from: { path: '^electron/common/' },
      to: {
        dependencyTypesNot: ['local'],
        pathNot: pkg(...COMMON_PACKAGES),
      },
    },
    {
      name: 'common-no-node-builtins',
      comment: 'electron/common may not use Node built-ins (also not as type-only imports).',
      severity: 'error',
      from: { path: '^electron/common/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'backend-imports-only-backend-and-common',
      comment:
        'electron/backend is plain Node behind the contract: it may import electron/common and itself, never main, preload or the renderer.',
      severity: 'error',
      from: { path: '^electron/backend/' },
      to: { path: '^(electron/(main|preload)/|renderer/|scripts/|test/)' },
    },
    {
      name: 'handlers-serve-their-own-domain',
      comment:
        "A domain's <domain>.handlers.ts calls only its own room's service (and the registry types); the compliance " +
        'channel reads through the one report pipeline. Cross-domain wiring belongs in create-backend.ts.',
      severity: 'error',
      from: { path: '^electron/backend/([^/]+)/[^/]+[.]handlers[.]ts$' },
      to: {
        path: '^electron/backend/',
        pathNot: ['^electron/backend/($1|ipc)/', '^electron/backend/report/assemble-report[.]ts$'],
      },
    },
    {
      name: 'main-imports-no-ui',
      comment: 'electron/main may use backend and common, never the preload or renderer code.',
      severity: 'error',
      from: { path: '^electron/main/' },
      to: { path: '^(electron/preload/|renderer/|scripts/|test/)' },
    },
    {
      name: 'preload-imports-only-ipc-contract',
      comment: 'The preload is the sandboxed bridge: it may import electron/common/ipc (and itself), nothing else of ours.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { path: '^(electron/(?!preload/|common/ipc/)|renderer/|scripts/|test/)' },
    },
    {
      name: 'preload-no-npm-but-electron',
      comment: 'A sandboxed preload can require only electron; anything else must be bundled, so keep it out.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'],
        pathNot: pkg('electron'),
      },
    },
    {
      name: 'renderer-imports-only-renderer-and-common',
      comment:
        'renderer/src reaches the app only through the contract: it may import electron/common, never backend, main or preload.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron/(?!common/)|scripts/|test/)' },
    },
    {
      name: 'renderer-no-node',
      comment: 'The renderer runs sandboxed in Chromium: no node:*, fs, path, child_process or any other Node built-in.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },

    // ---- library ownership ----
    {
      name: 'electron-only-in-main-and-preload',
      comment: 'Only electron/main and electron/preload may import electron; backend and common must run without it.',
      severity: 'error',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: pkg('electron') },
    },
    {
      name: 'sqlite-only-in-backend',
      comment: 'SQLite is reached only through electron/backend (persistence and repositories).',
      severity: 'error',
      from: { pathNot: '^electron/backend/' },
      to: { path: pkg('better-sqlite3-multiple-ciphers') },
    },
    {
      name: 'docx-only-in-report-docx',
      comment: 'The Word library is used only by the Word renderer in electron/backend/report/docx.',
      severity: 'error',
      from: { pathNot: '^electron/backend/report/docx/' },
      to: { path: pkg('docx') },
    },
    {
      name: 'ui-libraries-only-in-renderer',
      comment: 'React, Fluent UI and slate-react belong to the renderer; common and the Node side stay UI-free.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: UI_LIBRARIES },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Anchored: a bare "dist/" would also hide packages that resolve into node_modules/<pkg>/dist/.
    exclude: { path: '^(dist|out|release|native)/' },
    // Type-only imports count: a type import of 'electron' in common is still a layer violation.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
