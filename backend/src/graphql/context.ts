import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { SearchIndex } from '../modules/search/search-index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives. Accounts add `user` here in their own issue. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  search: SearchIndex;
}

/** Builds a fresh context per request: its own EntityManager fork and its own loaders. */
export function buildContext(orm: MikroORM, log: Logger, search: SearchIndex, requestId: string = randomUUID()): Context {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em), requestId, log: log.child({ requestId }), search };
}
