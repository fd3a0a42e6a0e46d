import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../test-support/test-app.js';
import { ormOptions } from './orm.config.js';

describe('committed migrations', () => {
  let orm: MikroORM;
  let db: { name: string; url: string };

  beforeAll(async () => {
    db = await createTestDatabase('migr');
    orm = await MikroORM.init(ormOptions(db.url));
    await orm.getMigrator().up();
  });
  afterAll(async () => {
    await orm.close(true);
    await dropTestDatabase(db.name);
  });

  it('produce exactly the schema the entities describe', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim(), `entities and migrations disagree; run npm run migration:create:\n${diff}`).toBe('');
  });

  it('are all applied and none is pending', async () => {
    const migrator = orm.getMigrator();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    expect((await migrator.getExecutedMigrations()).length).toBeGreaterThan(0);
  });

  it('roll back to an empty database and apply again', async () => {
    const migrator = orm.getMigrator();
    await migrator.down({ to: 0 });
    const tables = await orm.em
      .getConnection()
      .execute(
        `select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name <> 'mikro_orm_migrations'`,
      );
    expect(tables[0].n).toBe(0);
    await migrator.up();
    expect((await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });
});
