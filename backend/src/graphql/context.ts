import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives. Accounts add `user` here in their own issue. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: Logger;
}

/** Builds a fresh context per request: its own EntityManager fork and its own loaders. */
export function buildContext(orm: MikroORM, log: Logger, requestId: string = randomUUID()): Context {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em), requestId, log: log.child({ requestId }) };
}
