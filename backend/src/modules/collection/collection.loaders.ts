import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, grouped } from '../../graphql/batch-loaders.js';
import { CollectionCoCurator, CollectionItem } from './collection.entity.js';

/** Per-request batch loaders of collections' items and co-curators, spread into createLoaders. */
export function createCollectionLoaders(em: EntityManager) {
  return {
    /** Items whose target is published, in the curator's order. */
    collectionItems: grouped(
      (keys) =>
        em.find(
          CollectionItem,
          {
            collection: anyOf(keys),
            $or: [{ practice: { status: 'published' } }, { caseStudy: { status: 'published' } }],
          },
          { populate: ['practice', 'caseStudy'], orderBy: { position: 'asc' } },
        ),
      (row) => row.collection.id,
    ),
    /** Co-curators of each collection, in the order they were added. */
    collectionCoCurators: grouped(
      (keys) =>
        em.find(CollectionCoCurator, { collection: anyOf(keys) }, { populate: ['user'], orderBy: { addedAt: 'asc', user: { id: 'asc' } } }),
      (row) => row.collection.id,
    ),
  };
}
