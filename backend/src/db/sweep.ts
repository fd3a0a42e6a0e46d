import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/**
 * Runs `sweep` every `everyMs` in the background on a fresh EntityManager, logging what it removed and
 * trying again next time when it fails. Returns the function that stops it.
 */
export function startSweep(
  orm: MikroORM,
  log: Logger,
  what: string,
  sweep: (em: EntityManager) => Promise<number>,
  everyMs = 60 * 60 * 1000,
): () => void {
  const timer = setInterval(() => {
    sweep(orm.em.fork())
      .then((deleted) => deleted && log.info({ deleted }, `${what} swept`))
      .catch((err) => log.warn({ err }, `${what} sweep failed; will try again`));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
