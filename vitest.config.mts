// One vitest run for unit, integration and e2e tests (e2e drives the built renderer in Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // E2E waits for what a person would see; on a loaded 2-core CI machine the screen can take seconds, not vitest's 1 s.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
