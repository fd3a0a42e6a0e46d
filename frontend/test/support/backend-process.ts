import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BACKEND_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../backend');
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error('no free port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM'); // the server stops its embedded PostgreSQL on SIGTERM
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited(child);
  clearTimeout(timer);
}

export interface RunningBackend {
  url: string;
  /** The database it uses, for a second instance on the same one. */
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server (fresh embedded PostgreSQL in a temporary folder, seed data loaded on first
 * start) as `npm start` would, with `env` on top; resolves once it answers /healthz. With
 * `env.DATABASE_URL` (another instance's `databaseUrl`) it joins that database instead.
 */
export async function startBackend(env: NodeJS.ProcessEnv): Promise<RunningBackend> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataRoot = mkdtempSync(join(tmpdir(), 'poruch-frontend-test-'));
  // PostgreSQL runs as the `postgres` user when we are root; it must be able to enter this folder.
  chmodSync(dataRoot, 0o755);

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(pgPort),
    DATA_DIR: join(dataRoot, 'data'),
    LOG_LEVEL: 'warn',
    // Every test signs up from 127.0.0.1: the per-address limit would stop a suite, not an attacker.
    REGISTRATIONS_PER_HOUR: '1000000',
    DATABASE_URL: undefined, // a fresh embedded database, never one from the environment
    ...env,
  };
  if (!childEnv.DATABASE_URL) delete childEnv.DATABASE_URL;
  // The embedded server's account (backend/src/db/embedded-postgres.ts).
  const databaseUrl = childEnv.DATABASE_URL ?? `postgres://poruch:poruch@127.0.0.1:${pgPort}/poruch`;
  // node itself, not npx: the PID we signal is the server's. cwd backend/ so tsx uses its tsconfig (decorators).
  const child = spawn(process.execPath, ['--import', 'tsx', join(BACKEND_DIR, 'src/main.ts')], {
    cwd: BACKEND_DIR,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // If vitest dies without running teardown, the server still gets told to stop.
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);

  const cleanUp = async () => {
    await stop(child);
    process.off('exit', onExit);
    rmSync(dataRoot, { recursive: true, force: true });
  };

  const apiUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await cleanUp();
      throw new Error(`the backend exited during start-up (code ${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    try {
      const res = await fetch(`${apiUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await cleanUp();
      throw new Error(`the backend did not answer ${apiUrl}/healthz within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await sleep(250);
  }

  return { url: apiUrl, databaseUrl, stop: cleanUp };
}
