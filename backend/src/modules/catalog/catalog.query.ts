import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors.js';
import { checkPageSize, decodeCursor, encodeCursor, type Cursor, type Page } from '../../graphql/pagination.js';
import { Oblast } from '../geography/oblast.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Audience, Format, Theme } from '../taxonomy/taxonomy.entity.js';

type SlugEntity = typeof Theme | typeof Audience | typeof Format | typeof Oblast | typeof Organization;

/** Fails with BAD_USER_INPUT naming the field when a filter mentions a slug that does not exist. */
export async function assertKnownSlugs(
  em: EntityManager,
  entity: SlugEntity,
  slugs: string[] | null | undefined,
  field: string,
): Promise<void> {
  if (!slugs?.length) return;
  const found = await em.find(entity as typeof Theme, { slug: { $in: slugs } }, { fields: ['slug'] });
  const known = new Set(found.map((r) => r.slug));
  const unknown = slugs.filter((s) => !known.has(s));
  if (unknown.length) throw badInput(field, 'unknown', `unknown value(s): ${unknown.join(', ')}`);
}

export type SortKey = 'publishedAt' | 'titleUk';

export interface KeysetQuery {
  first?: number | null;
  after?: string | null;
  sort: SortKey;
  direction: 'asc' | 'desc';
}

/** The WHERE clause that continues a keyset after the cursor. */
export function afterCursor(cursor: Cursor | null, sort: SortKey, direction: 'asc' | 'desc') {
  if (!cursor) return {};
  const op = direction === 'asc' ? '$gt' : '$lt';
  const value = sort === 'publishedAt' ? (cursor.v === null ? null : new Date(String(cursor.v))) : cursor.v;
  if (sort === 'publishedAt' && value instanceof Date && Number.isNaN(value.getTime()))
    throw badInput('after', 'cursor', 'is not a cursor returned by this API');
  return { $or: [{ [sort]: { [op]: value } }, { [sort]: value, id: { [op]: cursor.id } }] };
}

/** Runs a filtered, keyset-paginated query and shapes it as a Relay page. */
export async function keysetPage<E extends { id: string; publishedAt?: Date | null; titleUk: string }, T>(
  count: () => Promise<number>,
  fetch: (where: object, limit: number) => Promise<E[]>,
  query: KeysetQuery,
  toNode: (row: E) => T,
): Promise<Page<T>> {
  const size = checkPageSize(query.first);
  const cursor = decodeCursor(query.after);
  const [totalCount, rows] = await Promise.all([count(), fetch(afterCursor(cursor, query.sort, query.direction), size + 1)]);
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({
    cursor: encodeCursor({ v: query.sort === 'publishedAt' ? (row.publishedAt?.toISOString() ?? null) : row.titleUk, id: row.id }),
    node: toNode(row),
  }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
