import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../test-support/test-app.js';
import { migrationsList } from './migrations/index.js';
import { ormOptions } from './orm.config.js';

/**
 * An extension (pg_trgm) is created `if not exists` and left in place by a down: it may have been there
 * before the migration ran, and dropping it would take away what the migration did not make. So extensions,
 * and the functions and types they bring, are not compared.
 */
const NOT_FROM_EXTENSION = (oid: string) => `and not exists (select 1 from pg_depend d where d.objid = ${oid} and d.deptype = 'e')`;

/**
 * Everything else a migration can change in the `public` schema, as PostgreSQL describes it: tables and
 * their columns, indexes, constraints, sequences, views, functions, triggers and types. MikroORM's own
 * bookkeeping table is left out.
 */
const SCHEMA_PARTS: Record<string, string> = {
  columns: `select table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
    from information_schema.columns where table_schema = 'public' and table_name <> 'mikro_orm_migrations'`,
  indexes: `select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' and tablename <> 'mikro_orm_migrations'`,
  constraints: `select conrelid::regclass::text as "table", conname, pg_get_constraintdef(oid) as def
    from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text <> 'mikro_orm_migrations'`,
  sequences: `select sequence_name from information_schema.sequences where sequence_schema = 'public'
    and sequence_name <> 'mikro_orm_migrations_id_seq'`,
  views: `select table_name, view_definition from information_schema.views where table_schema = 'public'`,
  functions: `select proname, pg_get_function_identity_arguments(p.oid) as args, md5(prosrc) as body
    from pg_proc p where pronamespace = 'public'::regnamespace ${NOT_FROM_EXTENSION('p.oid')}`,
  triggers: `select event_object_table, trigger_name, event_manipulation, action_timing, action_statement
    from information_schema.triggers where trigger_schema = 'public'`,
  types: `select typname, typtype from pg_type t where typnamespace = 'public'::regnamespace and typtype in ('e', 'd', 'r')
    ${NOT_FROM_EXTENSION('t.oid')}`,
};

describe('committed migrations', () => {
  let orm: MikroORM;
  let db: { name: string; url: string };

  async function schema(): Promise<Record<string, string[]>> {
    const connection = orm.em.getConnection();
    const parts: Record<string, string[]> = {};
    for (const [part, sql] of Object.entries(SCHEMA_PARTS)) {
      const rows = await connection.execute<Record<string, unknown>[]>(sql);
      parts[part] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return parts;
  }

  beforeAll(async () => {
    db = await createTestDatabase('migr');
    orm = await MikroORM.init(ormOptions(db.url));
  });
  afterAll(async () => {
    await orm.close(true);
    await dropTestDatabase(db.name);
  });

  it('each, applied in order, is undone exactly by its own down, and applies again after it', async () => {
    const migrator = orm.getMigrator();
    const names = migrationsList.map((m) => m.name);
    expect((await migrator.getPendingMigrations()).map((m) => m.name)).toEqual(names);
    let before = await schema();
    for (const name of names) {
      await migrator.up({ migrations: [name] });
      const after = await schema();
      await migrator.down({ migrations: [name] });
      expect(await schema(), `${name}: its down leaves the schema other than before its up`).toEqual(before);
      await migrator.up({ migrations: [name] });
      expect(await schema(), `${name}: applied again after its down, it makes another schema`).toEqual(after);
      before = after;
    }
  });

  it('produce exactly the schema the entities describe', async () => {
    const migrator = orm.getMigrator();
    await migrator.up();
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim(), `entities and migrations disagree; run npm run migration:create:\n${diff}`).toBe('');
  });
});
