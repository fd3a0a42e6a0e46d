import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011737_collections extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "collection_co_curator" ("collection_id" uuid not null, "user_id" uuid not null, "added_at" timestamptz not null default now(), constraint "collection_co_curator_pkey" primary key ("collection_id", "user_id"));`,
    );
    this.addSql(`create index "collection_co_curator_user_id_index" on "collection_co_curator" ("user_id");`);

    this.addSql(
      `alter table "collection_co_curator" add constraint "collection_co_curator_collection_id_foreign" foreign key ("collection_id") references "collection" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collection_co_curator" add constraint "collection_co_curator_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "collection" add column "owner_id" uuid null, add column "share_token" varchar(64) null;`);
    // Existing collections get a token too: two v4 UUIDs from PostgreSQL's strong random source, 244 bits.
    this.addSql(`update "collection" set "share_token" = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');`);
    this.addSql(`alter table "collection" alter column "share_token" set not null;`);
    this.addSql(`alter table "collection" alter column "curator_name_uk" type varchar(160) using ("curator_name_uk"::varchar(160));`);
    this.addSql(`alter table "collection" alter column "curator_name_uk" drop not null;`);
    this.addSql(
      `alter table "collection" add constraint "collection_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "collection_owner_id_index" on "collection" ("owner_id");`);
    this.addSql(`alter table "collection" add constraint "collection_share_token_unique" unique ("share_token");`);

    this.addSql(`drop index "collection_item_collection_id_position_index";`);

    // Items were stored from 0 and could repeat a record; keep the first of each and number them 1..n.
    this.addSql(
      `delete from "collection_item" a using "collection_item" b where a."collection_id" = b."collection_id" and (a."practice_id" = b."practice_id" or a."case_study_id" = b."case_study_id") and (a."position", a."id") > (b."position", b."id");`,
    );
    this.addSql(
      `update "collection_item" ci set "position" = r.n from (select "id", row_number() over (partition by "collection_id" order by "position", "id") as n from "collection_item") r where ci."id" = r."id";`,
    );

    this.addSql(
      `alter table "collection_item" add constraint "collection_item_case_study_unique" unique ("collection_id", "case_study_id");`,
    );
    this.addSql(`alter table "collection_item" add constraint "collection_item_practice_unique" unique ("collection_id", "practice_id");`);
    this.addSql(
      `alter table "collection_item" add constraint "collection_item_position_unique" unique ("collection_id", "position") deferrable initially deferred;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collection_co_curator" cascade;`);

    this.addSql(`alter table "collection" drop constraint "collection_owner_id_foreign";`);

    this.addSql(`drop index "collection_owner_id_index";`);
    this.addSql(`alter table "collection" drop constraint "collection_share_token_unique";`);
    this.addSql(`alter table "collection" drop column "owner_id", drop column "share_token";`);

    this.addSql(`alter table "collection" alter column "curator_name_uk" type varchar(160) using ("curator_name_uk"::varchar(160));`);
    this.addSql(`update "collection" set "curator_name_uk" = '' where "curator_name_uk" is null;`);
    this.addSql(`alter table "collection" alter column "curator_name_uk" set not null;`);

    this.addSql(`alter table "collection_item" drop constraint "collection_item_case_study_unique";`);
    this.addSql(`alter table "collection_item" drop constraint "collection_item_practice_unique";`);
    this.addSql(`alter table "collection_item" drop constraint "collection_item_position_unique";`);

    this.addSql(
      `CREATE INDEX collection_item_collection_id_position_index ON public.collection_item USING btree (collection_id, "position");`,
    );
  }
}
