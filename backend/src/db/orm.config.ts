import { defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { SearchOutboxSubscriber } from '../modules/search/search-outbox.subscriber.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** MikroORM options for one database URL. Shared by the app, the CLI scripts and the tests. */
export function ormOptions(clientUrl: string, extra: Partial<Parameters<typeof defineConfig>[0]> = {}) {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    subscribers: [new SearchOutboxSubscriber()],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // Each request forks its own EntityManager; the global one must never be used by accident.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    pool: { min: 0, max: 10 },
    ...extra,
  });
}
