/**
 * TEST SUPPORT. A tiny local HTTP server that imitates just enough of Meilisearch's HTTP API to test
 * OUR OWN code: the requests the adapter builds, how it waits for tasks, and how it handles an
 * engine that fails tasks, answers 500, hangs or is gone. It is NOT a Meilisearch compatibility
 * test: it does not search, rank, filter, stem or tolerate typos, and its answers are canned. The
 * real compatibility check is the shared search contract suite, which runs against a real
 * Meilisearch when MEILI_URL is set (meilisearch-search-index.contract.test.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type StandinMode =
  /** Keep documents in memory; tasks are enqueued, then processing, then succeeded. */
  | 'normal'
  /** Accept writes, but their tasks end as failed with `taskError`. */
  | 'fail-tasks'
  /** Answer every request with 500. */
  | 'error-500'
  /** Read the request, record it, never answer. */
  | 'hang';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

type Doc = Record<string, unknown>;
interface StandinIndex {
  primaryKey: string | null;
  documents: Map<string, Doc>;
  settings: Record<string, unknown>;
}
interface ErrorBody {
  message: string;
  code: string;
  type: string;
  link: string;
}
interface StandinTask {
  uid: number;
  indexUid: string | null;
  type: string;
  enqueuedAt: string;
  fail: boolean;
  polls: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  error: ErrorBody | null;
  /** Applies the change; returns an error to fail the task the way Meilisearch would. */
  apply: () => ErrorBody | null;
}

const error = (code: string, message: string, type = 'invalid_request'): ErrorBody => ({
  message,
  code,
  type,
  link: `https://docs.meilisearch.com/errors#${code}`,
});

export class MeilisearchStandin {
  mode: StandinMode = 'normal';
  /** The error a task ends with in 'fail-tasks' mode. */
  taskError: ErrorBody = error('internal', 'The stand-in was told to fail this task.', 'internal');
  /** The word the canned search wraps in the requested highlight tags. */
  highlightWord: string | null = null;
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<string, StandinIndex>();
  private readonly tasks = new Map<number, StandinTask>();
  private nextTaskUid = 0;

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

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://standin');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
    });

    if (this.mode === 'hang') return;
    if (this.mode === 'error-500') return send(res, 500, error('internal', 'The stand-in was told to answer 500.', 'internal'));
    const [status, answer] = this.route(req.method ?? 'GET', url, body);
    send(res, status, answer);
  }

  private route(method: string, url: URL, body: unknown): [number, unknown] {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const [root, uid, sub, action] = parts;
    const index = uid ? this.indexes.get(uid) : undefined;
    const notFound = (): [number, unknown] => [404, error('index_not_found', `Index \`${uid}\` not found.`)];

    if (root === 'tasks' && uid && method === 'GET') return this.poll(Number(uid));
    if (root === 'keys' && method === 'POST') return [201, this.key(body as Doc)];
    if (root === 'swap-indexes' && method === 'POST') {
      const [pair] = body as { indexes: [string, string] }[];
      return this.enqueue(null, 'indexSwap', () => {
        const [a, b] = pair!.indexes;
        const ia = this.indexes.get(a);
        const ib = this.indexes.get(b);
        if (!ia || !ib) return error('index_not_found', `Indexes \`${a}\`, \`${b}\` not found.`);
        this.indexes.set(a, ib);
        this.indexes.set(b, ia);
        return null;
      });
    }
    if (root !== 'indexes') return [404, error('not_found', `The stand-in does not know ${method} ${url.pathname}.`)];

    if (!uid && method === 'POST') {
      const { uid: newUid, primaryKey } = body as { uid: string; primaryKey?: string };
      return this.enqueue(newUid, 'indexCreation', () => {
        if (this.indexes.has(newUid)) return error('index_already_exists', `Index \`${newUid}\` already exists.`);
        this.indexes.set(newUid, { primaryKey: primaryKey ?? null, documents: new Map(), settings: {} });
        return null;
      });
    }
    if (uid && !sub && method === 'GET') {
      if (!index) return notFound();
      const now = new Date().toISOString();
      return [200, { uid, primaryKey: index.primaryKey, createdAt: now, updatedAt: now }];
    }
    if (uid && !sub && method === 'DELETE') {
      return this.enqueue(uid, 'indexDeletion', () =>
        this.indexes.delete(uid) ? null : error('index_not_found', `Index \`${uid}\` not found.`),
      );
    }
    if (sub === 'settings' && method === 'PATCH') {
      return this.enqueue(uid!, 'settingsUpdate', () => {
        const target = this.indexes.get(uid!);
        if (!target) return error('index_not_found', `Index \`${uid}\` not found.`);
        Object.assign(target.settings, body);
        return null;
      });
    }
    if (sub === 'documents' && !action && method === 'POST') {
      const primaryKey = url.searchParams.get('primaryKey') ?? 'id';
      return this.enqueue(uid!, 'documentAdditionOrUpdate', () => {
        // Like Meilisearch, adding documents creates a missing index.
        if (!this.indexes.has(uid!)) this.indexes.set(uid!, { primaryKey, documents: new Map(), settings: {} });
        const target = this.indexes.get(uid!)!;
        for (const doc of body as Doc[]) target.documents.set(String(doc[target.primaryKey ?? primaryKey]), doc);
        return null;
      });
    }
    if (sub === 'documents' && action === 'delete-batch' && method === 'POST') {
      return this.enqueue(uid!, 'documentDeletion', () => {
        for (const id of body as string[]) this.indexes.get(uid!)?.documents.delete(String(id));
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
      return [200, this.search(index, body as Doc)];
    }
    return [404, error('not_found', `The stand-in does not know ${method} ${url.pathname}.`)];
  }

  /** Canned: every stored document is a hit, in insertion order; `q`, `filter` and `sort` are ignored. */
  private search(index: StandinIndex, params: Doc): unknown {
    const all = [...index.documents.values()];
    const hitsPerPage = Number(params.hitsPerPage ?? params.limit ?? 20);
    const page = Number(params.page ?? 1);
    const start = params.hitsPerPage !== undefined ? (page - 1) * hitsPerPage : Number(params.offset ?? 0);
    const pre = String(params.highlightPreTag ?? '<em>');
    const post = String(params.highlightPostTag ?? '</em>');
    const highlight = new Set((params.attributesToHighlight as string[] | undefined) ?? []);
    const crop = new Set((params.attributesToCrop as string[] | undefined) ?? []);
    const retrieve = params.attributesToRetrieve as string[] | undefined;

    const hits = all.slice(start, start + hitsPerPage).map((doc) => {
      const hit: Doc = retrieve ? pick(doc, retrieve) : { ...doc };
      if (highlight.size || crop.size) {
        const formatted: Doc = { ...hit };
        for (const attr of new Set([...highlight, ...crop])) {
          let text = String(doc[attr] ?? '');
          if (crop.has(attr))
            text = cropAround(text, this.highlightWord, Number(params.cropLength ?? 10), String(params.cropMarker ?? '…'));
          if (highlight.has(attr) && this.highlightWord) text = text.split(this.highlightWord).join(`${pre}${this.highlightWord}${post}`);
          formatted[attr] = text;
        }
        hit._formatted = formatted;
      }
      return hit;
    });

    const facetDistribution: Record<string, Record<string, number>> = {};
    for (const facet of (params.facets as string[] | undefined) ?? []) {
      const counts: Record<string, number> = {};
      for (const doc of all) {
        const value = doc[facet];
        for (const v of Array.isArray(value) ? value : value == null ? [] : [value]) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
      }
      facetDistribution[facet] = counts;
    }
    const paging =
      params.hitsPerPage !== undefined
        ? { hitsPerPage, page, totalPages: Math.ceil(all.length / Math.max(1, hitsPerPage)), totalHits: all.length }
        : { offset: start, limit: hitsPerPage, estimatedTotalHits: all.length };
    return { hits, query: params.q ?? '', processingTimeMs: 0, ...paging, ...(params.facets ? { facetDistribution } : {}) };
  }

  private enqueue(indexUid: string | null, type: string, apply: () => ErrorBody | null): [number, unknown] {
    const task: StandinTask = {
      uid: this.nextTaskUid++,
      indexUid,
      type,
      enqueuedAt: new Date().toISOString(),
      fail: this.mode === 'fail-tasks',
      polls: 0,
      status: 'enqueued',
      error: null,
      apply,
    };
    this.tasks.set(task.uid, task);
    return [202, { taskUid: task.uid, indexUid, status: task.status, type, enqueuedAt: task.enqueuedAt }];
  }

  /** First poll: processing. Second: the change is applied (or not) and the task is finished. */
  private poll(uid: number): [number, unknown] {
    const task = this.tasks.get(uid);
    if (!task) return [404, error('task_not_found', `Task \`${uid}\` not found.`)];
    task.polls++;
    if (task.status === 'enqueued') {
      task.status = 'processing';
    } else if (task.status === 'processing') {
      task.error = task.fail ? this.taskError : task.apply();
      task.status = task.error ? 'failed' : 'succeeded';
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
        startedAt: task.enqueuedAt, // every poll has moved it to processing at least
        finishedAt: done ? new Date().toISOString() : null,
      },
    ];
  }

  private key(body: Doc): unknown {
    const now = new Date().toISOString();
    return { uid: `standin-${this.requests.length}`, key: `standin-key-${this.requests.length}`, ...body, createdAt: now, updatedAt: now };
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function pick(doc: Doc, fields: string[]): Doc {
  return Object.fromEntries(fields.filter((f) => f in doc).map((f) => [f, doc[f]]));
}

/** About `words` words starting a little before the first occurrence of `word`, with markers where cut. */
function cropAround(text: string, word: string | null, words: number, marker: string): string {
  const all = text.split(/\s+/).filter(Boolean);
  if (all.length <= words) return text;
  const at = word
    ? Math.max(
        0,
        all.findIndex((w) => w.includes(word)),
      )
    : 0;
  const from = Math.max(0, Math.min(at - 2, all.length - words));
  const to = from + words;
  return `${from > 0 ? marker : ''}${all.slice(from, to).join(' ')}${to < all.length ? marker : ''}`;
}
