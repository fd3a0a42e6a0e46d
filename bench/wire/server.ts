import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../backend/src/net.js';

const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * Starts the real server of `backendDir` as frontend/test/support/backend-process.ts does: node itself
 * (so the PID we signal is the server's), cwd backend/ (tsx reads its tsconfig), a fresh embedded
 * PostgreSQL under `dataDir` (which PostgreSQL's user must be able to enter), seed data on first start.
 * Resolves once /healthz answers.
 */
export async function startServer(backendDir: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(pgPort),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...env,
  };
  delete childEnv.DATABASE_URL; // always a fresh embedded database
  const child = spawn(process.execPath, ['--import', 'tsx', join(backendDir, 'src/main.ts')], {
    cwd: backendDir,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const onExit = () => child.kill('SIGTERM'); // the server stops its PostgreSQL on SIGTERM
  process.once('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    if (!running(child)) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (!running(child)) {
      await stop();
      throw new Error(`the server exited during start-up (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer ${url}/healthz within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await sleep(250);
  }
  return { url, stop };
}
