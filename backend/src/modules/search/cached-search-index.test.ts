import { describe, expect, it } from 'vitest';
import { CachedSearchIndex } from './cached-search-index.js';
import type { SearchIndex, SearchQuery, SearchResult } from './search-index.js';

/** A stand-in engine that counts the searches reaching it; it tests the cache, not any engine. */
function countingEngine() {
  const calls = { search: 0 };
  const engine: SearchIndex = {
    engine: 'postgres',
    prepare: async () => {},
    upsert: async () => {},
    remove: async () => {},
    rebuild: async () => {},
    ids: async () => new Set(),
    search: async (q): Promise<SearchResult> => {
      calls.search++;
      return { hits: [], total: calls.search, facets: {}, totalIsExact: true, facetsAreExact: q.facets.length > 0 };
    },
  };
  return { engine, calls };
}

const query = (text: string, themes: string[] = []): SearchQuery => ({
  text,
  filters: { themes },
  sort: 'relevance',
  offset: 0,
  limit: 20,
  facets: ['themes'],
});

describe('CachedSearchIndex', () => {
  it('answers a repeated search from memory, whatever the filter order or case', async () => {
    const { engine, calls } = countingEngine();
    const cached = new CachedSearchIndex(engine, { size: 10, ttlMs: 60_000 });
    await cached.search(query('Казка', ['a', 'b']));
    await cached.search(query('казка ', ['b', 'a']));
    expect(calls.search).toBe(1);
    await cached.search(query('казка', ['a']));
    expect(calls.search).toBe(2);
  });

  it('forgets everything when the index changes', async () => {
    const { engine, calls } = countingEngine();
    const cached = new CachedSearchIndex(engine, { size: 10, ttlMs: 60_000 });
    await cached.search(query('казка'));
    await cached.upsert([{ id: 'practice:1' } as never]);
    await cached.search(query('казка'));
    await cached.remove(['practice:1']);
    await cached.search(query('казка'));
    expect(calls.search).toBe(3);
  });

  it('serves a result no longer than its time to live', async () => {
    const { engine, calls } = countingEngine();
    const cached = new CachedSearchIndex(engine, { size: 10, ttlMs: 20 });
    await cached.search(query('казка'));
    await new Promise((r) => setTimeout(r, 40));
    await cached.search(query('казка'));
    expect(calls.search).toBe(2);
  });

  it('announces its own writes to the other instances, and does not keep a result that was in flight across a clear', async () => {
    const { engine, calls } = countingEngine();
    let announced = 0;
    const cached = new CachedSearchIndex(engine, { size: 10, ttlMs: 60_000, announce: async () => void (announced += 1) });
    await cached.upsert([{ id: 'practice:1' } as never]);
    await cached.remove([]);
    expect(announced).toBe(1);

    // Another instance changes the index while this search is on its way to the engine.
    let release: (() => void) | undefined;
    const slow: SearchIndex = {
      ...engine,
      search: (q) => (release ? engine.search(q) : new Promise((done) => (release = () => done(engine.search(q))))),
    };
    const racing = new CachedSearchIndex(slow, { size: 10, ttlMs: 60_000 });
    const pending = racing.search(query('казка'));
    racing.clear();
    release!();
    await pending;
    await racing.search(query('казка'));
    expect(calls.search).toBe(2);
  });
});
