import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded-postgres.js';
import { freePort } from '../net.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

let server: EmbeddedPostgres | undefined;
let dataRoot: string | undefined;

/** One real PostgreSQL for the whole run; every test file makes its own database in it. */
export async function setup(project: TestProject) {
  dataRoot = mkdtempSync(join(tmpdir(), 'poruch-test-pg-'));
  // Under root PostgreSQL runs as `postgres`, which must enter this folder (mkdtemp makes it 700).
  chmodSync(dataRoot, 0o755);
  server = await startEmbeddedPostgres({ dataDir: join(dataRoot, 'data'), port: await freePort() });
  project.provide('pgAdminUrl', server.url('postgres'));
}

export async function teardown() {
  await server?.stop();
  if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
}
