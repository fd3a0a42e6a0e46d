import type { EntityManager } from '@mikro-orm/postgresql';
import { IdempotencyKey } from './idempotency.entity.js';
import { IDEMPOTENCY_TTL_MS } from './idempotency.plugin.js';

/** Deletes stored answers older than the 24 hours they are kept for; returns how many went. */
export function sweepIdempotencyKeys(em: EntityManager, now = new Date()): Promise<number> {
  return em.nativeDelete(IdempotencyKey, { createdAt: { $lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } });
}
