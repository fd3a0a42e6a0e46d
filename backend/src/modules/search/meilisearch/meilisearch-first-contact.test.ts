import { describe, expect, it } from 'vitest';
import { documentId } from '../search-document.js';
import { SearchRequestError, SearchUnavailableError } from '../search-index.js';
import { INDEX, doc, query, recordId, rejection, useStandin } from './testing/meilisearch-test-support.js';

/**
 * The adapter against the rules of Meilisearch that the stand-in enforces (document ids, what a
 * scoped key may see, how a failed task says whose fault it was, filter quoting) and the request
 * details the PostgreSQL engine's behaviour depends on. Still our handling, not Meilisearch itself:
 * the contract suite checks that against a real server when MEILI_URL is set.
 */

describe('MeilisearchSearchIndex meets the rules a real Meilisearch enforces (against the stand-in)', () => {
  const { ctx, make, lastRequest } = useStandin();
  const stored = () => [...ctx.standin.indexes.get(INDEX)!.documents.keys()];
  const caseStudy = (n: number) => doc(n, { id: documentId('case_study', recordId(n)), type: 'case_study', slug: `case-${n}` });

  describe('document ids', () => {
    it("writes ids Meilisearch accepts, and reads them back as the port's `<type>:<record id>`", async () => {
      const index = make();
      await index.prepare();
      await index.upsert([doc(1), caseStudy(2)]);

      expect(stored()).toEqual([`practice-${recordId(1)}`, `case_study-${recordId(2)}`]);
      const hits = (await index.search(query({ text: 'практика' }))).hits;
      expect(hits.map((h) => h.id)).toEqual([doc(1).id, caseStudy(2).id]);
      expect(await index.ids()).toEqual(new Set([doc(1).id, caseStudy(2).id]));

      await index.remove([doc(1).id]);
      expect(stored()).toEqual([`case_study-${recordId(2)}`]);
    });

    it('a removal from an index that is not there has nothing to remove', async () => {
      await expect(make().remove([doc(1).id])).resolves.toBeUndefined();
    });
  });

  describe('whose fault a failure is', () => {
    it('a task Meilisearch fails as an invalid request is our bug (SearchRequestError, with its code), not an outage', async () => {
      const index = make();
      await index.prepare();
      ctx.standin.mode = 'fail-tasks';
      ctx.standin.taskError = {
        message: 'A document cannot contain more than 65,535 fields (stand-in).',
        code: 'max_fields_limit_exceeded',
        type: 'invalid_request',
        link: '',
      };
      const err = await rejection(index.upsert([doc(1)]));
      expect(err).toBeInstanceOf(SearchRequestError);
      expect(err).not.toBeInstanceOf(SearchUnavailableError);
      expect(err).toMatchObject({ code: 'max_fields_limit_exceeded' });
      expect(err.message).toContain('65,535 fields');
    });

    it('a task failed by the engine itself (internal or system) is an outage', async () => {
      const index = make();
      await index.prepare();
      ctx.standin.mode = 'fail-tasks';
      for (const [code, type] of [
        ['internal', 'internal'],
        ['no_space_left_on_device', 'system'],
      ] as const) {
        ctx.standin.taskError = { message: `${code} (stand-in)`, code, type, link: '' };
        const err = await rejection(index.upsert([doc(1)]));
        expect(err, code).toBeInstanceOf(SearchUnavailableError);
      }
    });

    it('a request Meilisearch answers with 4xx invalid_request is our bug; a key it refuses is not a bad request', async () => {
      const missing = await rejection(make().search(query({ text: 'казка' }))); // never prepared: index_not_found
      expect(missing).toBeInstanceOf(SearchRequestError);
      // A key that does not cover the index is a deployment problem, fixed without changing what we send.
      const elsewhere = await rejection(make({ indexUid: 'other_app' }).upsert([doc(1)]));
      expect(elsewhere).not.toBeInstanceOf(SearchRequestError);
      expect(elsewhere.message).toMatch(/API key/);
    });
  });

  describe('search requests', () => {
    it('asks for documents matching the most words, dropping the most frequent words first (matchingStrategy frequency)', async () => {
      const index = make();
      await index.prepare();
      await index.search(query({ text: 'казкотерапія для дітей у сховищі' }));
      expect(lastRequest('POST', `/indexes/${INDEX}/search`).body).toMatchObject({ matchingStrategy: 'frequency' });
    });

    it('breaks ties as the PostgreSQL engine does: evidence level, then adoptions, then date, after the text rules', async () => {
      const index = make();
      await index.prepare();
      await index.upsert([doc(1, { evidenceLevel: 'replicated' }), doc(2, { evidenceLevel: null })]);
      const settings = ctx.standin.indexes.get(INDEX)!.settings as { rankingRules: string[] };
      expect(settings.rankingRules.slice(-3)).toEqual(['evidenceRank:desc', 'adoptionCount:desc', 'publishedAt:desc']);
      const documents = ctx.standin.indexes.get(INDEX)!.documents;
      expect(documents.get(`practice-${recordId(1)}`)).toMatchObject({ evidenceRank: 4 });
      expect(documents.get(`practice-${recordId(2)}`)).toMatchObject({ evidenceRank: 0 });
    });

    it("filter values reach Meilisearch's parser intact: quotes, backslashes, a trailing backslash", async () => {
      const index = make();
      await index.prepare();
      const values = ['lib "north" \\ 2', 'ends in \\', "it's", 'a\\"b', 'plain-slug'];
      await index.search(query({ filters: { organization: values, themes: ['x'] } }));
      expect(ctx.standin.filters.at(-1)).toEqual([['themes', 'x'], ...values.map((v) => ['organization', v])]);
    });
  });

  describe('waiting for tasks', () => {
    it('an engine that stops answering while a task runs fails after the request timeout, not the task timeout', async () => {
      const index = make({ timeoutMs: 300, taskTimeoutMs: 5_000 });
      await index.prepare();
      ctx.standin.mode = 'hang-tasks';
      const started = performance.now();
      const err = await rejection(index.upsert([doc(1)]));
      expect(err).toBeInstanceOf(SearchUnavailableError);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(err.message).toMatch(/task \d+/); // which task to look for once Meilisearch answers again
    });

    it('a busy engine is waited for up to the task timeout; the task stays queued and is named', async () => {
      const index = make({ timeoutMs: 300, taskTimeoutMs: 800 });
      await index.prepare();
      ctx.standin.mode = 'stall-tasks';
      const started = performance.now();
      const err = await rejection(index.upsert([doc(1)]));
      const waited = performance.now() - started;
      expect(err).toBeInstanceOf(SearchUnavailableError);
      expect(waited).toBeGreaterThanOrEqual(800);
      expect(waited).toBeLessThan(3_000);
      expect(err.message).toMatch(/task \d+ .*still enqueued/);
      // The task was not dropped: once Meilisearch gets to it, the documents are there.
      ctx.standin.mode = 'normal';
      ctx.standin.settle();
      expect(stored()).toEqual([`practice-${recordId(1)}`]);
    });
  });
});
