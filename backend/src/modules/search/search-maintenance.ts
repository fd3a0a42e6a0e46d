import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { pgArray } from './postgres/search-statement.js';
import { documentId, documentsOf } from './search-document.js';
import { SEARCH_TYPES, type ReindexProgress, type SearchDocument, type SearchIndex, type SearchType } from './search-index.js';

const TABLE: Record<SearchType, string> = { practice: 'practice', case_study: 'case_study' };
const BATCH = 1000;

async function publishedIds(em: EntityManager, type: SearchType, after: string | null, limit: number): Promise<string[]> {
  const rows: { id: string }[] = await em
    .getConnection()
    .execute(`select id from ${TABLE[type]} where status = 'published' and id > ? order by id limit ?`, [
      after ?? '00000000-0000-0000-0000-000000000000',
      limit,
    ]);
  return rows.map((r) => r.id);
}

async function countPublished(em: EntityManager): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute(
      `select (select count(*) from practice where status = 'published') + (select count(*) from case_study where status = 'published') as n`,
    );
  return Number(row?.n ?? 0);
}

/** Every published record's document, a batch at a time, in id order. */
async function* allDocuments(orm: MikroORM): AsyncGenerator<SearchDocument[]> {
  for (const type of SEARCH_TYPES) {
    let after: string | null = null;
    for (;;) {
      const em = orm.em.fork(); // a fresh identity map per batch keeps memory flat
      const ids = await publishedIds(em, type, after, BATCH);
      if (!ids.length) break;
      yield await documentsOf(em, type, ids);
      after = ids[ids.length - 1]!;
    }
  }
}

/** Rebuilds the whole index from the database; searches see the old index until the new one is complete. */
export async function reindex(orm: MikroORM, index: SearchIndex, progress?: ReindexProgress): Promise<number> {
  const total = await countPublished(orm.em.fork());
  await index.prepare();
  await index.rebuild(allDocuments(orm), total, progress);
  return total;
}

export interface ReconcileResult {
  orphansRemoved: number;
  missingQueued: number;
}

/**
 * Compares the index with the database: removes documents of records that are gone or no longer
 * published, and queues published records the index lacks. Content drift is the outbox's job.
 */
export async function reconcile(orm: MikroORM, index: SearchIndex): Promise<ReconcileResult> {
  const em = orm.em.fork();
  const wanted = new Map<string, { type: SearchType; id: string }>();
  for (const type of SEARCH_TYPES) {
    const rows: { id: string }[] = await em.getConnection().execute(`select id from ${TABLE[type]} where status = 'published'`);
    for (const { id } of rows) wanted.set(documentId(type, id), { type, id });
  }
  const present = await index.ids();
  const orphans = [...present].filter((id) => !wanted.has(id));
  const missing = [...wanted.entries()].filter(([docId]) => !present.has(docId)).map(([, r]) => r);
  await index.remove(orphans);
  if (missing.length) {
    await em
      .getConnection()
      .execute(`insert into search_outbox (record_type, record_id) select * from unnest(?::text[], ?::uuid[])`, [
        pgArray(missing.map((m) => m.type)),
        pgArray(missing.map((m) => m.id)),
      ]);
  }
  return { orphansRemoved: orphans.length, missingQueued: missing.length };
}
