import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../graphql/errors.js';
import { forbidden } from '../account/authz.js';
import type { CurrentUser } from '../account/session.service.js';
import { collectionAccess, type CollectionAccess } from './collection.access.js';
import { Collection, CollectionCoCurator } from './collection.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export const notFound = (field: string) => new DomainError('NOT_FOUND', `${field}: no such collection`, field);

export async function coCuratorIds(em: EntityManager, collectionId: string): Promise<string[]> {
  const rows = await em.find(CollectionCoCurator, { collection: collectionId }, { refresh: true });
  return rows.map((r) => r.user.id);
}

export async function accessTo(em: EntityManager, user: CurrentUser | null, c: Collection): Promise<CollectionAccess> {
  const ids = user ? await coCuratorIds(em, c.id) : [];
  return collectionAccess(user, { ownerId: c.owner?.id ?? null, visibility: c.visibility, coCuratorIds: ids });
}

/**
 * Loads a collection the caller means to change and checks they may. A private collection the caller
 * cannot edit is reported as missing, so its existence never leaks; a visible one gives FORBIDDEN.
 * With `lock`, the row is locked (`select … for update`) until the surrounding transaction ends,
 * which serialises every change to the collection's items.
 */
export async function collectionForChange(
  em: EntityManager,
  user: CurrentUser,
  id: string,
  need: 'edit' | 'manage',
  options: { field: string; lock?: boolean },
): Promise<{ collection: Collection; access: CollectionAccess }> {
  if (!isUuid(id)) throw notFound(options.field);
  const collection = await em.findOne(
    Collection,
    { id },
    options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: true },
  );
  if (!collection) throw notFound(options.field);
  const access = await accessTo(em, user, collection);
  if (collection.visibility === 'private' && !access.edit) throw notFound(options.field);
  if (!access[need]) {
    throw forbidden(
      need === 'manage' ? 'Only the owner or an admin may do this' : "Only the collection's curators or an admin may do this",
    );
  }
  return { collection, access };
}
