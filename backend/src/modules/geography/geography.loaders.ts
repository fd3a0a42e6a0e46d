import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, byId, bySlug, single } from '../../graphql/batch-loaders.js';
import { Community } from './community.entity.js';
import { Oblast } from './oblast.entity.js';
import { Partnership } from './partnership.entity.js';

/** Per-request batch loaders of places and partnerships, spread into createLoaders. */
export function createGeographyLoaders(em: EntityManager) {
  return {
    community: single((keys) => em.find(Community, { id: anyOf(keys) }), byId),
    oblast: single((keys) => em.find(Oblast, { slug: anyOf(keys) }), bySlug),
    /** Partnerships a community takes part in, on either side. */
    communityPartnerships: new DataLoader<string, Partnership[]>(async (keys) => {
      const rows = await em.find(
        Partnership,
        { $or: [{ communityA: anyOf(keys) }, { communityB: anyOf(keys) }] },
        { orderBy: { signedOn: 'asc', slug: 'asc' } },
      );
      return keys.map((k) => rows.filter((p) => p.communityA.id === k || p.communityB.id === k));
    }),
  };
}
