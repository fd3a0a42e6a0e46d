import DataLoader from 'dataloader';

/** One row per key (as `keyOf` reads it off a row), null where none exists. */
export function single<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const byKey = new Map((await load(keys)).map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Many rows per key, grouped by the owner key that `owner` reads off each row. */
export function grouped<T>(load: (keys: readonly string[]) => Promise<T[]>, owner: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await load(keys)) groups.get(owner(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** The keys of one batch as a filter value. */
export const anyOf = (keys: readonly string[]) => ({ $in: [...keys] });
export const byId = (row: { id: string }) => row.id;
export const bySlug = (row: { slug: string }) => row.slug;

/**
 * DataLoader's loadMany answers a failed key with its Error in place of the row; used as rows, a database
 * failure would surface as a TypeError far from its cause. This throws the first failure itself, and leaves
 * missing rows (null) to the caller.
 */
export async function loadAll<K, V>(
  loader: { loadMany: (keys: readonly K[]) => Promise<(V | Error)[]> },
  keys: readonly K[],
): Promise<V[]> {
  const rows = await loader.loadMany(keys);
  const failure = rows.find((row): row is Error => row instanceof Error);
  if (failure) throw failure;
  return rows as V[];
}
