import { Migration } from '@mikro-orm/migrations';

export class Migration20261129150000_membership extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "organization_confirmed_at" timestamptz null, add column "organization_confirmed_by_id" uuid null;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_organization_confirmed_by_id_foreign" foreign key ("organization_confirmed_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    // Memberships set before this rule were never checked: they stay claims until someone confirms them.

    // A report from a member whose organisation is only claimed waits (pending).
    this.addSql(`alter table "adoption" drop constraint if exists "adoption_status_check";`);
    this.addSql(`alter table "adoption" add constraint "adoption_status_check" check ("status" in ('published', 'pending', 'hidden'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "adoption" set "status" = 'hidden' where "status" = 'pending';`);
    this.addSql(`alter table "adoption" drop constraint if exists "adoption_status_check";`);
    this.addSql(`alter table "adoption" add constraint "adoption_status_check" check ("status" in ('published', 'hidden'));`);
    this.addSql(`alter table "app_user" drop constraint "app_user_organization_confirmed_by_id_foreign";`);
    this.addSql(`alter table "app_user" drop column "organization_confirmed_at", drop column "organization_confirmed_by_id";`);
  }
}
