/**
 * TEST SUPPORT. A tiny local HTTP server that imitates just enough of Meilisearch's HTTP API to test
 * OUR OWN code: the requests the adapter builds, how it waits for tasks, and how it handles an
 * engine that fails tasks, answers 500, hangs or is gone. It is NOT Meilisearch and NOT a
 * Meilisearch compatibility test: it does not search, rank, filter, stem or tolerate typos, and its
 * answers are canned. The real compatibility check is the shared search contract suite, which runs
 * against a real Meilisearch when MEILI_URL is set (meilisearch-search-index.contract.test.ts).
 *
 * It does enforce the few rules of Meilisearch (v1.53) that the adapter's correctness rests on, each
 * marked "Meilisearch rule" with where Meilisearch states or implements it (here and in
 * meilisearch-standin-rules.ts), so that breaking one of them fails a test here instead of on first
 * contact with a real server:
 * - document ids: `a-z A-Z 0-9 - _`, under 512 bytes, checked when the task runs (the task fails);
 * - a key limited to some indexes reaches only those, and never sees tasks that are not about one
 *   index (an index swap), so polling such a task answers 404 `task_not_found`;
 * - unknown settings fields are refused with 400 `bad_request`;
 * - filter strings are read with Meilisearch's quoting and unescaping (the parsed terms are recorded,
 *   not applied: the canned search still returns every document).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  documentIdProblem,
  error,
  MATCHING_STRATEGIES,
  ONE_INDEX_KINDS,
  parseFilter,
  unknownSettings,
  type Doc,
  type ErrorBody,
} from './meilisearch-standin-rules.js';
import { cannedSearch, pick } from './meilisearch-standin-search.js';

export type StandinMode =
  /** Keep documents in memory; tasks are enqueued, then processing, then succeeded. */
  | 'normal'
  /** Accept writes, but their tasks end as failed with `taskError`. */
  | 'fail-tasks'
  /** Answer every request with 500. */
  | 'error-500'
  /** Read the request, record it, never answer. */
  | 'hang'
  /** Answer everything but task polls, which are read and never answered: an engine that hangs mid-task. */
  | 'hang-tasks'
  /** Answer task polls, but leave every task enqueued: an engine too busy to get to them. */
  | 'stall-tasks';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

interface StandinIndex {
  primaryKey: string | null;
  documents: Map<string, Doc>;
  settings: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}
interface StandinTask {
  uid: number;
  indexUid: string | null;
  /** Every index the task is about (a swap: both). */
  indexes: string[];
  type: string;
  enqueuedAt: string;
  fail: boolean;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  error: ErrorBody | null;
  /** Applies the change; returns an error to fail the task the way Meilisearch would. */
  apply: () => ErrorBody | null;
}
type Answer = [number, unknown];

export class MeilisearchStandin {
  mode: StandinMode = 'normal';
  /** The error a task ends with in 'fail-tasks' mode. */
  taskError: ErrorBody = error('internal', 'The stand-in was told to fail this task.', 'internal');
  /** Task types that 'fail-tasks' fails; every type when empty. */
  failTaskTypes: string[] = [];
  /** The word the canned search wraps in the requested highlight tags. */
  highlightWord: string | null = null;
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<string, StandinIndex>();
  /** The filter of each search, as Meilisearch's parser reads it: [attribute, value] per condition. */
  readonly filters: [string, string][][] = [];
  /** Index patterns of the keys limited to some indexes; any other key reaches every index. */
  private readonly scopes = new Map<string, string[]>();
  private readonly tasks = new Map<number, StandinTask>();
  private nextTaskUid = 0;
  private clock = 0;

  private readonly server: Server = createServer((req, res) => {
    this.handle(req, res).catch((err: unknown) =>
      send(res, 400, error('bad_request', `The stand-in could not read the request: ${String(err)}`)),
    );
  });

  private constructor() {}

  /** Starts on 127.0.0.1 at a random free port. */
  static async start(): Promise<MeilisearchStandin> {
    const standin = new MeilisearchStandin();
    await new Promise<void>((resolve) => standin.server.listen(0, '127.0.0.1', resolve));
    return standin;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Limits what requests made with `apiKey` reach, as a key's `indexes` do: `*`, `name*` or an exact uid. */
  scope(apiKey: string, indexes: string[]): void {
    this.scopes.set(apiKey, indexes);
  }

  /** Requests other than task polling, as "METHOD /path", in order. */
  calls(): string[] {
    return this.requests.filter((r) => !(r.method === 'GET' && r.path.startsWith('/tasks/'))).map((r) => `${r.method} ${r.path}`);
  }

  /** Stops listening and drops open (also hanging) connections, so the port refuses from now on. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /** A timestamp that never repeats, as Meilisearch's nanosecond ones do not in practice. */
  private now(): string {
    return new Date().toISOString().replace('Z', `${String(this.clock++ % 1_000_000).padStart(6, '0')}Z`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://standin');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? 'GET';
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    });

    if (this.mode === 'hang') return;
    if (this.mode === 'hang-tasks' && url.pathname.startsWith('/tasks/')) return;
    if (this.mode === 'error-500') return send(res, 500, error('internal', 'The stand-in was told to answer 500.', 'internal'));
    const key = req.headers.authorization?.replace(/^Bearer /, '');
    const [status, answer] = this.route(method, url, body, key === undefined ? undefined : this.scopes.get(key));
    send(res, status, answer);
  }

  private route(method: string, url: URL, body: unknown, scope: string[] | undefined): Answer {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const [root, uid, sub, action] = parts;
    const reaches = (indexUid: string) =>
      !scope || scope.some((p) => p === '*' || p === indexUid || (p.endsWith('*') && indexUid.startsWith(p.slice(0, -1))));
    // Meilisearch rule: a key used on an index it does not cover is refused with 403 `invalid_api_key`
    // (a key's `indexes` holds uids or patterns ending in `*`; docs: reference/api/keys).
    const refused: Answer = [403, error('invalid_api_key', 'The provided API key is invalid.', 'auth')];
    const index = uid ? this.indexes.get(uid) : undefined;
    const notFound = (): Answer => [404, error('index_not_found', `Index \`${uid}\` not found.`)];

    if (root === 'tasks' && uid && method === 'GET') return this.poll(Number(uid), reaches, scope !== undefined);
    if (root === 'keys' && method === 'POST') return [201, this.key(body as Doc)];
    if (root === 'swap-indexes' && method === 'POST') {
      const [pair] = body as { indexes: [string, string] }[];
      const [a, b] = pair!.indexes;
      if (!reaches(a) || !reaches(b)) return refused;
      return this.enqueue(null, [a, b], 'indexSwap', () => {
        const ia = this.indexes.get(a);
        const ib = this.indexes.get(b);
        if (!ia || !ib) return error('index_not_found', `Indexes \`${a}\`, \`${b}\` not found.`);
        this.indexes.set(a, ib);
        this.indexes.set(b, ia);
        return null;
      });
    }
    if (root !== 'indexes') return [404, error('not_found', `The stand-in does not know ${method} ${url.pathname}.`)];

    if (!uid && method === 'GET') {
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const all = [...this.indexes].filter(([name]) => reaches(name)).map(([name, i]) => indexObject(name, i));
      return [200, { results: all.slice(offset, offset + limit), offset, limit, total: all.length }];
    }
    if (!uid && method === 'POST') {
      const { uid: newUid, primaryKey } = body as { uid: string; primaryKey?: string };
      if (!reaches(newUid)) return refused;
      return this.enqueue(newUid, [newUid], 'indexCreation', () => {
        if (this.indexes.has(newUid)) return error('index_already_exists', `Index \`${newUid}\` already exists.`);
        this.indexes.set(newUid, this.newIndex(primaryKey ?? null));
        return null;
      });
    }
    if (uid && !reaches(uid)) return refused;
    if (uid && !sub && method === 'GET') return index ? [200, indexObject(uid, index)] : notFound();
    if (uid && !sub && method === 'DELETE') {
      return this.enqueue(uid, [uid], 'indexDeletion', () =>
        this.indexes.delete(uid) ? null : error('index_not_found', `Index \`${uid}\` not found.`),
      );
    }
    if (sub === 'settings' && method === 'PATCH') {
      const unknown = unknownSettings(body as Doc);
      if (unknown) return [400, unknown];
      return this.enqueue(uid!, [uid!], 'settingsUpdate', () => {
        const target = this.indexes.get(uid!);
        if (!target) return error('index_not_found', `Index \`${uid}\` not found.`);
        Object.assign(target.settings, body);
        target.updatedAt = this.now();
        return null;
      });
    }
    if (sub === 'documents' && !action && method === 'POST') {
      const primaryKey = url.searchParams.get('primaryKey') ?? 'id';
      return this.enqueue(uid!, [uid!], 'documentAdditionOrUpdate', () => {
        const docs = body as Doc[];
        // Meilisearch rule: ids are checked when the task runs, and one bad id fails the whole task.
        for (const doc of docs) {
          const problem = documentIdProblem(doc, primaryKey);
          if (problem) return problem;
        }
        // Like Meilisearch, adding documents creates a missing index.
        if (!this.indexes.has(uid!)) this.indexes.set(uid!, this.newIndex(primaryKey));
        const target = this.indexes.get(uid!)!;
        for (const doc of docs) target.documents.set(String(doc[target.primaryKey ?? primaryKey]), doc);
        target.updatedAt = this.now();
        return null;
      });
    }
    if (sub === 'documents' && action === 'delete-batch' && method === 'POST') {
      return this.enqueue(uid!, [uid!], 'documentDeletion', () => {
        // Unlike an addition, a deletion does not create a missing index: its task fails.
        const target = this.indexes.get(uid!);
        if (!target) return error('index_not_found', `Index \`${uid}\` not found.`);
        for (const id of body as string[]) target.documents.delete(String(id));
        target.updatedAt = this.now();
        return null;
      });
    }
    if (sub === 'documents' && !action && method === 'GET') {
      if (!index) return notFound();
      const offset = Number(url.searchParams.get('offset') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const fields = url.searchParams.get('fields')?.split(',');
      const all = [...index.documents.values()];
      const results = all.slice(offset, offset + limit).map((d) => (fields ? pick(d, fields) : d));
      return [200, { results, offset, limit, total: all.length }];
    }
    if (sub === 'search' && method === 'POST') {
      if (!index) return notFound();
      const params = body as Doc;
      if (params.matchingStrategy !== undefined && !MATCHING_STRATEGIES.has(String(params.matchingStrategy))) {
        return [
          400,
          error('invalid_search_matching_strategy', `Unknown value \`${String(params.matchingStrategy)}\` at \`.matchingStrategy\`.`),
        ];
      }
      if (typeof params.filter === 'string') {
        const parsed = parseFilter(params.filter);
        if (typeof parsed === 'string') return [400, error('invalid_search_filter', parsed)];
        this.filters.push(parsed);
      }
      return [200, cannedSearch(index.documents.values(), params, this.highlightWord)];
    }
    return [404, error('not_found', `The stand-in does not know ${method} ${url.pathname}.`)];
  }

  private newIndex(primaryKey: string | null): StandinIndex {
    const at = this.now();
    return { primaryKey, documents: new Map(), settings: {}, createdAt: at, updatedAt: at };
  }

  private enqueue(indexUid: string | null, indexes: string[], type: string, apply: () => ErrorBody | null): Answer {
    const task: StandinTask = {
      uid: this.nextTaskUid++,
      indexUid,
      indexes,
      type,
      enqueuedAt: new Date().toISOString(),
      fail: this.mode === 'fail-tasks' && (!this.failTaskTypes.length || this.failTaskTypes.includes(type)),
      status: 'enqueued',
      error: null,
      apply,
    };
    this.tasks.set(task.uid, task);
    return [202, { taskUid: task.uid, indexUid, status: task.status, type, enqueuedAt: task.enqueuedAt }];
  }

  /**
   * First poll: processing. Second: the task is finished, after every task queued before it, as
   * Meilisearch processes its queue in order (the adapter relies on that to learn about a task it
   * may not see). A task nobody polls runs when a later one finishes, or on settle().
   */
  private poll(uid: number, reaches: (indexUid: string) => boolean, scoped: boolean): Answer {
    const task = this.tasks.get(uid);
    const notFound: Answer = [404, error('task_not_found', `Task \`${uid}\` not found.`)];
    if (!task) return notFound;
    // Meilisearch rule: a key that does not reach every index sees no task that is not about one index,
    // nor any task about an index it does not reach (`get_task_ids_from_authorized_indexes` in
    // crates/index-scheduler/src/queue/); GET /tasks/{uid} then answers 404 `task_not_found`.
    // The task itself runs all the same.
    if (scoped && (!ONE_INDEX_KINDS.has(task.type) || !task.indexes.every(reaches))) return notFound;
    if (this.mode !== 'stall-tasks') {
      if (task.status === 'enqueued') task.status = 'processing';
      else this.finishUpTo(task.uid);
    }
    const done = task.status === 'succeeded' || task.status === 'failed';
    return [
      200,
      {
        uid: task.uid,
        batchUid: done ? task.uid : null,
        indexUid: task.indexUid,
        status: task.status,
        type: task.type,
        canceledBy: null,
        details: {},
        error: task.error,
        duration: done ? 'PT0.001S' : null,
        enqueuedAt: task.enqueuedAt,
        startedAt: task.status === 'enqueued' ? null : task.enqueuedAt,
        finishedAt: done ? new Date().toISOString() : null,
      },
    ];
  }

  /** Applies every unfinished task up to `uid`, in queue order. */
  private finishUpTo(uid: number): void {
    for (const task of this.tasks.values()) {
      if (task.uid > uid) break;
      if (task.status === 'succeeded' || task.status === 'failed') continue;
      task.error = task.fail ? this.taskError : task.apply();
      task.status = task.error ? 'failed' : 'succeeded';
    }
  }

  /** Runs every task queued so far, as Meilisearch would whether or not anyone polls. */
  settle(): void {
    this.finishUpTo(this.nextTaskUid - 1);
  }

  private key(body: Doc): unknown {
    const now = new Date().toISOString();
    return { uid: `standin-${this.requests.length}`, key: `standin-key-${this.requests.length}`, ...body, createdAt: now, updatedAt: now };
  }
}

function indexObject(uid: string, index: StandinIndex) {
  return { uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: index.updatedAt };
}
function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
