import { Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { BACKEND_KEY_ACTIONS, BACKEND_KEY_INDEXES, createBackendKey } from './meilisearch-key.cli.js';
import type { RecordedRequest } from './meilisearch-standin.js';
import { batchesOf, doc, query, useStandin } from './meilisearch-test-support.js';

describe('the scoped Meilisearch key (against the stand-in: our requests, not Meilisearch itself)', () => {
  const { ctx, make, lastRequest } = useStandin();
  /** The key action each request of the adapter needs (Meilisearch's API key actions). */
  function actionOf(r: RecordedRequest): string {
    const p = r.path;
    if (p.startsWith('/tasks/')) return 'tasks.get';
    if (p === '/swap-indexes') return 'indexes.swap';
    if (p === '/indexes') return 'indexes.create';
    if (p.endsWith('/search')) return 'search';
    if (p.endsWith('/settings')) return r.method === 'PATCH' ? 'settings.update' : 'settings.get';
    if (p.endsWith('/documents/delete-batch')) return 'documents.delete';
    if (p.endsWith('/documents')) return r.method === 'POST' ? 'documents.add' : 'documents.get';
    return r.method === 'DELETE' ? 'indexes.delete' : 'indexes.get';
  }
  const indexOf = (r: RecordedRequest) =>
    r.path === '/swap-indexes' ? (r.body as { indexes: string[] }[])[0]!.indexes : r.path.split('/')[2];

  it('allows every call the adapter makes, on poruch_* indexes only', async () => {
    const index = make();
    await index.prepare();
    await index.upsert([doc(1)]);
    await index.remove(['practice:1']);
    await index.search(query({ text: 'казка', facets: ['themes'] }));
    await index.ids();
    await index.rebuild(batchesOf([doc(2)]), 1);
    const used = new Set(ctx.standin.requests.map(actionOf));
    expect([...used].filter((a) => !BACKEND_KEY_ACTIONS.includes(a))).toEqual([]);
    const indexes = ctx.standin.requests.filter((r) => r.path.startsWith('/indexes/') || r.path === '/swap-indexes').flatMap(indexOf);
    expect(indexes.every((uid) => uid?.startsWith('poruch_'))).toBe(true);
  });

  it('the key CLI creates a key limited to those actions and indexes, using the master key only there', async () => {
    const key = await createBackendKey(new Meilisearch({ host: ctx.standin.url, apiKey: 'master-key' }));
    const request = lastRequest('POST', '/keys');
    expect(request.authorization).toBe('Bearer master-key');
    expect(request.body).toMatchObject({ actions: BACKEND_KEY_ACTIONS, indexes: BACKEND_KEY_INDEXES, expiresAt: null });
    expect(BACKEND_KEY_INDEXES).toEqual(['poruch_*']);
    expect(key.key).toMatch(/^standin-key-/);
  });
});
