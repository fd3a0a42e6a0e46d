import { afterEach, beforeEach } from 'vitest';
import { documentId } from '../../search-document.js';
import type { SearchDocument, SearchQuery } from '../../search-index.js';
import { BACKEND_KEY_INDEXES } from '../meilisearch-key.cli.js';
import { MeilisearchSearchIndex, type MeilisearchOptions } from '../meilisearch-search-index.js';
import { MeilisearchStandin, type RecordedRequest } from './meilisearch-standin.js';

/** Shared by the stand-in tests: sample documents and queries, and a fresh stand-in per test. */

export const INDEX = 'poruch_test';

/** A record id like the database's: a UUID ending in `n`. */
export const recordId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function doc(n: number, over: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: documentId('practice', recordId(n)),
    type: 'practice',
    recordId: recordId(n),
    slug: `practice-${n}`,
    titleUk: `Практика ${n}`,
    titleEn: null,
    summaryUk: 'Короткий опис.',
    summaryEn: null,
    themeNames: ['Казкотерапія', 'Fairy-tale therapy'],
    body: 'Бібліотекарка читає дітям заспокійливі історії.',
    themes: ['fairy-tale-therapy'],
    audiences: ['children'],
    formats: [],
    oblast: 'kharkivska',
    communityKind: 'frontline',
    organization: 'pavlohrad-lib',
    evidenceLevel: null,
    conditions: [],
    languages: ['uk'],
    publishedAt: 1_700_000_000_000 + n,
    adoptionCount: n,
    ...over,
  };
}

export const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  text: '',
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 20,
  facets: [],
  ...over,
});

export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

export async function* batchesOf(...batches: SearchDocument[][]): AsyncGenerator<SearchDocument[]> {
  for (const batch of batches) yield batch;
}

/**
 * Starts a stand-in before each test and closes it after; `make` builds an adapter pointed at it, with
 * a key limited to the indexes the production key reaches (`poruch_*`).
 */
export function useStandin() {
  const ctx = {} as { standin: MeilisearchStandin };
  beforeEach(async () => {
    ctx.standin = await MeilisearchStandin.start();
    ctx.standin.scope('scoped-key', BACKEND_KEY_INDEXES);
  });
  afterEach(() => ctx.standin.close());
  const make = (over: Partial<MeilisearchOptions> = {}) =>
    new MeilisearchSearchIndex({
      url: ctx.standin.url,
      apiKey: 'scoped-key',
      indexUid: INDEX,
      timeoutMs: 300,
      taskTimeoutMs: 5_000,
      ...over,
    });
  const lastRequest = (method: string, path: string): RecordedRequest => {
    const found = ctx.standin.requests.filter((r) => r.method === method && r.path === path).at(-1);
    if (!found) throw new Error(`no ${method} ${path} among ${ctx.standin.calls().join(', ')}`);
    return found;
  };
  return { ctx, make, lastRequest };
}
