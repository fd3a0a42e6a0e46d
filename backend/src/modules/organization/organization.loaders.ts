import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, byId, bySlug, single } from '../../graphql/batch-loaders.js';
import { Organization } from './organization.entity.js';

/** Per-request batch loaders of organizations, spread into createLoaders. */
export function createOrganizationLoaders(em: EntityManager) {
  return {
    organization: single((keys) => em.find(Organization, { id: anyOf(keys) }), byId),
    organizationBySlug: single((keys) => em.find(Organization, { slug: anyOf(keys) }), bySlug),
  };
}
