import 'reflect-metadata';
import { Practice } from './modules/practice/practice.entity.js';
import { ConfigError, introspectionEnabled, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { createHttpApp, type HttpApp } from './graphql/server.js';
import { createLogger } from './logger.js';
import { REPO_ROOT, SEEDS_DIR, WEB_DIST } from './paths.js';
import { seedFromFolder } from './seed/seed.service.js';
import { loadDemoAccounts } from './modules/account/demo-accounts.js';
import { createSearchIndex } from './modules/search/search-engine.js';
import type { SearchIndex } from './modules/search/search-index.js';
import { SearchIndexer } from './modules/search/search-indexer.js';
import { startSweep } from './db/sweep.js';
import { ChangeFeed } from './db/change-feed.js';
import { forgetSearchLabels } from './modules/search/search.service.js';
import { sweepIdempotencyKeys } from './modules/idempotency/idempotency.sweep.js';
import { sweepLoginThrottle } from './modules/account/login-throttle.js';
import { PasswordReset } from './modules/account/password-reset.entity.js';
import { enableNotificationMail, smtpMailer, type NotificationMailSubscriber } from './modules/notification/notification.mail.js';

/** Composition root: config, database, seed on first start, HTTP server, clean shutdown. */
async function main(config: Config) {
  const log = createLogger(config);
  const db = await openDatabase(config, log, REPO_ROOT);

  let http: HttpApp | undefined;
  let search: SearchIndex | undefined;
  let indexer: SearchIndexer | undefined;
  let mail: NotificationMailSubscriber | undefined;
  let stopSweep: (() => void) | undefined;
  // What this instance keeps in memory is dropped when any instance on the database changes it.
  const changes = new ChangeFeed(db.url, log);
  changes.on('catalogue', forgetSearchLabels);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    // If something hangs, still stop PostgreSQL rather than leave it behind.
    const force = setTimeout(() => void db.embedded?.stop().finally(() => process.exit(1)), 10_000);
    force.unref();
    await http?.apollo.stop(); // drains the HTTP server too
    stopSweep?.();
    await changes.stop();
    await indexer?.stop();
    await mail?.settled();
    await search?.close?.();
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    if (config.SEED_ON_EMPTY && (await db.orm.em.fork().count(Practice, {})) === 0) {
      const report = await seedFromFolder(db.orm.em.fork(), SEEDS_DIR);
      log.info({ created: report.created }, 'seed data loaded into the empty database');
    }
    // Also into a database seeded before the accounts existed; never in production (the loader refuses).
    if (config.SEED_ON_EMPTY) {
      const demo = await loadDemoAccounts(db.orm.em.fork(), SEEDS_DIR, config.NODE_ENV);
      if (demo) log.info({ accounts: demo }, 'demo accounts added (development only; see README)');
    }
    search = await createSearchIndex(config, db.orm, changes);
    await changes.start();
    await search.prepare().catch((err) => {
      // An engine that is down must not keep the catalogue offline: writes go to the outbox and the
      // indexer retries; search answers SEARCH_UNAVAILABLE until the engine is back.
      log.warn({ err }, 'search engine not ready at start-up; continuing');
    });
    indexer = new SearchIndexer(db.orm, search, log);
    indexer.start();
    const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
    const mailer = config.SMTP_URL ? smtpMailer(config.SMTP_URL) : null;
    if (mailer) mail = enableNotificationMail(db.orm, mailer, log, publicUrl);
    http = await createHttpApp(db.orm, log, search, {
      webDist: config.WEB_DIST ?? WEB_DIST,
      secureCookies: config.NODE_ENV !== 'development',
      trustProxy: config.TRUST_PROXY,
      publicUrl,
      pageCacheTtlMs: config.PAGE_CACHE_TTL_MS,
      changes,
      introspection: introspectionEnabled(config),
      limits: { registrationsPerHour: config.REGISTRATIONS_PER_HOUR },
      mail: mailer ? { mailer, publicUrl } : null,
    });
    // Lookups already ignore what has expired; the sweeps only keep the tables small.
    const sweeps = [
      startSweep(db.orm, log, 'expired idempotency keys', (em) => sweepIdempotencyKeys(em)),
      startSweep(db.orm, log, 'expired sign-in limits', (em) => sweepLoginThrottle(em)),
      startSweep(db.orm, log, 'expired password reset links', (em) => em.nativeDelete(PasswordReset, { expiresAt: { $lt: new Date() } })),
    ];
    stopSweep = () => sweeps.forEach((stop) => stop());
  } catch (err) {
    await changes.stop();
    await indexer?.stop();
    await db.close(); // never leave PostgreSQL running behind a failed start
    throw err;
  }
  const { server } = http;
  await new Promise<void>((done) => server.listen(config.PORT, config.HOST, done));
  const base = `http://localhost:${config.PORT}`;
  log.info(
    {
      api: `${base}/graphql`,
      web: `${base}/`,
      search: search!.engine,
      database: db.embedded ? `embedded PostgreSQL on 127.0.0.1:${db.embedded.port}, data in ${db.embedded.dataDir}` : 'DATABASE_URL',
    },
    `Poruch is running: web ${base}/ · API ${base}/graphql`,
  );
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
main(config).catch((err) => {
  console.error('Poruch could not start:', err);
  process.exit(1);
});
