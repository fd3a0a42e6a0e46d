import { createRequire } from 'node:module';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const require = createRequire(import.meta.url);

export default defineConfig((env) =>
  mergeConfig(
    viteConfig(env),
    defineConfig({
      resolve: {
        // One copy of graphql for app code and for dependencies, or graphql-js reports "another module or realm".
        alias: { graphql: require.resolve('graphql') },
      },
      test: {
        environment: 'jsdom',
        globalSetup: ['./test/global-setup.ts'],
        setupFiles: ['./test/setup.ts'],
        include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
        testTimeout: 20_000,
      },
    }),
  ),
);
