import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBarePractice } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { INDEX, query, useStandin } from './meilisearch/testing/meilisearch-test-support.js';
import { STOP_WORDS } from './search.text.js';

/**
 * Stop words, by what both engines do with them. The PostgreSQL engine is searched through the API; the
 * Meilisearch adapter runs against the stand-in, which only records the settings and queries we send
 * (it does not search: a real Meilisearch cannot run here). Both must ignore the same words, so a query
 * answers alike whichever engine serves it.
 */
const SEARCH = `query($q: String) { search(query: $q, pageSize: 100, facets: []) { total hits { slug } } }`;

describe('stop words', () => {
  let app: TestApp;
  const { ctx, make, lastRequest } = useStandin();

  const slugs = async (q: string) => {
    const res = await app.gql<{ search: { hits: { slug: string }[] } }>(SEARCH, { q });
    expect(res.errors).toBeUndefined();
    return res.data!.search.hits.map((h) => h.slug).sort();
  };

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    // One record holds the searched word and nothing else, so any other required word leaves it out.
    const only = 'Казкотерапія';
    await buildBarePractice(em, {
      slug: 'only-the-word',
      titleUk: only,
      summaryUk: only,
      descriptionUk: only,
      goals: [only],
      steps: [{ titleUk: only }],
    });
    await buildBarePractice(em, { slug: 'with-children', titleUk: 'Казкотерапія для дітей і батьків' });
    await buildBarePractice(em, { slug: 'elsewhere', titleUk: 'Гра в укритті' });
    await app.indexer.drainAll();
  });
  afterAll(() => app?.close());

  it('Meilisearch is told to ignore exactly the words the PostgreSQL engine ignores', async () => {
    await make().prepare();
    const sent = ctx.standin.indexes.get(INDEX)!.settings.stopWords as string[];
    // A word the engine ignores, searched alone, is an empty query: it browses everything. Any other word finds
    // only the records that hold it (or none). Every word either list holds, and words that must count.
    const everything = await slugs('');
    expect(await slugs('діти')).toEqual(['with-children']);
    const candidates = [...new Set([...sent, ...STOP_WORDS, 'діти', 'батьків', 'гра'])];
    const ignored: string[] = [];
    for (const word of candidates) {
      if (JSON.stringify(await slugs(word)) === JSON.stringify(everything)) ignored.push(word);
    }
    expect(ignored.sort()).toEqual([...sent].sort());
  });

  it('a query made only of stop words finds what an empty one does on PostgreSQL', async () => {
    const everything = await slugs('');
    expect(everything).toEqual(['elsewhere', 'only-the-word', 'with-children']);
    expect(await slugs('і та в для')).toEqual(everything);
  });

  it('the Meilisearch adapter sends a query with stop words as it sends it without them', async () => {
    const index = make();
    await index.prepare();
    const sentQuery = async (text: string) => {
      await index.search(query({ text }));
      return (lastRequest('POST', `/indexes/${INDEX}/search`).body as { q: string }).q;
    };
    const without = await sentQuery('казкотерапія діти');
    const sent = ctx.standin.indexes.get(INDEX)!.settings.stopWords as string[];
    expect(sent.length).toBeGreaterThan(0);
    for (const word of sent) expect(await sentQuery(`казкотерапія ${word} діти`), word).toBe(without);
  });
});
