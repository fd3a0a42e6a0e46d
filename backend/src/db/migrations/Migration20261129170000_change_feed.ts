import { Migration } from '@mikro-orm/migrations';

/** The tables that existed then and never show on a public page (db/change-feed.ts keeps the current list). */
const PRIVATE_TABLES = [
  'mikro_orm_migrations',
  'user_session',
  'login_throttle',
  'idempotency_key',
  'notification',
  'password_reset',
  'submission',
  'search_outbox',
  'search_document',
  'search_vocabulary',
];

export class Migration20261129170000_change_feed extends Migration {
  override async up(): Promise<void> {
    // One notification per statement; PostgreSQL delivers it at commit (never on rollback) and folds
    // identical ones of one transaction into one.
    this.addSql(`create or replace function poruch_announce_catalogue_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('poruch_changes', 'catalogue');
  return null;
end $$;`);
    const privateList = PRIVATE_TABLES.map((t) => `'${t}'`).join(', ');
    this.addSql(`do $$
declare t text;
begin
  for t in select table_name from information_schema.tables
           where table_schema = current_schema() and table_type = 'BASE TABLE'
             and table_name not in (${privateList}, 'app_user')
  loop
    execute format('create trigger poruch_catalogue_change after insert or update or delete or truncate on %I
                    for each statement execute function poruch_announce_catalogue_change()', t);
  end loop;
end $$;`);
    // Accounts change at every sign-in; only their public face (the name shown as author or curator, the
    // organisation) touches a page.
    this.addSql(`create trigger poruch_catalogue_change after insert or delete or update of display_name, organization_id on "app_user"
                 for each statement execute function poruch_announce_catalogue_change();`);
  }

  override async down(): Promise<void> {
    this.addSql(`do $$
declare t text;
begin
  for t in select event_object_table from information_schema.triggers
           where trigger_schema = current_schema() and trigger_name = 'poruch_catalogue_change'
  loop
    execute format('drop trigger if exists poruch_catalogue_change on %I', t);
  end loop;
end $$;`);
    this.addSql(`drop function if exists poruch_announce_catalogue_change();`);
  }
}
