import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startBackend } from '../test/support/backend-process';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

// E2E_DIST lets a second build (another folder) be tested without touching the first.
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', process.env.E2E_DIST ?? 'dist');

/**
 * The app as `npm start` runs it on a fresh database: the built web app (run `vite build` first, as the
 * test:e2e script does), seed data and the development demo accounts.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no built app in ${DIST}: run \`npm run build -w frontend\` first`);
  // Pages are rendered afresh for every request, so a page opened right after a change shows it.
  const backend = await startBackend({ WEB_DIST: DIST, NODE_ENV: 'development', PAGE_CACHE_TTL_MS: '0' });
  project.provide('appUrl', backend.url);
  return backend.stop;
}
