import { describe, expect, it } from 'vitest';
import { FACETS, SearchRequestError, SearchUnavailableError } from '../search-index.js';
import { SYNONYMS } from '../search.text.js';
import { MEILISEARCH_INDEX } from './meilisearch-index.js';
import { INDEX, batchesOf, doc, query, recordId, rejection, useStandin } from './testing/meilisearch-test-support.js';

/**
 * The Meilisearch adapter against a local stand-in that fails, hangs and records on purpose. These
 * tests check OUR request building and outage handling; they say nothing about Meilisearch's own
 * behaviour, which the shared contract suite checks against a real server when MEILI_URL is set.
 */

describe('MeilisearchSearchIndex against the stand-in (our handling, not Meilisearch compatibility)', () => {
  const { ctx, make, lastRequest } = useStandin();
  /** How Meilisearch holds the id of doc(n). */
  const meiliId = (n: number) => `practice-${recordId(n)}`;

  describe('settings', () => {
    it('prepare creates the index with primary key id, then applies the declared settings, with the scoped key', async () => {
      await make().prepare();
      expect(ctx.standin.calls()).toEqual(['GET /indexes/poruch_test', 'POST /indexes', `PATCH /indexes/${INDEX}/settings`]);
      expect(lastRequest('POST', '/indexes').body).toEqual({ uid: INDEX, primaryKey: 'id' });
      expect(lastRequest('PATCH', `/indexes/${INDEX}/settings`).body).toEqual(JSON.parse(JSON.stringify(MEILISEARCH_INDEX.settings)));
      expect(ctx.standin.indexes.get(INDEX)?.settings).toMatchObject({ sortableAttributes: ['publishedAt', 'adoptionCount'] });
      expect(new Set(ctx.standin.requests.map((r) => r.authorization))).toEqual(new Set(['Bearer scoped-key']));

      ctx.standin.requests.length = 0;
      await make().prepare(); // on every start: the index exists, settings are applied again
      expect(ctx.standin.calls()).toEqual(['GET /indexes/poruch_test', `PATCH /indexes/${INDEX}/settings`]);
    });

    it('declares what its own requests and documents need: each filter, facet and sort it sends, each stems field it writes', async () => {
      const index = make();
      await index.prepare();
      const declared = ctx.standin.indexes.get(INDEX)!.settings as unknown as typeof MEILISEARCH_INDEX.settings;
      for (const sort of ['relevance', 'newest', 'adoptions'] as const) {
        await index.search(query({ text: 'казка', filters: Object.fromEntries(FACETS.map((f) => [f, ['x']])), facets: [...FACETS], sort }));
        const body = lastRequest('POST', `/indexes/${INDEX}/search`).body as { filter: string; facets: string[]; sort?: string[] };
        const filtered = [...body.filter.matchAll(/(\w+) = "/g)].map((m) => m[1]!);
        expect(filtered.sort()).toEqual([...FACETS].sort()); // every facet's filter was sent…
        for (const attribute of [...filtered, ...body.facets]) expect(declared.filterableAttributes, attribute).toContain(attribute);
        for (const rule of body.sort ?? []) expect(declared.sortableAttributes).toContain(rule.split(':')[0]);
        if (body.sort) expect(declared.rankingRules).toContain('sort'); // …and Meilisearch applies a sort only with this rule
      }
      // The query is stemmed, so it finds only through the stems fields the adapter writes into each document.
      await index.upsert([doc(1)]);
      const written = Object.keys(ctx.standin.indexes.get(INDEX)!.documents.get(meiliId(1))!).filter((k) => k.endsWith('Stems'));
      expect(written.length).toBeGreaterThan(0);
      for (const field of written) expect(declared.searchableAttributes).toContain(field);
      // A title match outranks a summary match, which outranks a body match.
      const rank = (field: string) => declared.searchableAttributes.indexOf(field as never);
      expect(rank('titleStems')).toBeLessThan(rank('summaryUk'));
      expect(rank('summaryStems')).toBeLessThan(rank('body'));
      expect(declared.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 });
      for (const group of SYNONYMS) {
        for (const a of group) for (const b of group) if (a !== b) expect(declared.synonyms[a], `${a} → ${b}`).toContain(b);
      }
      // Queries are stems, so the stemmed forms are synonyms too: "ВПО" reaches "внутрішньо переміщеними".
      expect(declared.synonyms['впо']).toContain('внутрішн переміщен');
      expect(declared.synonyms['внутрішн переміщен']).toContain('впо');
      // Stop words: search.stop-words.test.ts checks Meilisearch is told the very words the PostgreSQL engine ignores.
    });
  });

  describe('writes', () => {
    it('upsert resolves only after the task succeeded, and the engine then holds the documents', async () => {
      const index = make();
      await index.prepare();
      await index.upsert([doc(1), doc(2)]);

      const stored = ctx.standin.indexes.get(INDEX)!.documents;
      expect([...stored.keys()]).toEqual([meiliId(1), meiliId(2)]);
      expect(stored.get(meiliId(1))).toMatchObject({
        ...doc(1),
        id: meiliId(1),
        titleStems: 'практик 1',
        bodyStems: expect.stringContaining('діт'),
      });
      // The stand-in applies a write on the second poll of its task (processing, then succeeded).
      const addTask = ctx.standin.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/tasks/')).map((r) => r.path);
      expect(addTask.filter((p) => p === addTask.at(-1)).length).toBe(2);
    });

    it('remove deletes by id and waits for the task', async () => {
      const index = make();
      await index.prepare();
      await index.upsert([doc(1), doc(2)]);
      await index.remove([doc(1).id, doc(404).id]);
      expect(lastRequest('POST', `/indexes/${INDEX}/documents/delete-batch`).body).toEqual([meiliId(1), meiliId(404)]);
      expect([...ctx.standin.indexes.get(INDEX)!.documents.keys()]).toEqual([meiliId(2)]);
    });

    it('a failed task makes upsert and remove reject with SearchUnavailableError carrying the task error', async () => {
      const index = make();
      await index.prepare();
      ctx.standin.mode = 'fail-tasks';
      ctx.standin.taskError = { message: 'No space left on device (stand-in).', code: 'no_space_left_on_device', type: 'system', link: '' };

      const err = await rejection(index.upsert([doc(1)]));
      expect(err).toBeInstanceOf(SearchUnavailableError);
      expect(err.message).toContain('No space left on device (stand-in).');
      expect(err.cause).toMatchObject({ code: 'no_space_left_on_device' });
      expect(ctx.standin.indexes.get(INDEX)!.documents.size).toBe(0);

      expect(await rejection(index.remove([doc(1).id]))).toBeInstanceOf(SearchUnavailableError);
    });
  });

  describe('outages', () => {
    it('a 500 becomes SearchUnavailableError, for reads and writes', async () => {
      const index = make();
      await index.prepare();
      ctx.standin.mode = 'error-500';
      for (const attempt of [
        () => index.search(query({ text: 'казка' })),
        () => index.upsert([doc(1)]),
        () => index.ids(),
        () => index.prepare(),
      ]) {
        const err = await rejection(attempt());
        expect(err).toBeInstanceOf(SearchUnavailableError);
        expect(err.cause).toBeDefined();
      }
    });

    it('a refused connection becomes SearchUnavailableError', async () => {
      const index = make();
      await ctx.standin.close();
      for (const attempt of [() => index.search(query({ text: 'казка' })), () => index.upsert([doc(1)]), () => index.remove([doc(1).id])]) {
        const err = await rejection(attempt());
        expect(err).toBeInstanceOf(SearchUnavailableError);
        expect(err.cause).toBeDefined();
      }
    });

    it('a hanging engine becomes SearchUnavailableError after the request timeout', async () => {
      const index = make({ timeoutMs: 300 });
      await index.prepare();
      ctx.standin.mode = 'hang';
      expect(await rejection(index.search(query({ text: 'казка' })))).toBeInstanceOf(SearchUnavailableError);
      expect(await rejection(index.upsert([doc(1)]))).toBeInstanceOf(SearchUnavailableError);
    });

    it('a request Meilisearch rejects (4xx, our mistake) is a SearchRequestError, not an outage', async () => {
      const err = await rejection(make().search(query({ text: 'казка' }))); // never prepared: index_not_found
      expect(err).toBeInstanceOf(SearchRequestError);
      expect(err).not.toBeInstanceOf(SearchUnavailableError);
      expect(err.message).toMatch(/not found/);
    });
  });

  describe('search', () => {
    it('sends the filter expression, sort, page, facets, stemmed query and highlight tags', async () => {
      const index = make();
      await index.prepare();
      await index.search(
        query({
          text: 'Казкотерапія для дітей',
          filters: { themes: ['fairy-tale-therapy', 'play-therapy'], oblast: ['kharkivska'], audiences: [] },
          sort: 'adoptions',
          offset: 40,
          limit: 20,
          facets: ['themes', 'oblast'],
        }),
      );
      const body = lastRequest('POST', `/indexes/${INDEX}/search`).body as Record<string, unknown>;
      expect(body).toMatchObject({
        q: 'казкотерап діт',
        filter: '(themes = "fairy-tale-therapy" OR themes = "play-therapy") AND oblast = "kharkivska"',
        sort: ['adoptionCount:desc', 'publishedAt:desc'],
        facets: ['themes', 'oblast'],
        page: 3,
        hitsPerPage: 20,
        highlightPreTag: '\u0001',
        highlightPostTag: '\u0002',
        attributesToHighlight: ['titleUk', 'summaryUk', 'body'],
        attributesToCrop: ['body'],
      });
      expect(body).not.toHaveProperty('offset');
    });

    it('quotes and escapes filter values, maps newest and relevance, and browses an empty query without highlighting', async () => {
      const index = make();
      await index.prepare();
      await index.search(query({ filters: { organization: ['lib "north" \\ 2'] }, sort: 'newest' }));
      let body = lastRequest('POST', `/indexes/${INDEX}/search`).body as Record<string, unknown>;
      expect(body.filter).toBe('organization = "lib \\"north\\" \\\\ 2"');
      expect(body.sort).toEqual(['publishedAt:desc']);
      expect(body.q).toBe('');
      expect(body).not.toHaveProperty('attributesToHighlight');

      await index.search(query({ text: 'казка', sort: 'relevance' }));
      body = lastRequest('POST', `/indexes/${INDEX}/search`).body as Record<string, unknown>;
      expect(body).not.toHaveProperty('sort');
      expect(body).not.toHaveProperty('filter');
    });

    it('escapes everything in a hit but the <mark> it builds from the highlight markers', async () => {
      const index = make();
      await index.prepare();
      await index.upsert([
        doc(1, {
          titleUk: 'Казкова година <script>alert(1)</script> & ігри',
          summaryUk: 'Елементи "казкотерапії" для малят.',
          body: 'Бібліотекарка читає дітям. Казкова історія <b>заспокоює</b>.',
          themes: ['fairy-tale-therapy', 'play-therapy'],
        }),
        doc(2, { titleUk: 'Підступний \u0001 маркер \u0002 у тексті', body: 'Нічого схожого тут немає.' }),
      ]);
      ctx.standin.highlightWord = 'Казк'; // the stand-in marks it as a prefix, as Meilisearch does

      const result = await index.search(query({ text: 'казкова', facets: ['themes'] }));
      const [first, second] = result.hits;
      expect(first).toMatchObject({
        id: doc(1).id,
        type: 'practice',
        recordId: doc(1).recordId,
        slug: 'practice-1',
        themes: ['fairy-tale-therapy', 'play-therapy'],
        organization: 'pavlohrad-lib',
      });
      expect(first!.titleHtml).toBe('<mark>Казкова</mark> година &lt;script&gt;alert(1)&lt;/script&gt; &amp; ігри');
      expect(first!.summaryHtml).toBe('Елементи &quot;казкотерапії&quot; для малят.');
      expect(first!.snippetHtml).toBe('Бібліотекарка читає дітям. <mark>Казкова</mark> історія &lt;b&gt;заспокоює&lt;/b&gt;.');
      expect(second!.titleHtml).toBe('Підступний  маркер  у тексті'); // markers in the text never become markup
      expect(second!.snippetHtml).toBeNull();
      for (const hit of result.hits) {
        for (const html of [hit.titleHtml, hit.summaryHtml, hit.snippetHtml ?? ''])
          expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }
      expect(result.total).toBe(2);
      expect(result.totalIsExact).toBe(true);
      expect(result.facets).toEqual({ themes: { 'fairy-tale-therapy': 2, 'play-therapy': 1 } });
    });
  });

  describe('rebuild and ids', () => {
    it('fills a fresh index, swaps it with the live one and deletes the old one; the live index is untouched until the swap', async () => {
      const index = make();
      await index.prepare();
      await index.upsert([doc(9)]);
      ctx.standin.requests.length = 0;
      const live = () => [...ctx.standin.indexes.get(INDEX)!.documents.keys()];
      const seenDuringBuild: string[][] = [];
      async function* batches() {
        yield [doc(1), doc(2)];
        seenDuringBuild.push(live());
        yield [doc(3)];
        seenDuringBuild.push(live());
      }
      const progress: [number, number][] = [];

      await index.rebuild(batches(), 3, (done, total) => progress.push([done, total]));

      const next = (lastRequest('POST', '/indexes').body as { uid: string }).uid;
      expect(next).toMatch(/^poruch_test_next_\d+$/);
      expect(ctx.standin.calls()).toEqual([
        'GET /indexes', // rebuilds left behind by a crash
        'POST /indexes',
        `PATCH /indexes/${next}/settings`,
        `GET /indexes/${next}`,
        `POST /indexes/${next}/documents`,
        `POST /indexes/${next}/documents`,
        `GET /indexes/${INDEX}`,
        'POST /swap-indexes',
        `DELETE /indexes/${next}`,
        `GET /indexes/${INDEX}`, // the swap took effect
      ]);
      expect(lastRequest('POST', '/swap-indexes').body).toEqual([{ indexes: [INDEX, next] }]);
      expect(seenDuringBuild).toEqual([[meiliId(9)], [meiliId(9)]]);
      expect(live()).toEqual([meiliId(1), meiliId(2), meiliId(3)]);
      expect(ctx.standin.indexes.get(INDEX)!.settings).toMatchObject({
        searchableAttributes: MEILISEARCH_INDEX.settings.searchableAttributes,
      });
      expect([...ctx.standin.indexes.keys()]).toEqual([INDEX]);
      expect(progress).toEqual([
        [0, 3],
        [2, 3],
        [3, 3],
      ]);
    });

    it('creates the live index first when it is missing, so there is something to swap with', async () => {
      await make().rebuild(batchesOf([doc(1)]), 1);
      const calls = ctx.standin.calls();
      expect(calls.slice(-5)).toEqual([
        `GET /indexes/${INDEX}`,
        'POST /indexes',
        'POST /swap-indexes',
        expect.stringMatching(/^DELETE \/indexes\/poruch_test_next_/),
        `GET /indexes/${INDEX}`,
      ]);
      expect([...ctx.standin.indexes.get(INDEX)!.documents.keys()]).toEqual([meiliId(1)]);
    });

    it('a rebuild that fails midway leaves the live index as it was and drops the fresh one', async () => {
      const index = make();
      await index.prepare();
      await index.upsert([doc(9)]);
      async function* failing() {
        yield [doc(1)];
        throw new Error('the database went away');
      }
      await expect(index.rebuild(failing(), 2)).rejects.toThrow('the database went away');
      expect([...ctx.standin.indexes.keys()]).toEqual([INDEX]);
      expect([...ctx.standin.indexes.get(INDEX)!.documents.keys()]).toEqual([meiliId(9)]);
    });

    it('ids() pages through every document id, asking only for the id field', async () => {
      const index = make();
      await index.prepare();
      await index.upsert(Array.from({ length: 1_001 }, (_, i) => doc(i)));
      const ids = await index.ids();
      expect(ids.size).toBe(1_001);
      expect(ids.has(doc(1000).id)).toBe(true);
      const pages = ctx.standin.requests.filter((r) => r.method === 'GET' && r.path === `/indexes/${INDEX}/documents`).map((r) => r.query);
      expect(pages).toEqual([
        { fields: 'id', limit: '1000', offset: '0' },
        { fields: 'id', limit: '1000', offset: '1000' },
      ]);
    });
  });
});
