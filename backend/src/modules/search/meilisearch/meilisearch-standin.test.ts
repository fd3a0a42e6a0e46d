import { Meilisearch, MeilisearchApiError, type Task } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { useStandin } from './testing/meilisearch-test-support.js';

/**
 * The rules of Meilisearch the stand-in imitates, each checked through the official client as the
 * adapter would meet it. If one of these fails, the adapter's tests against the stand-in no longer
 * say anything about those rules. (The stand-in is still not Meilisearch: see its header.)
 */

describe('the Meilisearch stand-in enforces the rules the adapter depends on', () => {
  const { ctx } = useStandin();
  const as = (apiKey: string) => new Meilisearch({ host: ctx.standin.url, apiKey, timeout: 1_000 });
  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (err: unknown) => (err instanceof MeilisearchApiError ? err.cause?.code : String(err)),
    );
  const finished = (client: Meilisearch, uid: number) => client.tasks.waitForTask(uid, { timeout: 2_000, interval: 5 });

  it('fails a document addition whose ids Meilisearch would refuse, when the task runs', async () => {
    const client = as('master');
    await client.createIndex('poruch_ids', { primaryKey: 'id' }).waitTask({ timeout: 2_000 });
    const add = async (id: unknown): Promise<Task> => {
      const enqueued = await client.index('poruch_ids').addDocuments([{ id, title: 't' }]);
      return finished(client, enqueued.taskUid);
    };
    for (const good of ['practice-0f8a', 'case_study-1', 'A_b-9', 42, 'x'.repeat(511)]) {
      expect((await add(good)).status, JSON.stringify(good)).toBe('succeeded');
    }
    for (const bad of ['practice:0f8a', 'with space', 'ü', '', 'x'.repeat(512), 1.5]) {
      const task = await add(bad);
      expect(task.status, JSON.stringify(bad)).toBe('failed');
      expect(task.error).toMatchObject({ code: 'invalid_document_id', type: 'invalid_request' });
    }
    const mixed = await client.index('poruch_ids').addDocuments([{ id: 'fine' }, { id: 'not:fine' }]);
    expect((await finished(client, mixed.taskUid)).status).toBe('failed');
    const stored = await client.index('poruch_ids').getDocuments({ limit: 100 });
    expect(stored.results.map((d) => d.id)).not.toContain('fine'); // one bad id fails the whole task
  });

  it('hides a swap task from a key limited to some indexes, though the swap runs', async () => {
    const master = as('master');
    for (const uid of ['poruch_a', 'poruch_b']) await master.createIndex(uid).waitTask({ timeout: 2_000 });
    const scoped = as('scoped-key'); // limited to poruch_* by useStandin, like the backend's key
    const swap = await scoped.swapIndexes([{ indexes: ['poruch_a', 'poruch_b'] } as never]);
    expect(await code(scoped.tasks.getTask(swap.taskUid))).toBe('task_not_found');
    const deletion = await scoped.deleteIndex('poruch_a');
    expect((await finished(scoped, deletion.taskUid)).status).toBe('succeeded'); // a task about one index is shown
    expect((await finished(master, swap.taskUid)).status).toBe('succeeded'); // the master key sees the swap
    expect(await code(scoped.getRawIndex('other_app'))).toBe('invalid_api_key');
    expect((await scoped.getRawIndexes()).results.map((i) => i.uid)).toEqual(['poruch_b']); // poruch_a, swapped, was deleted
  });

  it('refuses unknown settings fields, as Meilisearch does, with its codes', async () => {
    const client = as('master');
    await client.createIndex('poruch_settings').waitTask({ timeout: 2_000 });
    const index = client.index('poruch_settings');
    expect(await code(index.updateSettings({ rename: true } as never))).toBe('bad_request');
    expect(await code(index.updateSettings({ typoTolerance: { minWordSizeForTypo: { oneTypo: 5 } } } as never))).toBe(
      'invalid_settings_typo_tolerance',
    );
    expect(await code(index.updateSettings({ pagination: { maxHits: 10 } } as never))).toBe('invalid_settings_pagination');
    expect(await code(index.updateSettings({ searchableAttributes: ['title'], pagination: { maxTotalHits: 10 } }))).toBe('accepted');
  });

  it('reads filter values as Meilisearch does: quotes and backslashes escaped with a backslash', async () => {
    const client = as('master');
    await client.createIndex('poruch_filters').waitTask({ timeout: 2_000 });
    const search = (filter: string) => code(client.index('poruch_filters').search('', { filter }));
    expect(await search(String.raw`a = "say \"hi\"" AND (b = "c:\\d" OR b = 'it\'s')`)).toBe('accepted');
    expect(ctx.standin.filters.at(-1)).toEqual([
      ['a', 'say "hi"'],
      ['b', String.raw`c:\d`],
      ['b', "it's"],
    ]);
    expect(await search(String.raw`a = "ends in \"`)).toBe('invalid_search_filter'); // the quote is escaped, so unclosed
    expect(await search(String.raw`a = "lone \ backslash"`)).toBe('invalid_search_filter');
  });
});
