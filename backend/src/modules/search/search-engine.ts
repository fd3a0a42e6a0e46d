import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { CachedSearchIndex } from './cached-search-index.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import type { SearchIndex } from './search-index.js';

/** The engine the configuration asks for: Meilisearch when MEILI_URL is set, PostgreSQL otherwise. */
export async function createSearchIndex(
  config: Pick<Config, 'MEILI_URL' | 'MEILI_API_KEY' | 'SEARCH_CACHE_SIZE' | 'SEARCH_CACHE_TTL_MS'>,
  orm: MikroORM,
): Promise<SearchIndex> {
  let engine: SearchIndex;
  if (config.MEILI_URL) {
    // Loaded only when used, so that the default set-up never touches the Meilisearch client.
    const { MeilisearchSearchIndex } = await import('./meilisearch/meilisearch-search-index.js');
    engine = new MeilisearchSearchIndex({ url: config.MEILI_URL, apiKey: config.MEILI_API_KEY ?? '' });
  } else {
    engine = new PostgresSearchIndex(orm);
  }
  return config.SEARCH_CACHE_SIZE > 0
    ? new CachedSearchIndex(engine, { size: config.SEARCH_CACHE_SIZE, ttlMs: config.SEARCH_CACHE_TTL_MS })
    : engine;
}
