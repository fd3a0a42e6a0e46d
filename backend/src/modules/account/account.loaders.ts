import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, byId, single } from '../../graphql/batch-loaders.js';
import { User } from './user.entity.js';

/** Per-request batch loaders of accounts, spread into createLoaders. */
export function createAccountLoaders(em: EntityManager) {
  return {
    /** Accounts by id; callers expose their display name only. */
    user: single((keys) => em.find(User, { id: anyOf(keys) }), byId),
  };
}
