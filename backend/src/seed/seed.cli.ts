import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createLogger } from '../logger.js';
import { REPO_ROOT, SEEDS_DIR } from '../paths.js';
import { seedFromFolder } from './seed.service.js';
import { loadDemoAccounts } from '../modules/account/demo-accounts.js';

/** `npm run seed`: loads seeds/ into the configured database (embedded by default). Safe to repeat. */
try {
  const config = loadConfig();
  const log = createLogger({ ...config, LOG_LEVEL: 'warn' });
  const db = await openDatabase(config, log, REPO_ROOT);
  try {
    const { created } = await seedFromFolder(db.orm.em.fork(), SEEDS_DIR);
    const accounts = await loadDemoAccounts(db.orm.em.fork(), SEEDS_DIR, config.NODE_ENV);
    if (accounts) created.demoAccounts = accounts;
    const total = Object.values(created).reduce((a, b) => a + b, 0);
    console.log(
      total ? `created ${total} record(s): ${JSON.stringify(created)}` : 'nothing to do: every seed record is already in the database',
    );
  } finally {
    await db.close();
  }
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
