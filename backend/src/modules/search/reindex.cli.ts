import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import { ConfigError, loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { createLogger } from '../../logger.js';
import { REPO_ROOT } from '../../paths.js';
import { createSearchIndex } from './search-engine.js';
import { reindex } from './search-maintenance.js';

/** `npm run reindex`: rebuilds the search index of the configured engine from the database. */
try {
  const config = loadConfig();
  const log = createLogger({ ...config, LOG_LEVEL: 'warn' });
  const db = await openDatabase(config, log, REPO_ROOT);
  try {
    const index = await createSearchIndex(config, db.orm);
    const bar = new SingleBar(
      { format: 'reindex [{bar}] {percentage}% | {value}/{total} records | {duration}s', hideCursor: true },
      Presets.shades_classic,
    );
    let started = false;
    const began = performance.now();
    const total = await reindex(db.orm, index, (done, all) => {
      if (!started) {
        bar.start(all, 0);
        started = true;
      }
      bar.update(done);
    });
    if (started) bar.stop();
    const seconds = (performance.now() - began) / 1000;
    console.log(
      `${index.engine}: indexed ${total} published records in ${seconds.toFixed(1)} s (${Math.round(total / Math.max(seconds, 0.001))} records/s)`,
    );
    await index.close?.();
  } finally {
    await db.close();
  }
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
