import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../net.js';

const BACKEND_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Where one app keeps its data and listens, so that it can be started again on the same database. */
export interface AppPlace {
  root: string;
  port: number;
  pgPort: number;
}

export async function newAppPlace(): Promise<AppPlace> {
  const root = mkdtempSync(join(tmpdir(), 'poruch-reliability-'));
  // Under root PostgreSQL runs as `postgres`, which must enter this folder (mkdtemp makes it 700).
  chmodSync(root, 0o755);
  return { root, port: await freePort(), pgPort: await freePort() };
}

export function removeAppPlace(place: AppPlace): void {
  rmSync(place.root, { recursive: true, force: true });
}

/** The real server (`tsx src/main.ts`) as a child process, with its own embedded PostgreSQL. */
export interface AppProcess {
  readonly url: string;
  readonly place: AppPlace;
  /** PID of the Node process serving HTTP. */
  readonly pid: number;
  /** A URL for connecting to the app's database directly. */
  readonly databaseUrl: string;
  /** The PostgreSQL server's data folder. */
  readonly pgDataDir: string;
  /** The last lines the app printed (pino JSON at info level). */
  output(): string;
  /** Log lines (parsed) whose `msg` matches. */
  logged(pattern: RegExp): { time: number; msg: string }[];
  /** Warnings and errors the app logged, one short line each (message, error type and message). */
  problems(): string[];
  /** SIGTERM and wait: the app stops its PostgreSQL itself. */
  stop(): Promise<void>;
}

/** The PID in postmaster.pid: the PostgreSQL server process (the postmaster). */
export function postmasterPid(pgDataDir: string): number {
  const file = join(pgDataDir, 'postmaster.pid');
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no PID in ${file}`);
  return pid;
}

/** The postmaster and every process it started (one backend per connection, background workers). */
export function serverProcesses(postmaster: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after the last parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return [postmaster, ...children];
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface LogLine {
  level?: number;
  time?: number;
  msg?: string;
  err?: { type?: string; message?: string };
}

function logLines(output: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line) as LogLine);
    } catch {
      // a line cut by the ring buffer
    }
  }
  return lines;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/**
 * Starts the app as `npm start` would (without the web build), in `place`, with `env` on top; resolves
 * once /readyz says ready. On a fresh place the seed catalogue and the demo accounts are loaded.
 */
export async function startApp(place: AppPlace, env: NodeJS.ProcessEnv = {}): Promise<AppProcess> {
  const dataDir = join(place.root, 'data');
  const pgDataDir = join(dataDir, 'postgres');
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(place.port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(place.pgPort),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    WEB_DIST: join(place.root, 'no-web-build'),
    ...env,
  };
  delete childEnv.DATABASE_URL; // always the app's own embedded PostgreSQL
  // node itself, not npx, so the PID is the server's; cwd backend/ so tsx reads its tsconfig (decorators).
  const child = spawn(process.execPath, ['--import', 'tsx', join(BACKEND_DIR, 'src/main.ts')], {
    cwd: BACKEND_DIR,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-200_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // If the test process dies without its teardown, the server is still told to stop.
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited(child);
      clearTimeout(timer);
    }
    process.off('exit', onExit);
    // A server left behind (the app was killed) would keep the data folder and the port.
    if (existsSync(join(pgDataDir, 'postmaster.pid'))) {
      try {
        const pid = postmasterPid(pgDataDir);
        for (const p of serverProcesses(pid)) if (isAlive(p)) process.kill(p, 'SIGCONT');
        if (isAlive(pid)) process.kill(pid, 'SIGKILL');
      } catch {
        // no server
      }
    }
  };

  const url = `http://127.0.0.1:${place.port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the app exited during start-up (${child.exitCode ?? child.signalCode}):\n${output.slice(-5_000)}`);
    }
    try {
      // Ready, not only alive: the suites time outages from a working start.
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app was not ready (${url}/readyz) within ${START_TIMEOUT_MS / 1000} s:\n${output.slice(-5_000)}`);
    }
    await sleep(200);
  }

  return {
    url,
    place,
    pid: child.pid!,
    databaseUrl: `postgres://poruch:poruch@127.0.0.1:${place.pgPort}/poruch`,
    pgDataDir,
    output: () => output,
    logged(pattern) {
      return logLines(output)
        .filter((l) => typeof l.msg === 'string' && pattern.test(l.msg))
        .map((l) => ({ time: l.time ?? 0, msg: l.msg! }));
    },
    problems() {
      return logLines(output)
        .filter((l) => (l.level ?? 0) >= 40)
        .map((l) => {
          const line = `${new Date(l.time ?? 0).toISOString().slice(11, 23)} ${l.msg}${l.err ? ` [${l.err.type}: ${l.err.message}]` : ''}`;
          return line.replace(/\s+/g, ' ').slice(0, 240);
        });
    },
    stop,
  };
}
