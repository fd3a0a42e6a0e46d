import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchTaskTimeOutError,
  type EnqueuedTaskPromise,
  type IndexSwap,
  type SearchParams,
  type Settings,
  type Task,
} from 'meilisearch';
import {
  FACETS,
  SearchUnavailableError,
  type ReindexProgress,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../search-index.js';
import { allowedTypos, escapeHtml, stems, STOP_WORDS, SYNONYMS } from '../search.text.js';
import {
  filterExpression,
  hasMark,
  MARK_END,
  MARK_START,
  markedHtml,
  pageOf,
  queryText,
  sortOf,
  withoutMarkers,
} from './meilisearch-query.js';

/** What the index stores: the port's document plus Ukrainian stems, which Meilisearch cannot make. */
export type MeiliDocument = SearchDocument & { titleStems: string; summaryStems: string; bodyStems: string };

const stemsOf = (...texts: (string | null)[]) => stems(texts.filter(Boolean).join(' ')).join(' ');

/** Every member of a synonym group maps to all the others, both as written and as stems (queries are stems). */
export function mutualSynonyms(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    const forms = [...new Set(group.flatMap((member) => [member.toLowerCase(), stemsOf(member)]).filter(Boolean))];
    for (const form of forms) map[form] = [...new Set([...(map[form] ?? []), ...forms.filter((f) => f !== form)])];
  }
  return map;
}

/** Shortest word length that gets `typos` typos under the shared rule. */
const minWordSizeFor = (typos: number) => {
  let n = 1;
  while (allowedTypos('a'.repeat(n)) < typos) n++;
  return n;
};

/** Pagination cap: `totalHits` never exceeds it, so it sits above any catalogue we expect. */
export const MAX_TOTAL_HITS = 100_000;
/** Values returned per facet (most frequent first); organisations are the longest list. */
export const MAX_VALUES_PER_FACET = 1_000;

/** The index, declared in one place. Applied by prepare() and to every fresh index of a rebuild. */
export const MEILISEARCH_INDEX = {
  primaryKey: 'id',
  settings: {
    // Ranked order: a title match outranks a summary match, which outranks a body match. Each
    // *Stems field follows the text it comes from, so word-form matches keep that order.
    searchableAttributes: [
      'titleUk',
      'titleEn',
      'titleStems',
      'summaryUk',
      'summaryEn',
      'summaryStems',
      'themeNames',
      'body',
      'bodyStems',
      'latin',
    ],
    filterableAttributes: [...FACETS],
    sortableAttributes: ['publishedAt', 'adoptionCount'],
    // Meilisearch's defaults, written out: `sort` sits after the relevance rules, so a chosen sort
    // orders equally relevant hits and an empty query (browse) purely.
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: minWordSizeFor(1), twoTypos: minWordSizeFor(2) } },
    synonyms: mutualSynonyms(SYNONYMS),
    stopWords: [...STOP_WORDS],
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  } satisfies Settings,
} as const;

const RETRIEVED = ['id', 'type', 'recordId', 'slug', 'titleUk', 'summaryUk', 'themes', 'organization'] satisfies (keyof MeiliDocument)[];
const SNIPPET_WORDS = 30;
const IDS_PAGE = 1_000;

export interface MeilisearchOptions {
  url: string;
  /** A scoped key (see meilisearch-key.cli.ts); never the master key. */
  apiKey: string;
  indexUid?: string;
  /** Per HTTP request; a hanging engine fails after this long. */
  timeoutMs?: number;
  /** How long to wait for a task Meilisearch has accepted (it may be busy, e.g. re-indexing). */
  taskTimeoutMs?: number;
}

/** True for failures of the engine or the way to it, as opposed to mistakes in our requests. */
function isOutage(err: unknown): boolean {
  if (err instanceof MeilisearchApiError) {
    const status = err.response.status;
    return status >= 500 || status === 408 || status === 429;
  }
  // SyntaxError: a body that is not JSON, as a proxy in front of a stopped engine answers.
  return err instanceof MeilisearchRequestError || err instanceof MeilisearchTaskTimeOutError || err instanceof SyntaxError;
}

function translate(err: unknown, action: string): Error {
  if (err instanceof SearchUnavailableError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (isOutage(err)) return new SearchUnavailableError(`Meilisearch is unavailable (${action}): ${message}`, { cause: err });
  return err instanceof Error ? err : new Error(message);
}

const isNotFound = (err: unknown) => err instanceof MeilisearchApiError && err.cause?.code === 'index_not_found';

/** Stems for matching word forms; our highlight markers removed, so only Meilisearch places them. */
export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const clean = Object.fromEntries(
    Object.entries(doc).map(([k, v]) => [
      k,
      typeof v === 'string' ? withoutMarkers(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? withoutMarkers(x) : x)) : v,
    ]),
  ) as SearchDocument;
  return {
    ...clean,
    titleStems: stemsOf(clean.titleUk, clean.titleEn),
    summaryStems: stemsOf(clean.summaryUk, clean.summaryEn),
    bodyStems: stemsOf(clean.themeNames.join(' '), clean.body),
  };
}

/**
 * The production search engine. Writes resolve only when Meilisearch reports the task succeeded;
 * an engine that is down, slow, answering 5xx or failing tasks raises SearchUnavailableError, while
 * a request Meilisearch rejects as malformed (4xx) stays a plain error: that is our bug.
 */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly indexUid: string;
  private readonly taskTimeoutMs: number;

  constructor({ url, apiKey, indexUid = 'poruch_catalog', timeoutMs = 3_000, taskTimeoutMs = 120_000 }: MeilisearchOptions) {
    this.client = new Meilisearch({ host: url, apiKey, timeout: timeoutMs });
    this.indexUid = indexUid;
    this.taskTimeoutMs = taskTimeoutMs;
  }

  async prepare(): Promise<void> {
    await this.ensureIndex(this.indexUid);
    await this.applySettings(this.indexUid);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    await this.addDocuments(this.indexUid, documents);
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.runTask(`remove ${ids.length} documents`, () => this.client.index(this.indexUid).deleteDocuments(ids));
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

  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, progress?: ReindexProgress): Promise<void> {
    const next = `${this.indexUid}_next_${Date.now()}`;
    let swapped = false;
    try {
      await this.createIndex(next);
      await this.applySettings(next);
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
      await this.runTask(`swap ${this.indexUid} with ${next}`, () => this.client.swapIndexes([swap]));
      swapped = true;
      // `next` now holds the old documents.
      await this.runTask(`delete the replaced index ${next}`, () => this.client.deleteIndex(next));
    } catch (err) {
      if (!swapped) await this.deleteQuietly(next);
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
      for (const doc of page.results) ids.add(doc.id);
      if (page.results.length < IDS_PAGE || offset + IDS_PAGE >= page.total) return ids;
    }
  }

  private toHit(hit: MeiliDocument & { _formatted?: Partial<MeiliDocument> }): SearchHit {
    const formatted = hit._formatted ?? {};
    const body = formatted.body;
    return {
      id: hit.id,
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
    const task = await this.call(`create index ${uid}`, () =>
      this.client.createIndex(uid, { primaryKey: MEILISEARCH_INDEX.primaryKey }).waitTask({ timeout: this.taskTimeoutMs }),
    );
    if (mayExist && task.error?.code === 'index_already_exists') return;
    this.confirm(task, `create index ${uid}`);
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
      await this.client.deleteIndex(uid).waitTask({ timeout: this.taskTimeoutMs });
    } catch {
      // Best effort after a failed rebuild; the original error is what matters.
    }
  }

  /** Enqueues a task and waits for it; resolves only if it succeeded. */
  private async runTask(action: string, enqueue: () => EnqueuedTaskPromise): Promise<Task> {
    const task = await this.call(action, () => enqueue().waitTask({ timeout: this.taskTimeoutMs }));
    return this.confirm(task, action);
  }

  private confirm(task: Task, action: string): Task {
    if (task.status === 'succeeded') return task;
    const reason = task.error ? `${task.error.message} (${task.error.code})` : 'no reason given';
    throw new SearchUnavailableError(`Meilisearch task ${task.uid} (${action}) ${task.status}: ${reason}`, { cause: task.error ?? task });
  }

  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw translate(err, action);
    }
  }
}
