import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { doc } from '../meilisearch/testing/meilisearch-test-support.js';
import type { SearchDocument } from '../search-index.js';
import { PostgresSearchIndex } from './postgres-search-index.js';

/** The PostgreSQL engine's rebuild: a table of its own, swapped in at the end. */
describe('PostgreSQL engine rebuild', () => {
  let app: TestApp;
  let index: PostgresSearchIndex;

  beforeAll(async () => {
    app = await startTestApp();
    index = new PostgresSearchIndex(app.orm);
  });
  afterAll(() => app.close());

  const titleOf = async (n: number) => {
    const [row] = await app.orm.em
      .getConnection()
      .execute<{ title_uk: string }[]>('select title_uk from search_document where id = ?', [doc(n).id]);
    return row?.title_uk;
  };

  it('keeps serving the old documents while it runs, and loses no edit written meanwhile', async () => {
    await index.rebuild(
      (async function* () {
        yield [doc(1), doc(2, { titleUk: 'Стара назва' })];
      })(),
      2,
    );

    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    async function* batches(): AsyncGenerator<SearchDocument[]> {
      started();
      yield [doc(2, { titleUk: 'Назва, яку прочитала перебудова' }), doc(3)];
      await gate;
      yield [doc(4)];
    }
    const rebuilding = index.rebuild(batches(), 3);
    await running;
    // An edit made after the rebuild read the record: the indexer writes it during the rebuild.
    const editing = index.upsert([doc(2, { titleUk: 'Назва після правки' })]);

    expect(await index.ids()).toEqual(new Set([doc(1).id, doc(2).id]));
    expect(await titleOf(2)).toBe('Стара назва');

    finish();
    await rebuilding;
    await editing;
    expect(await index.ids()).toEqual(new Set([doc(2).id, doc(3).id, doc(4).id]));
    expect(await titleOf(2)).toBe('Назва після правки');
    // The swapped-in table has the live table's indexes under their own names.
    const indexes = await app.orm.em
      .getConnection()
      .execute<{ indexname: string }[]>(`select indexname from pg_indexes where tablename = 'search_document' order by indexname`);
    expect(indexes.map((i) => i.indexname)).toEqual([
      'search_document_facets_index',
      'search_document_pkey',
      'search_document_published_at_index',
      'search_document_tsv_head_index',
      'search_document_tsv_index',
    ]);
    expect(
      (await index.search({ text: 'правки', filters: {}, sort: 'relevance', offset: 0, limit: 5, facets: [] })).hits.map((h) => h.id),
    ).toEqual([doc(2).id]);
  });

  it('leaves the live table as it was when a rebuild fails', async () => {
    await index.rebuild(
      (async function* () {
        yield [doc(5)];
      })(),
      1,
    );
    async function* failing(): AsyncGenerator<SearchDocument[]> {
      yield [doc(6)];
      throw new Error('the database went away while reading');
    }
    await expect(index.rebuild(failing(), 2)).rejects.toThrow('went away');
    expect(await index.ids()).toEqual(new Set([doc(5).id]));
    const tables = await app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from pg_tables where tablename = 'search_document_next'`);
    expect(tables[0]!.n).toBe(0);
  });
});
