import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { Practice } from '../practice/practice.entity.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import type { SearchDocument, SearchIndex } from './search-index.js';
import { SearchRequestError, SearchUnavailableError } from './search-index.js';
import { documentId } from './search-document.js';
import { reconcile, reindex } from './search-maintenance.js';

/**
 * A stand-in engine that wraps the real PostgreSQL one and can be told to fail. It tests our own
 * outbox and retry handling, not any engine.
 */
class FailingSwitch {
  failing = false;
  /** Record ids whose documents the engine refuses as invalid, as it would a bad document id. */
  readonly refused = new Set<string>();
  wrap(inner: SearchIndex): SearchIndex {
    return new Proxy(inner, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        if ((prop === 'upsert' || prop === 'remove' || prop === 'search') && typeof value === 'function') {
          return (...args: unknown[]) => {
            if (this.failing) return Promise.reject(new SearchUnavailableError('engine is down (stand-in)'));
            const refusedDoc = prop === 'upsert' && (args[0] as SearchDocument[]).find((d) => this.refused.has(d.recordId));
            if (refusedDoc) {
              return Promise.reject(
                new SearchRequestError(`invalid document id ${refusedDoc.id} (stand-in)`, { code: 'invalid_document_id' }),
              );
            }
            return value.apply(target, args);
          };
        }
        return value;
      },
    });
  }
}

describe('search outbox, indexer and maintenance', () => {
  let app: TestApp;
  const engine = new FailingSwitch();
  const sql = (query: string, params: unknown[] = []) => app.orm.em.getConnection().execute(query, params);
  const searchSlugs = async (query: string) => {
    const res = await app.gql<{ search: { hits: { slug: string }[] } }>(`query($q: String) { search(query: $q) { hits { slug } } }`, {
      q: query,
    });
    return res.data?.search.hits.map((h) => h.slug);
  };

  beforeAll(async () => {
    app = await startTestApp({ search: (orm) => engine.wrap(new PostgresSearchIndex(orm)) });
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const org = await buildOrganization(em, { slug: 'lib', community: v.frontline });
    await buildPractice(em, { slug: 'puppets', titleUk: 'Ляльковий театр', originOrganization: org });
    await buildPractice(em, { slug: 'chess', titleUk: 'Шаховий клуб', originOrganization: org });
    await app.indexer.drainAll();
  });
  afterAll(() => app.close());
  beforeEach(() => {
    engine.failing = false;
    engine.refused.clear();
  });

  it('writes the outbox row in the same transaction as the change', async () => {
    const before = Number((await sql('select count(*) as n from search_outbox'))[0]!.n);
    await app.orm.em
      .fork()
      .transactional(async (em) => {
        const p = await em.findOneOrFail(Practice, { slug: 'chess' });
        p.titleUk = 'Шаховий гурток';
        await em.flush();
        throw new Error('roll back on purpose');
      })
      .catch(() => undefined);
    expect(Number((await sql('select count(*) as n from search_outbox'))[0]!.n)).toBe(before);

    const em = app.orm.em.fork();
    const p = await em.findOneOrFail(Practice, { slug: 'chess' });
    p.titleUk = 'Шаховий гурток';
    await em.flush();
    const pending = await sql(`select record_type, record_id from search_outbox where processed_at is null`);
    expect(pending).toEqual([{ record_type: 'practice', record_id: p.id }]);
    await app.indexer.drainAll();
    expect(await searchSlugs('гурток')).toEqual(['chess']);
  });

  it('keeps writes working while the engine is down, retries with backoff, and converges', async () => {
    engine.failing = true;
    const em = app.orm.em.fork();
    const p = await em.findOneOrFail(Practice, { slug: 'puppets' });
    p.titleUk = 'Ляльковий театр тіней';
    await em.flush(); // the write itself succeeds

    const before = new Date();
    const first = await app.indexer.drainOnce();
    expect(first.failed).toBe(1);
    // Compared with the moment before the attempt, not with now(): a busy machine may take longer than the backoff.
    const [row] = await sql(
      `select attempts, last_error, processed_at, next_attempt_at >= ?::timestamptz + (? * interval '1 millisecond') as later
         from search_outbox where record_id = ? and processed_at is null`,
      [before, app.indexer.backoff(1), p.id],
    );
    expect(row).toMatchObject({ attempts: 1, processed_at: null, later: true });
    expect(row!.last_error).toMatch(/engine is down/);
    expect(app.indexer.backoff(1)).toBeLessThan(app.indexer.backoff(3));

    const down = await app.gql(`{ search(query: "театр") { total } }`);
    expect(down.errors?.[0]?.extensions?.code).toBe('SEARCH_UNAVAILABLE');

    engine.failing = false;
    await sql(`update search_outbox set next_attempt_at = now() where processed_at is null`);
    await app.indexer.drainAll();
    expect(await searchSlugs('тіней')).toEqual(['puppets']);
    expect(await sql(`select count(*)::int as n from search_outbox where processed_at is null`)).toEqual([{ n: 0 }]);
  });

  it('indexes the latest state when a record changed several times before draining', async () => {
    const em = app.orm.em.fork();
    const p = await em.findOneOrFail(Practice, { slug: 'chess' });
    p.titleUk = 'Шахи для початківців';
    await em.flush();
    p.titleUk = 'Шашки для початківців';
    await em.flush();
    await app.indexer.drainAll();
    expect(await searchSlugs('шашки')).toEqual(['chess']);
    expect(await searchSlugs('шахи')).toEqual([]);
  });

  it('rebuilds the whole index while searches keep seeing the old one until it is complete', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const index = new PostgresSearchIndex(app.orm);
    const docs = [...(await index.ids())];
    expect(docs.length).toBe(2);
    async function* slowBatches(): AsyncGenerator<SearchDocument[]> {
      await gate; // the old rows are already deleted inside the rebuild transaction by now
      yield [];
    }
    const rebuilding = index.rebuild(slowBatches(), 0);
    await new Promise((r) => setTimeout(r, 100));
    expect((await index.ids()).size).toBe(2); // still the old index
    release();
    await rebuilding;
    expect((await index.ids()).size).toBe(0); // the (empty) new index replaced it at once

    const total = await reindex(app.orm, index);
    expect(total).toBe(2);
    expect((await index.ids()).size).toBe(2);
    expect(await searchSlugs('шашки')).toEqual(['chess']);
  });

  it('closes a row the engine refuses as invalid with its error, indexes the rest of the batch, and does not retry it', async () => {
    const em = app.orm.em.fork();
    const bad = await buildPractice(em, { slug: 'refused', titleUk: 'Відхилена практика' });
    const good = await buildPractice(em, { slug: 'accepted', titleUk: 'Прийнята практика' });
    engine.refused.add(bad.id);
    const logged = app.logs.length;

    const result = await app.indexer.drainOnce();
    expect(result).toMatchObject({ failed: 0, refused: 1 });
    expect(result.indexed).toBeGreaterThanOrEqual(1);
    const rows = async (id: string) =>
      sql(`select attempts, last_error, processed_at is not null as closed from search_outbox where record_id = ?`, [id]);
    expect(await rows(bad.id)).toEqual([{ attempts: 1, closed: true, last_error: expect.stringMatching(/refused.*invalid document id/) }]);
    expect(await rows(good.id)).toEqual([{ attempts: 0, closed: true, last_error: null }]);
    expect(await searchSlugs('прийнята')).toEqual(['accepted']);
    // Logged loudly, as the bug it is.
    expect(app.logs.slice(logged)).toContainEqual(expect.objectContaining({ level: 50, recordId: bad.id, code: 'invalid_document_id' }));

    // Not retried: nothing is due, even once its backoff would have passed.
    await sql(`update search_outbox set next_attempt_at = now() - interval '1 hour' where record_id = ?`, [bad.id]);
    expect(await app.indexer.drainOnce()).toMatchObject({ indexed: 0, removed: 0, failed: 0, refused: 0 });
    // A later change to the record is a new row, tried afresh.
    engine.refused.clear();
    bad.titleUk = 'Виправлена практика';
    await em.flush();
    await app.indexer.drainAll();
    expect(await searchSlugs('виправлена')).toEqual(['refused']);
  });

  it('reconciles: removes orphans and restores missing records', async () => {
    const index = new PostgresSearchIndex(app.orm);
    const chess = (await sql(`select id from practice where slug = 'chess'`))[0]!;
    await index.remove([`practice:${chess.id}`]);
    const orphan = documentId('practice', '00000000-0000-4000-8000-000000000001');
    await app.orm.em.fork().transactional(async (em) => {
      const run = (q: string, p: unknown[] = []) => em.getConnection().execute(q, p, 'run', em.getTransactionContext());
      await run('create temp table ghost on commit drop as select * from search_document limit 1');
      await run(`update ghost set id = ?, record_id = '00000000-0000-4000-8000-000000000001', slug = 'ghost'`, [orphan]);
      await run('insert into search_document select * from ghost');
    });
    expect((await index.ids()).has(orphan)).toBe(true);

    const result = await reconcile(app.orm, index);
    expect(result).toEqual({ orphansRemoved: 1, missingQueued: 1 });
    await app.indexer.drainAll();
    const ids = await index.ids();
    expect(ids.has(orphan)).toBe(false);
    expect(ids.has(`practice:${chess.id}`)).toBe(true);
  });
});
