import { MikroORM } from '@mikro-orm/postgresql';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { ormOptions } from './orm.config.js';
import { timeoutOptions } from './timeouts.js';
import { withPgClient } from './pg-client.js';

export interface Database {
  orm: MikroORM;
  /** The embedded server, when one was started. */
  embedded?: EmbeddedPostgres;
  url: string;
  close(): Promise<void>;
}

/** Any number fixed for the project: the advisory lock instances take to migrate one at a time. */
const MIGRATION_LOCK = 7_314_202_611;

/**
 * Applies pending migrations. Instances starting together on one database take turns (a PostgreSQL advisory
 * lock, held on a connection of its own), so each migration runs once and the others find nothing pending.
 * Migrations may run long statements: this uses an ORM without the app's timeouts.
 */
export async function migrate(url: string, log: Pick<Logger, 'info'>): Promise<string[]> {
  return withPgClient(url, async (lock) => {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const migrating = await MikroORM.init(ormOptions(url));
    try {
      const applied = await migrating.getMigrator().up();
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
      return applied.map((m) => m.name);
    } finally {
      await migrating.close(true);
      await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  });
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset; then applies migrations. */
export async function openDatabase(config: Config, log: Logger, repoRoot: string): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: resolve(repoRoot, config.DATA_DIR, 'postgres'),
      port: config.EMBEDDED_PG_PORT,
      log: (m) => log.info(m),
    });
    await embedded.ensureDatabase('poruch');
    url = embedded.url('poruch');
    log.info({ dataDir: embedded.dataDir, port: embedded.port }, 'embedded PostgreSQL started');
  }
  try {
    await migrate(url, log);
    const orm = await MikroORM.init(ormOptions(url, timeoutOptions()));
    return {
      orm,
      embedded,
      url,
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}
