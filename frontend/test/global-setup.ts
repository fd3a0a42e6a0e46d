import type { TestProject } from 'vitest/node';
import { startBackend } from './support/backend-process';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the real backend started for this test run, e.g. http://127.0.0.1:41234 */
    apiUrl: string;
  }
}

/** Starts the real backend for the whole test run and provides its URL as `apiUrl`; stops it afterwards. */
export default async function setup(project: TestProject) {
  const backend = await startBackend({ WEB_DIST: '/nonexistent', NODE_ENV: 'test' });
  project.provide('apiUrl', backend.url);
  return backend.stop;
}
