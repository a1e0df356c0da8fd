// ESLint (flat config): typescript-eslint's recommended rules plus the few type-aware rules that catch real bugs here
// (dropped promises, promises passed where a callback's result is ignored, switches that miss a union member) and the
// React hooks rules for the renderer. Run: npm run lint. Layer rules live in .dependency-cruiser.cjs, formatting in Prettier.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    // Build output, packaged apps and the Electron build of the native module: generated, never edited.
    'dist/',
    'out/',
    'release/',
    'native/',
    // Test data (golden files, templates, generated PDFs' JSON) is data, not code.
    'test/fixtures/**/*.json',
    'test-results/',
    'resources/',
    'docs/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  // TypeScript: the type-aware rules. projectService finds each file's own tsconfig (electron/, renderer/, test/; scripts/
  // through the root solution's reference to test/tsconfig.json), so every file is checked against the runtime it runs in.
  // Only these rules, not recommendedTypeChecked: the no-unsafe-* family would bury the findings that matter under `any`
  // noise from JSON and IPC payloads, and every extra type-aware rule costs time on the 2-core machines.
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parserOptions: {
        // Root-level configs (vite.config.mts, vitest.config.mts, knip.config.ts) belong to no tsconfig: a default program.
        projectService: { allowDefaultProject: ['*.mts', 'knip.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits loses its rejection (an unhandled rejection in main, a silent failure in the UI).
      // Mark intentional fire-and-forget with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected (EventEmitter, setTimeout, forEach) drops its rejection.
      // JSX attributes are exempt: React ignores handler results and our async handlers report their own failures.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Adding a member to a union (a report kind, a section kind) must fail at every switch that forgot it.
      // A `default:` that reports the unknown case (zod issue codes, template generators) is a deliberate catch-all.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },

  // Every file, TypeScript and JavaScript alike: unused code is dead code; a leading underscore says "unused on purpose".
  {
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'all',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // Renderer: the rules of hooks (an error) and effect dependencies (a warning: some are intentionally partial).
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },

  // Plain JavaScript build scripts and tool configs (scripts/*.mjs, scripts/before-pack.cjs, .dependency-cruiser.cjs,
  // this file): they are in no tsconfig, so lint them without type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
