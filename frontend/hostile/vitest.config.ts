import { defineConfig } from 'vitest/config';

/**
 * The browser half of the hostile suite: the built app served by the real server (the browser tests' global
 * setup), hostile text written through the API and every page that shows it opened in Debian's Chromium.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.hostile.ts'],
    environment: 'node',
    globalSetup: ['../e2e/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
