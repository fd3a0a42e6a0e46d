import { Migration } from '@mikro-orm/migrations';

export class Migration20261129120031_idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("user_id" uuid not null, "key" varchar(128) not null, "operation" varchar(200) not null, "request_hash" varchar(64) not null, "response" text not null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("user_id", "key"));`,
    );
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);

    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }
}
