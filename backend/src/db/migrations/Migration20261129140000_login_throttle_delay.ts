import { Migration } from '@mikro-orm/migrations';

export class Migration20261129140000_login_throttle_delay extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "login_throttle" add column "next_attempt_at" timestamptz null;`);
    // Rows of the old scheme (locks per account and per address) mean nothing to the new one.
    this.addSql(`delete from "login_throttle";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "login_throttle" drop column "next_attempt_at";`);
  }
}
