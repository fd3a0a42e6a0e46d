import { Migration } from '@mikro-orm/migrations';

export class Migration20261129160000_password_reset extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_reset" ("token_hash" varchar(64) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "used_at" timestamptz null, constraint "password_reset_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "password_reset_user_id_index" on "password_reset" ("user_id");`);
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset" cascade;`);
  }
}
