import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKEND_KEY_ACTIONS, BACKEND_KEY_INDEXES, BACKEND_KEY_UID, ensureBackendKey } from './meilisearch-key.cli.js';
import type { RecordedRequest } from './testing/meilisearch-standin.js';
import { batchesOf, doc, query, useStandin } from './testing/meilisearch-test-support.js';

describe('the scoped Meilisearch key (against the stand-in: our requests, not Meilisearch itself)', () => {
  const { ctx, make } = useStandin();
  /** The key action each request of the adapter needs (Meilisearch's API key actions). */
  function actionOf(r: RecordedRequest): string {
    const p = r.path;
    if (p.startsWith('/tasks/')) return 'tasks.get';
    if (p === '/swap-indexes') return 'indexes.swap';
    if (p === '/indexes') return r.method === 'GET' ? 'indexes.get' : 'indexes.create';
    if (p.endsWith('/search')) return 'search';
    if (p.endsWith('/settings')) return r.method === 'PATCH' ? 'settings.update' : 'settings.get';
    if (p.endsWith('/documents/delete-batch')) return 'documents.delete';
    if (p.endsWith('/documents')) return r.method === 'POST' ? 'documents.add' : 'documents.get';
    return r.method === 'DELETE' ? 'indexes.delete' : 'indexes.get';
  }
  const indexOf = (r: RecordedRequest) =>
    r.path === '/swap-indexes' ? (r.body as { indexes: string[] }[])[0]!.indexes : r.path.split('/')[2];

  it('allows every call the adapter makes, on poruch_* indexes only', async () => {
    const index = make();
    await index.prepare();
    await index.upsert([doc(1)]);
    await index.remove([doc(1).id]);
    await index.search(query({ text: 'казка', facets: ['themes'] }));
    await index.ids();
    await index.rebuild(batchesOf([doc(2)]), 1);
    const used = new Set(ctx.standin.requests.map(actionOf));
    expect([...used].filter((a) => !BACKEND_KEY_ACTIONS.includes(a))).toEqual([]);
    const indexes = ctx.standin.requests.filter((r) => r.path.startsWith('/indexes/') || r.path === '/swap-indexes').flatMap(indexOf);
    expect(indexes.every((uid) => uid?.startsWith('poruch_'))).toBe(true);
  });
});

/**
 * Just the key routes, /health and a search route, kept in memory, to test OUR key handling (find, reuse,
 * remake, wait) and what the key we make may reach. Like Meilisearch, a key's value is derived from its uid
 * and the master key, and a request made with a key is refused (403 invalid_api_key) unless the key holds
 * the route's action (or `*`) and, on an index route, an index pattern that matches: `*` every index,
 * `name*` those starting with `name`, otherwise that one index. That is all it imitates.
 */
class KeysStandin {
  readonly keys = new Map<string, Record<string, unknown>>();
  readonly calls: string[] = [];
  /** /health answers 503 this many times first, as while Meilisearch is still starting. */
  unhealthyFor = 0;
  url = '';
  private readonly server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const [status, body] = this.answer(req.method ?? 'GET', req.url ?? '/', req.headers.authorization, raw);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    });
  });

  constructor(private readonly masterKey: string) {}

  async start(): Promise<this> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }

  private answer(method: string, path: string, authorization: string | undefined, raw: string): [number, unknown?] {
    this.calls.push(`${method} ${path}`);
    const problem = (code: string, message: string) => ({ code, message, type: 'invalid_request', link: '' });
    if (path === '/health') return this.unhealthyFor-- > 0 ? [503, {}] : [200, { status: 'available' }];
    const invalidKey: [number, unknown] = [403, problem('invalid_api_key', 'The provided API key is invalid.')];
    if (authorization !== `Bearer ${this.masterKey}`) {
      const key = [...this.keys.values()].find((k) => authorization === `Bearer ${String(k.key)}`);
      return key ? this.answerAs(key, method, path) : invalidKey;
    }
    const uid = path.split('/')[2] ?? '';
    const notFound = problem('api_key_not_found', `API key \`${uid}\` not found.`);
    if (method === 'GET' && uid) return this.keys.has(uid) ? [200, this.keys.get(uid)] : [404, notFound];
    if (method === 'DELETE' && uid) return this.keys.delete(uid) ? [204] : [404, notFound];
    if (method === 'POST' && path === '/keys') {
      const body = JSON.parse(raw) as Record<string, unknown> & { uid: string };
      const key = { ...body, key: createHmac('sha256', this.masterKey).update(body.uid).digest('hex'), createdAt: 'now', updatedAt: 'now' };
      this.keys.set(body.uid, key);
      return [201, key];
    }
    return [404, problem('not_found', 'No such route in this stand-in.')];
  }

  /** A request made with one of the stored keys: searching an index, or the key routes. */
  private answerAs(key: Record<string, unknown>, method: string, path: string): [number, unknown?] {
    const actions = key.actions as string[];
    const indexes = key.indexes as string[];
    const allowed = (action: string, uid?: string) =>
      (actions.includes('*') || actions.includes(action)) &&
      (uid === undefined || indexes.some((p) => p === '*' || p === uid || (p.endsWith('*') && uid.startsWith(p.slice(0, -1)))));
    const refused: [number, unknown] = [
      403,
      { code: 'invalid_api_key', message: 'The provided API key is invalid.', type: 'auth', link: '' },
    ];
    const search = /^\/indexes\/([^/]+)\/search$/.exec(path);
    if (search && method === 'POST') {
      const uid = decodeURIComponent(search[1]!);
      return allowed('search', uid)
        ? [200, { hits: [], query: '', processingTimeMs: 0, limit: 20, offset: 0, estimatedTotalHits: 0 }]
        : refused;
    }
    if (path.startsWith('/keys')) return allowed(method === 'POST' ? 'keys.create' : 'keys.get') ? [404, {}] : refused;
    return [404, { code: 'not_found', message: 'No such route in this stand-in.', type: 'invalid_request', link: '' }];
  }
}

describe('making the backend key, once (against a keys stand-in: our handling, not Meilisearch itself)', () => {
  let standin: KeysStandin;
  let dir: string;
  beforeEach(async () => {
    standin = await new KeysStandin('master-key-0123456789').start();
    dir = mkdtempSync(join(tmpdir(), 'poruch-meili-key-'));
  });
  afterEach(async () => {
    await standin.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const master = () => new Meilisearch({ host: standin.url, apiKey: 'master-key-0123456789' });
  /** Runs the CLI as the compose step does (asynchronously: the stand-in answers from this process). */
  const runCli = (...args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const cli = fileURLToPath(new URL('./meilisearch-key.cli.ts', import.meta.url));
      execFile(
        process.execPath,
        ['--import', 'tsx', cli, ...args],
        { env: { ...process.env, MEILI_URL: standin.url, MEILI_MASTER_KEY: 'master-key-0123456789' }, timeout: 60_000 },
        (err, stdout, stderr) => done({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
      );
    });

  it('creates the key with its fixed uid and only the backend rights, then finds it again instead of adding another', async () => {
    const first = await ensureBackendKey(master());
    expect(first.outcome).toBe('created');
    expect(standin.keys.get(BACKEND_KEY_UID)).toMatchObject({
      actions: BACKEND_KEY_ACTIONS,
      indexes: BACKEND_KEY_INDEXES,
      expiresAt: null,
    });

    const again = await ensureBackendKey(master());
    expect(again).toMatchObject({ outcome: 'reused', key: { key: first.key.key } });
    expect(standin.calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
    expect(standin.keys.size).toBe(1);
  });

  it('makes a key that searches every index the backend uses and no other application’s, and cannot make keys', async () => {
    const { key } = await ensureBackendKey(master());
    const scoped = new Meilisearch({ host: standin.url, apiKey: key.key });
    const searches = async (uid: string) => {
      try {
        await scoped.index(uid).search('казка');
        return true;
      } catch (err) {
        if (err instanceof MeilisearchApiError && err.cause?.code === 'invalid_api_key') return false;
        throw err;
      }
    };
    // The live index, a rebuild's fresh one, and the tests' own.
    for (const uid of ['poruch_catalog', `poruch_catalog_next_${Date.now()}`, 'poruch_test']) expect(await searches(uid), uid).toBe(true);
    // Anything else on the same Meilisearch: another application's index, or one whose name merely starts alike.
    for (const uid of ['movies', 'catalog', 'poruch', 'poruchnyk', 'other_poruch_catalog']) expect(await searches(uid), uid).toBe(false);
    // Nor can it make itself a wider key.
    const widen = await scoped.createKey({ actions: ['*'], indexes: ['*'], expiresAt: null }).then(
      () => 'made',
      (err: unknown) => (err instanceof MeilisearchApiError ? err.cause?.code : String(err)),
    );
    expect(widen).toBe('invalid_api_key');
  });

  it('remakes a key whose rights no longer match under the same uid, so its value does not change', async () => {
    const { key } = await ensureBackendKey(master());
    standin.keys.set(BACKEND_KEY_UID, { ...standin.keys.get(BACKEND_KEY_UID), actions: ['search'] });
    const remade = await ensureBackendKey(master());
    expect(remade.outcome).toBe('replaced');
    expect(remade.key.key).toBe(key.key);
    expect(standin.keys.get(BACKEND_KEY_UID)).toMatchObject({ actions: BACKEND_KEY_ACTIONS });
    expect(standin.calls).toContain(`DELETE /keys/${BACKEND_KEY_UID}`);
  });

  it('as the compose step: waits for Meilisearch, writes only the key to the file (owner-only), never prints it, and a rerun keeps it', async () => {
    standin.unhealthyFor = 2;
    const file = join(dir, 'secrets', 'meili-api-key');
    const first = await runCli('--write', file, '--wait', '20');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(standin.calls.filter((c) => c === 'GET /health')).toHaveLength(3);
    const key = String(standin.keys.get(BACKEND_KEY_UID)?.key);
    expect(readFileSync(file, 'utf8')).toBe(`${key}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(first.stdout).toMatch(/created/);
    expect(first.stdout).not.toContain(key);

    const second = await runCli('--write', file, '--wait', '20');
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/reused/);
    expect(readFileSync(file, 'utf8')).toBe(`${key}\n`);
  });

  it('fails, naming the cause, when Meilisearch never becomes healthy', async () => {
    standin.unhealthyFor = 1_000;
    const run = await runCli('--write', join(dir, 'k'), '--wait', '1');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/health check within 1 s/);
    expect(existsSync(join(dir, 'k'))).toBe(false);
  });
});
