import { MikroORM } from '@mikro-orm/postgresql';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { ormOptions } from './orm.config.js';
import { timeoutOptions } from './timeouts.js';

export interface Database {
  orm: MikroORM;
  /** The embedded server, when one was started. */
  embedded?: EmbeddedPostgres;
  url: string;
  close(): Promise<void>;
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
    // Migrations may run long statements; the app's own connections give up on a stalled database instead.
    const migrating = await MikroORM.init(ormOptions(url));
    try {
      const applied = await migrating.getMigrator().up();
      if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    } finally {
      await migrating.close(true);
    }
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
