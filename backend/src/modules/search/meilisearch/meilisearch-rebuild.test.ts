import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildPractice, buildVocabulary } from '../../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { reindex } from '../search-maintenance.js';
import type { SearchDocument, SearchIndex } from '../search-index.js';
import { SearchUnavailableError } from '../search-index.js';
import { BACKEND_KEY_INDEXES } from './meilisearch-key.cli.js';
import { MeilisearchSearchIndex, REBUILD_STALE_MS } from './meilisearch-search-index.js';
import { MeilisearchStandin } from './testing/meilisearch-standin.js';
import { INDEX, batchesOf, doc, recordId, rejection, useStandin } from './testing/meilisearch-test-support.js';

/**
 * A rebuild (`npm run reindex`) as the backend's key lives it: limited to `poruch_*`, so Meilisearch
 * never shows it the swap task; and with the server's indexer writing to the live index meanwhile.
 * Against the stand-in: our handling, not Meilisearch itself.
 */

describe('MeilisearchSearchIndex.rebuild under the scoped key (against the stand-in)', () => {
  const { ctx, make } = useStandin();
  const live = () => [...ctx.standin.indexes.get(INDEX)!.documents.values()];
  const liveIds = () => live().map((d) => d.id);
  const meiliId = (n: number) => `practice-${recordId(n)}`;

  it('completes although the key may not see the swap task, and the live index then holds the new documents', async () => {
    const index = make();
    await index.prepare();
    await index.upsert([doc(9)]);
    await expect(index.rebuild(batchesOf([doc(1), doc(2)]), 2)).resolves.toBeUndefined();
    expect(liveIds()).toEqual([meiliId(1), meiliId(2)]);
    expect([...ctx.standin.indexes.keys()]).toEqual([INDEX]);
  });

  it('a swap that did not take effect fails the rebuild, and the live index keeps its documents', async () => {
    const index = make();
    await index.prepare();
    await index.upsert([doc(9)]);
    ctx.standin.mode = 'fail-tasks';
    ctx.standin.failTaskTypes = ['indexSwap'];
    const err = await rejection(index.rebuild(batchesOf([doc(1)]), 1));
    expect(err).toBeInstanceOf(SearchUnavailableError);
    expect(err.message).toMatch(/swap .* did not take effect/);
    expect(liveIds()).toEqual([meiliId(9)]);
    expect([...ctx.standin.indexes.keys()]).toEqual([INDEX]);
  });

  it('a write made while a rebuild runs reaches the live index but is refused as done, then lands after the swap', async () => {
    const rebuilder = make(); // `npm run reindex`
    const server = make(); // the server's indexer, in another process
    await rebuilder.prepare();
    await server.upsert([doc(1, { titleUk: 'Стара назва' }), doc(2)]);
    const duringRebuild: Error[] = [];
    async function* batches(): AsyncGenerator<SearchDocument[]> {
      yield [doc(1, { titleUk: 'Стара назва' }), doc(2)]; // read from the database before the edits below
      // Meanwhile the record is renamed and record 2 unpublished; the indexer writes both.
      duringRebuild.push(await rejection(server.upsert([doc(1, { titleUk: 'Нова назва' })])));
      duringRebuild.push(await rejection(server.remove([doc(2).id])));
      expect(live().find((d) => d.id === meiliId(1))?.titleUk).toBe('Нова назва'); // searches see it at once
    }
    await rebuilder.rebuild(batches(), 2);

    // The outbox keeps both rows (the writes were refused), so the indexer writes them again after the swap.
    for (const err of duringRebuild) {
      expect(err).toBeInstanceOf(SearchUnavailableError);
      expect(err.message).toMatch(/rebuild/);
    }
    expect(live().find((d) => d.id === meiliId(1))?.titleUk).toBe('Стара назва'); // the rebuild's older read
    await server.upsert([doc(1, { titleUk: 'Нова назва' })]);
    await server.remove([doc(2).id]);
    expect(live().map((d) => [d.id, d.titleUk])).toEqual([[meiliId(1), 'Нова назва']]);
  });

  it('a rebuild left behind by a crash holds writes back only until it is stale, and the next rebuild clears it', async () => {
    const index = make();
    await index.prepare();
    // A crash skips the cleanup: the fresh index stays behind, as after a kill.
    const abandoned = `${INDEX}_next_1`;
    ctx.standin.indexes.set(abandoned, { ...ctx.standin.indexes.get(INDEX)!, documents: new Map(), updatedAt: new Date().toISOString() });
    expect(await rejection(index.upsert([doc(2)]))).toBeInstanceOf(SearchUnavailableError);
    ctx.standin.indexes.get(abandoned)!.updatedAt = new Date(Date.now() - REBUILD_STALE_MS - 1_000).toISOString();
    await expect(index.upsert([doc(2)])).resolves.toBeUndefined();

    async function* crashing(): AsyncGenerator<SearchDocument[]> {
      yield [doc(1)];
      throw new Error('the process was killed');
    }
    await expect(index.rebuild(crashing(), 1)).rejects.toThrow('the process was killed');
    expect([...ctx.standin.indexes.keys()]).toEqual([INDEX]); // its own fresh index and the abandoned one are gone
  });
});

describe('an edit made while `npm run reindex` runs, through the outbox and the indexer (stand-in engine)', () => {
  const indexUid = 'poruch_outbox';
  let standin: MeilisearchStandin;
  let app: TestApp;
  const engine = () =>
    new MeilisearchSearchIndex({ url: standin.url, apiKey: 'scoped-key', indexUid, timeoutMs: 1_000, taskTimeoutMs: 5_000 });
  beforeAll(async () => {
    standin = await MeilisearchStandin.start();
    standin.scope('scoped-key', BACKEND_KEY_INDEXES);
    app = await startTestApp({ search: engine });
  });
  afterAll(async () => {
    await app?.close();
    await standin?.close();
  });

  it('is in the index after the swap, though the rebuild read the record before the edit', async () => {
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const org = await buildOrganization(em, { slug: 'lib', community: v.frontline });
    const practice = await buildPractice(em, { slug: 'puppets', titleUk: 'Ляльковий театр', originOrganization: org });
    await app.indexer.drainAll();
    const title = () => standin.indexes.get(indexUid)!.documents.get(`practice-${practice.id}`)?.titleUk;
    expect(title()).toBe('Ляльковий театр');

    const rebuilder = engine();
    let drainedDuringRebuild: Awaited<ReturnType<TestApp['indexer']['drainOnce']>> | undefined;
    async function* thenEdit(batches: AsyncIterable<SearchDocument[]>): AsyncGenerator<SearchDocument[]> {
      for await (const batch of batches) {
        yield batch;
        // The rebuild has written the batch holding the record; now it is renamed and the indexer runs.
        practice.titleUk = 'Ляльковий театр тіней';
        await em.flush();
        drainedDuringRebuild = await app.indexer.drainOnce();
      }
    }
    const reindexing: Pick<SearchIndex, 'prepare' | 'rebuild'> = {
      prepare: () => rebuilder.prepare(),
      rebuild: (batches, total, progress) => rebuilder.rebuild(thenEdit(batches), total, progress),
    };
    await reindex(app.orm, reindexing as SearchIndex);

    expect(drainedDuringRebuild).toMatchObject({ indexed: 0, failed: 1 }); // the row stays in the outbox
    expect(title()).toBe('Ляльковий театр'); // what the rebuild read
    await app.orm.em.getConnection().execute(`update search_outbox set next_attempt_at = now() where processed_at is null`);
    await app.indexer.drainAll();
    expect(title()).toBe('Ляльковий театр тіней');
  });
});
