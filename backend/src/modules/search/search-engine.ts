import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { announceChange, type ChangeFeed } from '../../db/change-feed.js';
import { CachedSearchIndex } from './cached-search-index.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import type { SearchIndex } from './search-index.js';

/**
 * The engine the configuration asks for: Meilisearch when MEILI_URL is set, PostgreSQL otherwise, behind a
 * result cache. Writes to it are announced to every instance; with `changes`, this instance's cache is
 * cleared when any instance (or `npm run reindex`) announces one.
 */
export async function createSearchIndex(
  config: Pick<Config, 'MEILI_URL' | 'MEILI_API_KEY' | 'SEARCH_CACHE_SIZE' | 'SEARCH_CACHE_TTL_MS'>,
  orm: MikroORM,
  changes?: ChangeFeed,
): Promise<SearchIndex> {
  let engine: SearchIndex;
  if (config.MEILI_URL) {
    // Loaded only when used, so that the default set-up never touches the Meilisearch client.
    const { MeilisearchSearchIndex } = await import('./meilisearch/meilisearch-search-index.js');
    engine = new MeilisearchSearchIndex({ url: config.MEILI_URL, apiKey: config.MEILI_API_KEY ?? '' });
  } else {
    engine = new PostgresSearchIndex(orm);
  }
  if (config.SEARCH_CACHE_SIZE === 0) return engine;
  const cached = new CachedSearchIndex(engine, {
    size: config.SEARCH_CACHE_SIZE,
    ttlMs: config.SEARCH_CACHE_TTL_MS,
    announce: () => announceChange(orm, 'search'),
  });
  changes?.on('search', () => cached.clear());
  return cached;
}
