import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { MIGRATIONS_DIR, ormOptions } from './orm.config.js';

/**
 * Generates a migration from the difference between the entities and the committed migrations,
 * against a scratch database, and registers it in migrations/index.ts.
 * Usage: npm run migration:create -- <name>
 */
const name = process.argv[2] ?? '';
const server = await startEmbeddedPostgres({ dataDir: join(tmpdir(), 'poruch-migration-scratch'), port: 5489 });
const db = `scratch_${Date.now()}`;
try {
  await server.ensureDatabase(db);
  const orm = await MikroORM.init(ormOptions(server.url(db)));
  const migrator = orm.getMigrator();
  await migrator.up();
  const result = await migrator.createMigration(MIGRATIONS_DIR, false, false, name || undefined);
  await orm.close();
  if (!result.fileName) {
    console.log('entities and migrations agree: nothing to generate');
  } else {
    const cls = result.fileName.replace(/\.ts$/, '');
    const indexFile = join(MIGRATIONS_DIR, 'index.ts');
    let index = readFileSync(indexFile, 'utf8');
    index = index.replace(
      /(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/,
      `$1import { ${cls.replace(/^.*?(Migration\d+)(_\w+)?$/, '$1$2')} } from './${cls}.js';\n`,
    );
    index = index.replace(/\[([^\]]*)\];\s*$/, (_m, items: string) => {
      const list = items.trim() ? `${items.trimEnd().replace(/,?$/, ',')}\n` : '\n';
      return `[${list}  { name: '${cls}', class: ${cls} },\n];\n`;
    });
    writeFileSync(indexFile, index);
    console.log(`created ${result.fileName}:\n${result.diff.up.join('\n')}`);
  }
} finally {
  await server.dropDatabase(db).catch(() => {});
  await server.stop();
}
