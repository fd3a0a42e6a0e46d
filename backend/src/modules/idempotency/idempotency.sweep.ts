import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { IdempotencyKey } from './idempotency.entity.js';
import { IDEMPOTENCY_TTL_MS } from './idempotency.plugin.js';

/** Deletes stored answers older than the 24 hours they are kept for; returns how many went. */
export function sweepIdempotencyKeys(em: EntityManager, now = new Date()): Promise<number> {
  return em.nativeDelete(IdempotencyKey, { createdAt: { $lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } });
}

/**
 * Sweeps every `everyMs` in the background (lookups already ignore expired answers, so this only keeps
 * the table small). Returns the function that stops it.
 */
export function startIdempotencySweep(orm: MikroORM, log: Logger, everyMs = 60 * 60 * 1000): () => void {
  const timer = setInterval(() => {
    sweepIdempotencyKeys(orm.em.fork())
      .then((deleted) => deleted && log.info({ deleted }, 'expired idempotency keys swept'))
      .catch((err) => log.warn({ err }, 'idempotency key sweep failed; will try again'));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
