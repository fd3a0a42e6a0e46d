import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012548_contribution extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "practice_co_author" ("practice_id" uuid not null, "user_id" uuid not null, constraint "practice_co_author_pkey" primary key ("practice_id", "user_id"));`,
    );

    this.addSql(
      `create table "revision" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "practice_id" uuid null, "case_study_id" uuid null, "number" int null, "author_id" uuid null, "status" text check ("status" in ('draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived')) not null, "content" jsonb not null, "changed_fields" jsonb not null, "version" int not null default 1, "approved_at" timestamptz null, "approved_by_id" uuid null, constraint "revision_pkey" primary key ("id"), constraint revision_one_target check ((practice_id is null) <> (case_study_id is null)));`,
    );
    this.addSql(`create index "revision_practice_id_index" on "revision" ("practice_id");`);
    this.addSql(`create index "revision_case_study_id_index" on "revision" ("case_study_id");`);
    this.addSql(
      `create unique index revision_one_open_per_record on revision (coalesce(practice_id, case_study_id)) where status in ('draft', 'submitted', 'changes_requested');`,
    );

    this.addSql(
      `create table "submission" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" text check ("kind" in ('record', 'revision', 'follow_up')) not null, "practice_id" uuid null, "case_study_id" uuid null, "revision_id" uuid null, "follow_up_id" uuid null, "submitted_by_id" uuid null, "submitted_at" timestamptz not null, "note" text null, "outcome" text check ("outcome" in ('open', 'approved', 'changes_requested', 'rejected', 'withdrawn')) not null default 'open', "decided_by_id" uuid null, "decided_at" timestamptz null, "comment" text null, constraint "submission_pkey" primary key ("id"), constraint submission_one_target check ((case when practice_id is null then 0 else 1 end) + (case when case_study_id is null then 0 else 1 end) = 1));`,
    );
    this.addSql(`create index "submission_practice_id_index" on "submission" ("practice_id");`);
    this.addSql(`create index "submission_case_study_id_index" on "submission" ("case_study_id");`);
    this.addSql(`create index "submission_outcome_submitted_at_index" on "submission" ("outcome", "submitted_at");`);

    this.addSql(
      `create table "case_study_co_author" ("case_study_id" uuid not null, "user_id" uuid not null, constraint "case_study_co_author_pkey" primary key ("case_study_id", "user_id"));`,
    );

    this.addSql(
      `alter table "practice_co_author" add constraint "practice_co_author_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "practice_co_author" add constraint "practice_co_author_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "revision" add constraint "revision_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "revision" add constraint "revision_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "revision" add constraint "revision_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "revision" add constraint "revision_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "submission" add constraint "submission_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "submission" add constraint "submission_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "submission" add constraint "submission_revision_id_foreign" foreign key ("revision_id") references "revision" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "submission" add constraint "submission_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "submission" add constraint "submission_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "submission" add constraint "submission_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_study_co_author" add constraint "case_study_co_author_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_study_co_author" add constraint "case_study_co_author_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "practice" add column "author_id" uuid null, add column "submitted_at" timestamptz null;`);
    this.addSql(
      `alter table "practice" add constraint "practice_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "practice_author_id_index" on "practice" ("author_id");`);

    this.addSql(`alter table "case_study" add column "author_id" uuid null, add column "submitted_at" timestamptz null;`);
    this.addSql(
      `alter table "case_study" add constraint "case_study_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "case_study_author_id_index" on "case_study" ("author_id");`);

    this.addSql(`alter table "follow_up" add column "author_id" uuid null;`);
    this.addSql(
      `alter table "follow_up" add constraint "follow_up_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "submission" drop constraint "submission_revision_id_foreign";`);

    this.addSql(`drop table if exists "practice_co_author" cascade;`);

    this.addSql(`drop table if exists "revision" cascade;`);

    this.addSql(`drop table if exists "submission" cascade;`);

    this.addSql(`drop table if exists "case_study_co_author" cascade;`);

    this.addSql(`alter table "case_study" drop constraint "case_study_author_id_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_author_id_foreign";`);

    this.addSql(`alter table "practice" drop constraint "practice_author_id_foreign";`);

    this.addSql(`drop index "case_study_author_id_index";`);
    this.addSql(`alter table "case_study" drop column "author_id", drop column "submitted_at";`);

    this.addSql(`alter table "follow_up" drop column "author_id";`);

    this.addSql(`drop index "practice_author_id_index";`);
    this.addSql(`alter table "practice" drop column "author_id", drop column "submitted_at";`);
  }
}
