import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests of the public surface import the package by name, as users do; these map the names to the sources.
    alias: [
      { find: /^ottl\/testing$/, replacement: new URL('./src/testing/index.ts', import.meta.url).pathname },
      { find: /^ottl$/, replacement: new URL('./src/api/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Tests of the built CLI need a current build: made here when a source is newer than it.
    globalSetup: ['test/support/build-if-stale.ts'],
    pool: 'threads',
    // Test files share module instances per worker: the suite has no global state to leak, and
    // loading the compiler once per worker instead of once per file cuts the run from ~110 s to ~20 s.
    isolate: false,
    testTimeout: 30000,
  },
});
