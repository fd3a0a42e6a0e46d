/**
 * `tsx src/modules/search/meilisearch/meilisearch-key.cli.ts`: creates the scoped API key the
 * backend uses, and prints it. This is the only place that ever holds the master key; it reads
 * MEILI_URL and MEILI_MASTER_KEY straight from the environment (not through config.ts) precisely so
 * that the server's configuration has no slot for the master key.
 */
import { pathToFileURL } from 'node:url';
import { Meilisearch, type Key } from 'meilisearch';

/** Exactly what MeilisearchSearchIndex calls, and nothing more (no keys, dumps, snapshots…). */
export const BACKEND_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'indexes.swap',
  'settings.update',
  'settings.get',
  'tasks.get',
];

/** The live index, the fresh ones a rebuild swaps in, and test indexes all start with `poruch_`. */
export const BACKEND_KEY_INDEXES = ['poruch_*'];

/** Creates a key, without expiry, limited to the backend's actions on Poruch's indexes. */
export function createBackendKey(masterClient: Meilisearch): Promise<Key> {
  return masterClient.createKey({
    name: 'poruch-backend',
    description: 'Poruch backend: catalogue search and indexing (created by meilisearch-key.cli.ts)',
    actions: BACKEND_KEY_ACTIONS,
    indexes: BACKEND_KEY_INDEXES,
    expiresAt: null,
  });
}

async function main(): Promise<number> {
  const url = process.env.MEILI_URL;
  const masterKey = process.env.MEILI_MASTER_KEY;
  if (!url || !masterKey) {
    console.error(
      'Set MEILI_URL and MEILI_MASTER_KEY to create the backend key, e.g.\n  MEILI_URL=http://localhost:7700 MEILI_MASTER_KEY=… tsx ' +
        process.argv[1],
    );
    return 1;
  }
  const key = await createBackendKey(new Meilisearch({ host: url, apiKey: masterKey, timeout: 10_000 }));
  console.log(key.key);
  console.log(`Set MEILI_API_KEY=${key.key} in the backend's environment. Never give the backend MEILI_MASTER_KEY.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
