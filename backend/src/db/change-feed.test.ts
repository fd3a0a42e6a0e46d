import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildPractice, buildVocabulary } from '../test-support/factories.js';
import { createTestDatabase, dropTestDatabase } from '../test-support/test-app.js';
import { Practice } from '../modules/practice/practice.entity.js';
import { PostgresSearchIndex } from '../modules/search/postgres/postgres-search-index.js';
import { createSearchIndex } from '../modules/search/search-engine.js';
import type { SearchDocument, SearchIndex } from '../modules/search/search-index.js';
import { SearchIndexer } from '../modules/search/search-indexer.js';
import { ChangeFeed, PRIVATE_TABLES, announceChange, type ChangeTopic } from './change-feed.js';
import { ormOptions } from './orm.config.js';

const quiet = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Counts what one instance's feed has heard, topic by topic. */
function recorder(feed: ChangeFeed) {
  const heard: Record<ChangeTopic, number> = { catalogue: 0, search: 0 };
  feed.on('catalogue', () => (heard.catalogue += 1));
  feed.on('search', () => (heard.search += 1));
  return heard;
}

const SEARCH_CONFIG = { MEILI_URL: undefined, MEILI_API_KEY: undefined, SEARCH_CACHE_SIZE: 100, SEARCH_CACHE_TTL_MS: 600_000 };

describe('changes announced to every instance on one database', () => {
  let db: { name: string; url: string };
  // Two instances: each its own ORM (pool), feed and caches, as two processes would have.
  let first: MikroORM;
  let second: MikroORM;
  const feeds: ChangeFeed[] = [];

  const listen = async () => {
    const feed = new ChangeFeed(db.url, quiet);
    const heard = recorder(feed);
    feeds.push(feed);
    await feed.start();
    // Connecting counts as "everything changed" once; start each check from zero.
    heard.catalogue = 0;
    heard.search = 0;
    return { feed, heard };
  };

  /**
   * Notifications arrive in commit order: once a later `search` announcement has arrived, anything that
   * would have been announced before it has arrived too.
   */
  const settle = async (orm: MikroORM, heard: Record<ChangeTopic, number>) => {
    const before = heard.search;
    await announceChange(orm, 'search');
    await until('the marker announcement', () => heard.search > before);
  };

  beforeAll(async () => {
    db = await createTestDatabase('feed');
    first = await MikroORM.init(ormOptions(db.url));
    await first.getMigrator().up();
    second = await MikroORM.init(ormOptions(db.url));
    const em = first.em.fork();
    const v = await buildVocabulary(em);
    const org = await buildOrganization(em, { slug: 'feed-lib', community: v.frontline });
    await buildPractice(em, { slug: 'feed-puppets', titleUk: 'Ляльковий театр в укритті', originOrganization: org });
  });
  afterAll(async () => {
    await Promise.all(feeds.map((f) => f.stop()));
    await first.close(true);
    await second.close(true);
    await dropTestDatabase(db.name);
  });

  it('a committed change to what pages show is heard by the other instance; a rolled-back one is not', async () => {
    const { heard } = await listen();
    await first.em.fork().nativeUpdate(Practice, { slug: 'feed-puppets' }, { titleUk: 'Ляльковий театр у сховищі' });
    await until('the catalogue announcement', () => heard.catalogue === 1);

    await first.em
      .fork()
      .transactional(async (em) => {
        await em.nativeUpdate(Practice, { slug: 'feed-puppets' }, { titleUk: 'Ніколи не збережено' });
        throw new Error('rolled back on purpose');
      })
      .catch(() => undefined);
    await settle(first, heard);
    expect(heard.catalogue).toBe(1);
  });

  it('writes no page shows (sign-in limits, sessions, notifications, an account signing in) announce nothing', async () => {
    const { heard } = await listen();
    const conn = first.em.fork().getConnection();
    await conn.execute(`insert into login_throttle (key, window_start, failures) values ('feed-test', now(), 1)`);
    await conn.execute(`update app_user set updated_at = now()`);
    await settle(first, heard);
    expect(heard.catalogue).toBe(0);

    await conn.execute(`update app_user set display_name = display_name || ''`);
    await until('the account name announcement', () => heard.catalogue === 1);
  });

  it('covers every table: each one announces its changes or is listed as never shown on a page', async () => {
    const rows = await first.em
      .fork()
      .getConnection()
      .execute<{ table_name: string; announced: boolean }[]>(
        `select t.table_name,
              exists (select 1 from information_schema.triggers g
                       where g.event_object_table = t.table_name and g.trigger_name = 'poruch_catalogue_change') as announced
         from information_schema.tables t
        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'`,
      );
    const silent = rows.filter((r) => !r.announced && !PRIVATE_TABLES.includes(r.table_name)).map((r) => r.table_name);
    expect(silent, 'tables whose changes no instance would hear').toEqual([]);
    expect(rows.filter((r) => r.announced).map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['practice', 'collection', 'app_user']),
    );
  });

  it('a search cached in one instance is dropped when another instance indexes a change', async () => {
    const feed = (await listen()).feed;
    const writer = await createSearchIndex(SEARCH_CONFIG, first);
    const reader = await createSearchIndex(SEARCH_CONFIG, second, feed);
    await reader.prepare();
    const query = { text: 'шахи', filters: {}, sort: 'relevance' as const, offset: 0, limit: 10, facets: [] };
    expect((await reader.search(query)).total).toBe(0); // now cached for ten minutes

    const practice = await first.em.fork().findOneOrFail(Practice, { slug: 'feed-puppets' });
    await first.em.fork().nativeUpdate(Practice, { id: practice.id }, { titleUk: 'Шахи та ляльки' });
    await new SearchIndexer(first, writer, quiet).drainAll();
    await until('the other instance to find the change', async () => (await reader.search(query)).total === 1);
  });

  it('after losing its connection a feed treats everything as changed once, and hears announcements again', async () => {
    const { heard } = await listen();
    await first.em
      .fork()
      .getConnection()
      .execute(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`);
    await until('the reconnection', () => heard.catalogue >= 1 && heard.search >= 1);
    const after = heard.catalogue;
    await first.em.fork().nativeUpdate(Practice, { slug: 'feed-puppets' }, { summaryUk: 'Після перепідключення' });
    await until('an announcement after the reconnection', () => heard.catalogue > after);
  });

  it('two indexers on one outbox index each change once', async () => {
    const em = first.em.fork();
    const org = await buildOrganization(em, { slug: 'feed-many' });
    for (let i = 0; i < 60; i++) await buildPractice(em, { slug: `feed-many-${i}`, titleUk: `Практика ${i}`, originOrganization: org });
    const written: string[] = [];
    // The real engine, with a tally of the documents each write carries.
    const tallied = (orm: MikroORM): SearchIndex => {
      const engine = new PostgresSearchIndex(orm);
      const upsert = engine.upsert.bind(engine);
      engine.upsert = async (documents: SearchDocument[]) => {
        written.push(...documents.map((d) => d.id));
        await upsert(documents);
      };
      return engine;
    };
    const options = { batchSize: 5 };
    await Promise.all([
      new SearchIndexer(first, tallied(first), quiet, options).drainAll(),
      new SearchIndexer(second, tallied(second), quiet, options).drainAll(),
    ]);
    const due = await em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from search_outbox where processed_at is null`);
    expect(due[0]!.n).toBe(0);
    expect(written.length).toBe(new Set(written).size);
    expect(written.filter((id) => id.includes('practice')).length).toBeGreaterThanOrEqual(60);
  });
});
