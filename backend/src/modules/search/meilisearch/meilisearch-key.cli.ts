/**
 * `tsx src/modules/search/meilisearch/meilisearch-key.cli.ts [--write <file>] [--wait <seconds>]`: makes the
 * scoped API key the backend uses, or finds the one made before, and prints it (or, with `--write`, writes it
 * to a file the backend reads through MEILI_API_KEY_FILE: docker compose's `meili-key` step). This is the
 * only place that ever holds the master key; it reads MEILI_URL and MEILI_MASTER_KEY straight from the
 * environment (not through config.ts) precisely so that the server's configuration has no slot for it.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Meilisearch, MeilisearchApiError, type Key } from 'meilisearch';

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

/**
 * The key's fixed uid. Meilisearch derives a key's value from its uid and the master key, so under the
 * same master key this uid is always the same key: a rerun finds it instead of adding another, and
 * remaking it (when its rights change) keeps the value the backend already has.
 */
export const BACKEND_KEY_UID = '2d98ea0b-204e-4cdf-981f-64c40df649fd';

export type KeyOutcome = 'created' | 'reused' | 'replaced';

/** The backend's key, limited to its actions on Poruch's indexes, without expiry: the existing one when its rights still match. */
export async function ensureBackendKey(masterClient: Meilisearch): Promise<{ key: Key; outcome: KeyOutcome }> {
  const existing = await masterClient.getKey(BACKEND_KEY_UID).catch((err: unknown) => {
    if (err instanceof MeilisearchApiError && err.cause?.code === 'api_key_not_found') return null;
    throw err;
  });
  if (existing && hasBackendRights(existing)) return { key: existing, outcome: 'reused' };
  // Rights of a key cannot be edited; a key with the same uid is the same value, so the backend keeps working.
  if (existing) await masterClient.deleteKey(BACKEND_KEY_UID);
  const key = await masterClient.createKey({
    uid: BACKEND_KEY_UID,
    name: 'poruch-backend',
    description: 'Poruch backend: catalogue search and indexing (made by meilisearch-key.cli.ts)',
    actions: BACKEND_KEY_ACTIONS,
    indexes: BACKEND_KEY_INDEXES,
    expiresAt: null,
  });
  return { key, outcome: existing ? 'replaced' : 'created' };
}

function hasBackendRights(key: Key): boolean {
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  return same(key.actions, BACKEND_KEY_ACTIONS) && same(key.indexes, BACKEND_KEY_INDEXES) && !key.expiresAt;
}

/** Resolves once Meilisearch answers its health check, or rejects after `seconds`. */
export async function waitUntilHealthy(client: Meilisearch, seconds: number, pauseMs = 1_000): Promise<void> {
  const deadline = Date.now() + seconds * 1_000;
  while (!(await client.isHealthy())) {
    if (Date.now() >= deadline) throw new Error(`Meilisearch did not answer its health check within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}

/** Writes the key where only its owner can read it; a reader never sees a half-written file. */
export function writeKeyFile(file: string, key: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, `${key}\n`, { mode: 0o600 });
  renameSync(partial, file);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { write: { type: 'string' }, wait: { type: 'string', default: '0' } } });
  const url = process.env.MEILI_URL;
  const masterKey = process.env.MEILI_MASTER_KEY;
  const waitSeconds = Number(values.wait);
  if (!url || !masterKey || !Number.isFinite(waitSeconds) || waitSeconds < 0) {
    console.error(
      'Set MEILI_URL and MEILI_MASTER_KEY to make the backend key, e.g.\n' +
        `  MEILI_URL=http://localhost:7700 MEILI_MASTER_KEY=… tsx ${process.argv[1]} [--write <file>] [--wait <seconds>]`,
    );
    return 1;
  }
  const client = new Meilisearch({ host: url, apiKey: masterKey, timeout: 10_000 });
  if (waitSeconds > 0) await waitUntilHealthy(client, waitSeconds);
  const { key, outcome } = await ensureBackendKey(client);
  if (values.write) {
    writeKeyFile(values.write, key.key);
    // The key itself stays out of the log.
    console.log(`Backend key ${outcome} (uid ${key.uid}); written to ${values.write}.`);
  } else {
    console.log(key.key);
    console.log(
      `Backend key ${outcome}. Set MEILI_API_KEY=${key.key} in the backend's environment. Never give the backend MEILI_MASTER_KEY.`,
    );
  }
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
