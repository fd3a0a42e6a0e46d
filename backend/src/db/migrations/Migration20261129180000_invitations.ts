import { Migration } from '@mikro-orm/migrations';

export class Migration20261129180000_invitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "invitation" ("id" uuid not null, "record_type" text check ("record_type" in ('practice', 'case_study', 'collection')) not null, "record_id" uuid not null, "email" varchar(254) not null, "invited_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_email_index" on "invitation" ("email");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_record_type_record_id_email_unique" unique ("record_type", "record_id", "email");`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('submission_decided', 'moderator_comment', 'practice_tried', 'co_author_added', 'co_curator_added', 'co_author_invited', 'co_curator_invited'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`delete from "notification" where "kind" in ('co_author_invited', 'co_curator_invited');`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);

    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('submission_decided', 'moderator_comment', 'practice_tried', 'co_author_added', 'co_curator_added'));`,
    );
  }
}
