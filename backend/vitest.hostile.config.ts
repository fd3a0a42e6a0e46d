import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The hostile suite: thousands of malformed and abusive requests against the real app (npm run test:hostile:api).
 * HOSTILE_SEED picks another sequence of cases, HOSTILE_RUNS and HOSTILE_DOCUMENTS raise their number
 * (src/hostile/operations.ts).
 */
export default defineConfig({
  resolve: {
    // One copy of graphql, as in vitest.config.ts: the schema built here and the server's must share classes.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/hostile/**/*.hostile.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    setupFiles: ['src/test-support/setup.ts'],
    // Each test sets its own timeout from the number of cases it sends (operations.ts SETTINGS).
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
