import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, bySlug, single } from '../../graphql/batch-loaders.js';
import { Theme } from './taxonomy.entity.js';

/** Per-request batch loaders of the vocabularies, spread into createLoaders. */
export function createTaxonomyLoaders(em: EntityManager) {
  return {
    theme: single((keys) => em.find(Theme, { slug: anyOf(keys) }), bySlug),
  };
}
