import type { CurrentUser } from '../account/session.service.js';
import type { CollectionVisibility } from '../catalog/catalog.limits.js';

/** What one caller may do with one collection. */
export interface CollectionAccess {
  /** May read it through any query: public, or the caller curates it. Unlisted ones are read by their link. */
  read: boolean;
  /** May add, remove, move items and edit their notes: owner, co-curators, admins. */
  edit: boolean;
  /** May change title, description, visibility, co-curators, or delete it: owner, admins. */
  manage: boolean;
}

export interface CollectionFacts {
  ownerId: string | null;
  visibility: CollectionVisibility;
  coCuratorIds: readonly string[];
}

/** The one rule for collections; editorial collections (no owner) are managed by admins only. */
export function collectionAccess(user: CurrentUser | null, c: CollectionFacts): CollectionAccess {
  const manage = !!user && (user.role === 'admin' || (c.ownerId !== null && c.ownerId === user.id));
  const edit = manage || (!!user && c.coCuratorIds.includes(user.id));
  return { read: c.visibility === 'public' || edit, edit, manage };
}
