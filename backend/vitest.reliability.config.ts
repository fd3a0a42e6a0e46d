import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * `npm run test:reliability`: real app processes, real PostgreSQL servers stalled and killed with signals.
 * One file at a time (they time outages and recoveries, which a neighbour's load would blur), with
 * timeouts long enough for a stall and a restart.
 */
export default defineConfig({
  resolve: {
    // One copy of graphql, as in vitest.config.ts.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/reliability/**/*.reliability.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    setupFiles: ['src/test-support/setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
