import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type IndexSwap,
  type SearchParams,
  type Task,
} from 'meilisearch';
import {
  SearchRequestError,
  SearchUnavailableError,
  type ReindexProgress,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../search-index.js';
import { escapeHtml } from '../search.text.js';
import {
  filterExpression,
  fromMeiliId,
  hasMark,
  MARK_END,
  MARK_START,
  markedHtml,
  pageOf,
  queryText,
  sortOf,
  toMeiliId,
} from './meilisearch-query.js';
import { MAX_TOTAL_HITS, MAX_VALUES_PER_FACET, MEILISEARCH_INDEX, toMeiliDocument, type MeiliDocument } from './meilisearch-index.js';

const RETRIEVED = ['id', 'type', 'recordId', 'slug', 'titleUk', 'summaryUk', 'themes', 'organization'] satisfies (keyof MeiliDocument)[];
const SNIPPET_WORDS = 30;
const IDS_PAGE = 1_000;
/** Between two polls of a task Meilisearch is working on. */
const POLL_MS = 50;

/**
 * How multi-word queries match. Meilisearch's default, `last`, drops words from the end of the query
 * until enough documents match, so a query's first word alone can bring in documents that hold none of
 * the others. `frequency` ranks documents holding every word first, then drops the most frequent words
 * first: a document is brought in by the rarer, more telling words of the query. That is what the
 * PostgreSQL engine is moving to (ranking by how many words match); `all` would be stricter than it.
 */
const MATCHING_STRATEGY = 'frequency';

/**
 * A rebuild's fresh index not written to for this long is taken for one left behind by a crash: it no
 * longer holds writes back, and the next rebuild deletes it. A rebuild writes a batch every few seconds;
 * the margin also absorbs a difference between Meilisearch's clock and ours.
 */
export const REBUILD_STALE_MS = 15 * 60_000;

export interface MeilisearchOptions {
  url: string;
  /** A scoped key (see meilisearch-key.cli.ts); never the master key. */
  apiKey: string;
  indexUid?: string;
  /** Per HTTP request, task polls included; a hanging engine fails after this long. */
  timeoutMs?: number;
  /** How long to wait for a task Meilisearch has accepted (it may be busy, e.g. re-indexing). */
  taskTimeoutMs?: number;
}

/**
 * What went wrong, by Meilisearch's error types (docs: reference/errors/overview): `internal` and
 * `system` (5xx) are the engine's own trouble, and so are a connection that fails or times out and an
 * answer that is not JSON; `invalid_request` (4xx) is a request we should not have sent; `auth` is
 * the key, a deployment problem, left a plain error as it is neither.
 */
function translate(err: unknown, action: string): Error {
  if (err instanceof SearchUnavailableError || err instanceof SearchRequestError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof MeilisearchApiError) {
    const status = err.response.status;
    if (status >= 500 || status === 408 || status === 429) {
      return new SearchUnavailableError(`Meilisearch is unavailable (${action}): ${message}`, { cause: err });
    }
    if (err.cause?.type === 'invalid_request') {
      return new SearchRequestError(`Meilisearch refused ${action}: ${message}`, { cause: err, code: err.cause.code });
    }
    return err;
  }
  // SyntaxError: a body that is not JSON, as a proxy in front of a stopped engine answers.
  if (err instanceof MeilisearchRequestError || err instanceof SyntaxError) {
    return new SearchUnavailableError(`Meilisearch is unavailable (${action}): ${message}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(message);
}

const isNotFound = (err: unknown) => err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The production search engine. Writes resolve only when Meilisearch reports the task succeeded. An
 * engine that is down, slow, answering 5xx or failing tasks of its own accord raises
 * SearchUnavailableError; a request or task Meilisearch refuses as invalid raises SearchRequestError
 * (our bug: sending it again would not help).
 */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly indexUid: string;
  /** A rebuild fills `<live>_next_<ms>` (inside the key's `poruch_*`), then swaps it in. */
  private readonly rebuildPrefix: string;
  private readonly timeoutMs: number;
  private readonly taskTimeoutMs: number;

  constructor({ url, apiKey, indexUid = 'poruch_catalog', timeoutMs = 3_000, taskTimeoutMs = 120_000 }: MeilisearchOptions) {
    this.client = new Meilisearch({ host: url, apiKey, timeout: timeoutMs });
    this.indexUid = indexUid;
    this.rebuildPrefix = `${indexUid}_next_`;
    this.timeoutMs = timeoutMs;
    this.taskTimeoutMs = taskTimeoutMs;
  }

  async prepare(): Promise<void> {
    await this.ensureIndex(this.indexUid);
    await this.applySettings(this.indexUid);
  }

  /**
   * While a rebuild runs (in `npm run reindex`, any process), a write still goes to the live index,
   * so searches see it at once, but is reported as not done: the swap will replace the live index
   * with documents read from the database before the write, so the outbox keeps the row and the
   * indexer writes it again after the swap. The check comes before the write: a write that found no
   * rebuild either preceded the rebuild's reads of the database or follows its swap.
   */
  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    const rebuild = await this.rebuildUnderWay();
    await this.addDocuments(this.indexUid, documents);
    if (rebuild) throw this.heldBack(rebuild, `${documents.length} documents written`);
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    const rebuild = await this.rebuildUnderWay();
    try {
      await this.runTask(`remove ${ids.length} documents`, () => this.client.index(this.indexUid).deleteDocuments(ids.map(toMeiliId)));
    } catch (err) {
      // No index, no documents: what was to be removed is not there.
      if (!(err instanceof SearchRequestError && err.code === 'index_not_found')) throw err;
    }
    if (rebuild) throw this.heldBack(rebuild, `${ids.length} documents removed`);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const q = queryText(query.text);
    const { page, hitsPerPage, skip } = pageOf(query.offset, query.limit);
    const params = {
      filter: filterExpression(query.filters),
      sort: sortOf(query.sort),
      facets: query.facets.length ? [...query.facets] : undefined,
      page,
      hitsPerPage,
      matchingStrategy: MATCHING_STRATEGY,
      attributesToRetrieve: RETRIEVED,
      // Nothing to mark when browsing.
      ...(q
        ? {
            attributesToHighlight: ['titleUk', 'summaryUk', 'body'],
            attributesToCrop: ['body'],
            cropLength: SNIPPET_WORDS,
            cropMarker: '…',
            highlightPreTag: MARK_START,
            highlightPostTag: MARK_END,
          }
        : {}),
    } satisfies SearchParams;
    const res = await this.call('search', () =>
      this.client.index<MeiliDocument>(this.indexUid).search<MeiliDocument, typeof params>(q, params),
    );

    const facets: SearchResult['facets'] = {};
    let facetsAreExact = true;
    for (const facet of query.facets) {
      const counts = res.facetDistribution?.[facet] ?? {};
      facets[facet] = counts;
      if (Object.keys(counts).length >= MAX_VALUES_PER_FACET) facetsAreExact = false;
    }
    return {
      hits: res.hits.slice(skip).map((hit) => this.toHit(hit)),
      total: res.totalHits,
      facets,
      totalIsExact: res.totalHits < MAX_TOTAL_HITS,
      facetsAreExact,
    };
  }

  /**
   * Fills a fresh index, swaps it with the live one and deletes the replaced one. The backend's key
   * reaches only `poruch_*`, and Meilisearch shows such a key no task that is about more than one
   * index, so the swap task itself answers 404. Meilisearch runs its queue in order: the deletion
   * queued after the swap finishes after it, and the live index then carries the fresh index's
   * creation date only if the swap took effect.
   */
  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, progress?: ReindexProgress): Promise<void> {
    await this.dropAbandonedRebuilds();
    const next = `${this.rebuildPrefix}${Date.now()}`;
    let swapQueued = false;
    try {
      await this.createIndex(next);
      await this.applySettings(next);
      const fresh = await this.call(`read index ${next}`, () => this.client.getRawIndex(next));
      let done = 0;
      progress?.(done, total);
      for await (const batch of batches) {
        if (batch.length) await this.addDocuments(next, batch);
        done += batch.length;
        progress?.(done, total);
      }
      await this.ensureIndex(this.indexUid);
      // `rename` is left out on purpose: Meilisearch before 1.18 rejects the unknown field, and
      // later versions default it to false, which is the swap we want.
      const swap = { indexes: [this.indexUid, next] } as IndexSwap;
      const swapTask = await this.call(`swap ${this.indexUid} with ${next}`, () => this.client.swapIndexes([swap]));
      swapQueued = true;
      // `next` now holds the old documents, or the fresh ones if the swap failed.
      await this.runTask(`delete ${next}, replaced by the swap (task ${swapTask.taskUid})`, () => this.client.deleteIndex(next));
      const live = await this.call(`read index ${this.indexUid}`, () => this.client.getRawIndex(this.indexUid));
      if (live.createdAt !== fresh.createdAt) {
        throw new SearchUnavailableError(
          `Meilisearch: the swap of ${this.indexUid} with ${next} (task ${swapTask.taskUid}) did not take effect; ` +
            `${this.indexUid} keeps its documents. This key may not read a swap task, so ask Meilisearch with the master key why.`,
        );
      }
    } catch (err) {
      // Once the swap is queued, `next` may hold the live documents until it has run: leave it.
      if (!swapQueued) await this.deleteQuietly(next);
      throw err;
    }
  }

  async ids(): Promise<Set<string>> {
    const ids = new Set<string>();
    const index = this.client.index<MeiliDocument>(this.indexUid);
    for (let offset = 0; ; offset += IDS_PAGE) {
      const page = await this.call('list document ids', () =>
        index.getDocuments<Pick<MeiliDocument, 'id'>>({ fields: ['id'], limit: IDS_PAGE, offset }),
      );
      for (const doc of page.results) ids.add(fromMeiliId(doc.id));
      if (page.results.length < IDS_PAGE || offset + IDS_PAGE >= page.total) return ids;
    }
  }

  private toHit(hit: MeiliDocument & { _formatted?: Partial<MeiliDocument> }): SearchHit {
    const formatted = hit._formatted ?? {};
    const body = formatted.body;
    return {
      id: fromMeiliId(hit.id),
      type: hit.type,
      recordId: hit.recordId,
      slug: hit.slug,
      titleHtml: formatted.titleUk !== undefined ? markedHtml(formatted.titleUk) : escapeHtml(hit.titleUk),
      summaryHtml: formatted.summaryUk !== undefined ? markedHtml(formatted.summaryUk) : escapeHtml(hit.summaryUk),
      snippetHtml: typeof body === 'string' && hasMark(body) ? markedHtml(body) : null,
      themes: hit.themes,
      organization: hit.organization,
    };
  }

  /** The fresh indexes of rebuilds: the live index's name with `_next_`, and when each was last written. */
  private async rebuildIndexes(): Promise<{ uid: string; stale: boolean }[]> {
    const { results } = await this.call('list indexes', () => this.client.getRawIndexes({ limit: 1_000 }));
    return results
      .filter((i) => i.uid.startsWith(this.rebuildPrefix))
      .map((i) => ({ uid: i.uid, stale: Date.now() - Date.parse(i.updatedAt) > REBUILD_STALE_MS }));
  }

  private async rebuildUnderWay(): Promise<string | undefined> {
    return (await this.rebuildIndexes()).find((i) => !i.stale)?.uid;
  }

  private async dropAbandonedRebuilds(): Promise<void> {
    for (const { uid, stale } of await this.rebuildIndexes()) if (stale) await this.deleteQuietly(uid);
  }

  private heldBack(rebuild: string, what: string): SearchUnavailableError {
    return new SearchUnavailableError(
      `Meilisearch: ${what}, but a rebuild of ${this.indexUid} is under way (${rebuild}) and its swap would undo them; to be written again after it`,
    );
  }

  private async ensureIndex(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
      return;
    } catch (err) {
      if (!isNotFound(err)) throw translate(err, `read index ${uid}`);
    }
    await this.createIndex(uid, true);
  }

  /** Creates an index; `mayExist` tolerates another process having created it meanwhile. */
  private async createIndex(uid: string, mayExist = false): Promise<void> {
    const action = `create index ${uid}`;
    const enqueued = await this.call(action, () => this.client.createIndex(uid, { primaryKey: MEILISEARCH_INDEX.primaryKey }));
    const task = await this.waitFor(enqueued, action);
    if (mayExist && task.error?.code === 'index_already_exists') return;
    this.confirm(task, action);
  }

  private async applySettings(uid: string): Promise<void> {
    await this.runTask(`apply settings to ${uid}`, () => this.client.index(uid).updateSettings(MEILISEARCH_INDEX.settings));
  }

  private async addDocuments(uid: string, documents: SearchDocument[]): Promise<void> {
    await this.runTask(`add ${documents.length} documents to ${uid}`, () =>
      this.client.index<MeiliDocument>(uid).addDocuments(documents.map(toMeiliDocument), { primaryKey: MEILISEARCH_INDEX.primaryKey }),
    );
  }

  private async deleteQuietly(uid: string): Promise<void> {
    try {
      const action = `delete index ${uid}`;
      await this.waitFor(await this.call(action, () => this.client.deleteIndex(uid)), action);
    } catch {
      // Best effort after a failed rebuild; the original error is what matters.
    }
  }

  /** Enqueues a task and waits for it; resolves only if it succeeded. */
  private async runTask(action: string, enqueue: () => EnqueuedTaskPromise): Promise<Task> {
    const enqueued = await this.call(action, () => enqueue());
    return this.confirm(await this.waitFor(enqueued, action), action);
  }

  /**
   * Polls a task until it has finished, for at most taskTimeoutMs. Each poll carries a signal of its
   * own: the client drops its request timeout from any request given a signal, as its own waitTask
   * gives each poll, so an engine that stopped answering would hold a poll for the whole task timeout.
   * A task given up on stays queued in Meilisearch and may still run; the error names it.
   */
  private async waitFor(enqueued: EnqueuedTask, action: string): Promise<Task> {
    const uid = enqueued.taskUid;
    const deadline = Date.now() + this.taskTimeoutMs;
    for (;;) {
      const task = await this.call(`${action}: wait for task ${uid}`, () =>
        this.client.tasks.getTask(uid, { signal: AbortSignal.timeout(this.timeoutMs) }),
      );
      if (task.status !== 'enqueued' && task.status !== 'processing') return task;
      if (Date.now() >= deadline) {
        throw new SearchUnavailableError(
          `Meilisearch task ${uid} (${action}) still ${task.status} after ${this.taskTimeoutMs} ms; it stays queued and may yet run`,
          { cause: task },
        );
      }
      await sleep(POLL_MS);
    }
  }

  /** A failed task is our bug when Meilisearch says the request was invalid, and its own trouble otherwise. */
  private confirm(task: Task, action: string): Task {
    if (task.status === 'succeeded') return task;
    const reason = task.error ? `${task.error.message} (${task.error.code})` : 'no reason given';
    const message = `Meilisearch task ${task.uid} (${action}) ${task.status}: ${reason}`;
    if (task.status === 'failed' && task.error?.type === 'invalid_request') {
      throw new SearchRequestError(message, { cause: task.error, code: task.error.code });
    }
    throw new SearchUnavailableError(message, { cause: task.error ?? task });
  }

  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw translate(err, action);
    }
  }
}
