import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011809_adoptions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "adoption" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "practice_id" uuid not null, "organization_id" uuid not null, "author_id" uuid null, "adopted_on" date not null, "changes_uk" text null, "result_uk" text not null, "participant_count" int null, "case_study_id" uuid null, "status" text check ("status" in ('published', 'hidden')) not null default 'published', "hidden_reason" text null, "hidden_at" timestamptz null, "hidden_by_id" uuid null, constraint "adoption_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "adoption_organization_id_index" on "adoption" ("organization_id");`);
    this.addSql(`create index "adoption_author_id_index" on "adoption" ("author_id");`);
    this.addSql(`create index "adoption_case_study_id_index" on "adoption" ("case_study_id");`);
    this.addSql(`create index "adoption_practice_id_status_adopted_on_index" on "adoption" ("practice_id", "status", "adopted_on");`);

    this.addSql(
      `alter table "adoption" add constraint "adoption_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "adoption" add constraint "adoption_hidden_by_id_foreign" foreign key ("hidden_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "adoption" cascade;`);
  }
}
