import { LRUCache } from 'lru-cache';
import type { ReindexProgress, SearchDocument, SearchIndex, SearchQuery, SearchResult } from './search-index.js';

export interface SearchCacheOptions {
  /** Results kept; 0 turns the cache off. */
  size: number;
  /** How long a result may be served, which bounds staleness when other processes write the index. */
  ttlMs: number;
}

/**
 * Keeps recent search results in memory. The catalogue changes rarely (every publication passes
 * review) while the same searches repeat, so a hit spares the engine the counting and faceting of a
 * broad query. Any write through this process clears the cache; writes from other processes are seen
 * after at most `ttlMs`.
 */
export class CachedSearchIndex implements SearchIndex {
  private readonly cache: LRUCache<string, SearchResult>;

  constructor(
    private readonly inner: SearchIndex,
    options: SearchCacheOptions,
  ) {
    this.cache = new LRUCache<string, SearchResult>({ max: Math.max(1, options.size), ttl: options.ttlMs });
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
      if (documents.length) this.cache.clear();
    }
  }

  async remove(ids: string[]): Promise<void> {
    try {
      await this.inner.remove(ids);
    } finally {
      if (ids.length) this.cache.clear();
    }
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, total: number, progress?: ReindexProgress): Promise<void> {
    try {
      await this.inner.rebuild(batches, total, progress);
    } finally {
      this.cache.clear();
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
    const result = await this.inner.search(query);
    this.cache.set(key, result);
    return result;
  }

  close(): Promise<void> {
    return this.inner.close?.() ?? Promise.resolve();
  }
}
