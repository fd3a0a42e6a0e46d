import { LRUCache } from 'lru-cache';
import type { ReindexProgress, SearchDocument, SearchIndex, SearchQuery, SearchResult } from './search-index.js';

export interface SearchCacheOptions {
  /** Results kept; 0 turns the cache off. */
  size: number;
  /** How long a result may be served: the bound on staleness should an announcement be lost. */
  ttlMs: number;
  /** Tells the other instances that the index changed (they call `clear`); nothing when alone. */
  announce?: () => Promise<void>;
}

/**
 * Keeps recent search results in memory. The catalogue changes rarely (every publication passes
 * review) while the same searches repeat, so a hit spares the engine the counting and faceting of a
 * broad query. Any write through this process clears the cache and is announced to the other instances,
 * which clear theirs (db/change-feed.ts); `ttlMs` bounds what a lost announcement could leave behind.
 */
export class CachedSearchIndex implements SearchIndex {
  private readonly cache: LRUCache<string, SearchResult>;
  /** Bumped by every clear: a search that started before it must not store its (older) result. */
  private generation = 0;

  constructor(
    private readonly inner: SearchIndex,
    private readonly options: SearchCacheOptions,
  ) {
    this.cache = new LRUCache<string, SearchResult>({ max: Math.max(1, options.size), ttl: options.ttlMs });
  }

  /** Forgets every result (the index changed, here or in another instance). */
  clear(): void {
    this.generation += 1;
    this.cache.clear();
  }

  /** After a write: forget here at once, then tell the others (their caches age out should that fail). */
  private written(): void {
    this.clear();
    void this.options.announce?.().catch(() => undefined);
  }

  get engine() {
    return this.inner.engine;
  }

  prepare(): Promise<void> {
    return this.inner.prepare();
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    try {
      await this.inner.upsert(documents);
    } finally {
      if (documents.length) this.written();
    }
  }

  async remove(ids: string[]): Promise<void> {
    try {
      await this.inner.remove(ids);
    } finally {
      if (ids.length) this.written();
    }
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, progress?: ReindexProgress): Promise<void> {
    try {
      await this.inner.rebuild(batches, total, progress);
    } finally {
      this.written();
    }
  }

  ids(): Promise<Set<string>> {
    return this.inner.ids();
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const key = JSON.stringify([
      query.text.trim().toLowerCase(),
      Object.entries(query.filters)
        .filter(([, v]) => v?.length)
        .map(([k, v]) => [k, [...v!].sort()])
        .sort(),
      query.sort,
      query.offset,
      query.limit,
      [...query.facets].sort(),
      query.exact ?? false,
    ]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const result = await this.inner.search(query);
    if (generation === this.generation) this.cache.set(key, result);
    return result;
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}
