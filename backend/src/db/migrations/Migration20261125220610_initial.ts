import { Migration } from '@mikro-orm/migrations';

export class Migration20261125220610_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audience" ("slug" varchar(120) not null, "name_uk" varchar(160) not null, "name_en" varchar(160) not null, "description_uk" text null, "position" int not null default 0, constraint "audience_pkey" primary key ("slug"));`,
    );

    this.addSql(
      `create table "collection" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "title_uk" varchar(160) not null, "title_en" varchar(160) null, "description_uk" text not null, "description_en" text null, "curator_name_uk" varchar(160) not null, "visibility" text check ("visibility" in ('private', 'unlisted', 'public')) not null default 'private', "version" int not null default 1, constraint "collection_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "collection" add constraint "collection_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "format" ("slug" varchar(120) not null, "name_uk" varchar(160) not null, "name_en" varchar(160) not null, "description_uk" text null, "position" int not null default 0, constraint "format_pkey" primary key ("slug"));`,
    );

    this.addSql(
      `create table "oblast" ("slug" varchar(120) not null, "name_uk" varchar(160) not null, "name_en" varchar(160) not null, constraint "oblast_pkey" primary key ("slug"));`,
    );

    this.addSql(
      `create table "community" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "name_uk" varchar(160) not null, "name_en" varchar(160) not null, "kind" text check ("kind" in ('frontline', 'rear', 'other')) not null, "oblast_slug" varchar(120) not null, constraint "community_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "community" add constraint "community_slug_unique" unique ("slug");`);
    this.addSql(`create index "community_oblast_slug_index" on "community" ("oblast_slug");`);

    this.addSql(
      `create table "organization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "name_uk" varchar(300) not null, "name_en" varchar(300) not null, "kind" text check ("kind" in ('library_system', 'central_library', 'childrens_library', 'branch_library', 'school_library', 'ngo', 'international_organization', 'foundation', 'local_authority')) not null, "community_id" uuid null, "parent_id" uuid null, "website" varchar(500) null, "description_uk" text null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);
    this.addSql(`create index "organization_community_id_index" on "organization" ("community_id");`);

    this.addSql(
      `create table "case_study" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "status" text check ("status" in ('draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived')) not null default 'draft', "published_at" timestamptz null, "version" int not null default 1, "title_uk" varchar(160) not null, "title_en" varchar(160) null, "summary_uk" text not null, "summary_en" text null, "organization_id" uuid not null, "period_start" date not null, "period_end" date null, "need_uk" text not null, "what_was_done_uk" text not null, "participant_count" int not null, "funders_uk" jsonb not null, "budget_uah" int null, "volunteers" int not null default 0, "challenges_uk" text null, "outcomes" jsonb not null, "advice_uk" text null, constraint "case_study_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "case_study" add constraint "case_study_slug_unique" unique ("slug");`);
    this.addSql(`create index "case_study_status_index" on "case_study" ("status");`);
    this.addSql(`create index "case_study_organization_id_index" on "case_study" ("organization_id");`);

    this.addSql(
      `create table "impact_story" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_study_id" uuid not null, "position" int not null, "kind" text check ("kind" in ('quote', 'observed_change')) not null, "text_uk" text not null, "attribution_uk" varchar(300) null, "consent_given" boolean not null, constraint "impact_story_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "impact_story_case_study_id_index" on "impact_story" ("case_study_id");`);

    this.addSql(
      `create table "follow_up" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "case_study_id" uuid not null, "months_after" smallint not null, "recorded_on" date not null, "text_uk" text not null, "status" text check ("status" in ('draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived')) not null default 'draft', constraint "follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "follow_up_case_study_id_index" on "follow_up" ("case_study_id");`);

    this.addSql(
      `create table "case_study_partner" ("case_study_id" uuid not null, "organization_id" uuid not null, constraint "case_study_partner_pkey" primary key ("case_study_id", "organization_id"));`,
    );
    this.addSql(`create index "case_study_partner_organization_id_index" on "case_study_partner" ("organization_id");`);

    this.addSql(
      `create table "case_study_audience" ("case_study_id" uuid not null, "audience_slug" varchar(120) not null, constraint "case_study_audience_pkey" primary key ("case_study_id", "audience_slug"));`,
    );

    this.addSql(
      `create table "partnership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "community_a_id" uuid not null, "community_b_id" uuid not null, "programme_uk" varchar(160) not null, "programme_en" varchar(160) null, "signed_on" date null, "note_uk" text null, "note_en" text null, constraint "partnership_pkey" primary key ("id"), constraint partnership_distinct_communities check (community_a_id <> community_b_id));`,
    );
    this.addSql(`alter table "partnership" add constraint "partnership_slug_unique" unique ("slug");`);
    this.addSql(`create index "partnership_community_a_id_index" on "partnership" ("community_a_id");`);
    this.addSql(`create index "partnership_community_b_id_index" on "partnership" ("community_b_id");`);

    this.addSql(
      `create table "practice" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "slug" varchar(120) not null, "status" text check ("status" in ('draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived')) not null default 'draft', "published_at" timestamptz null, "version" int not null default 1, "title_uk" varchar(160) not null, "title_en" varchar(160) null, "summary_uk" text not null, "summary_en" text null, "description_uk" text not null, "description_en" text null, "goals" jsonb not null, "group_size_min" int null, "group_size_max" int null, "duration_minutes" int null, "steps" jsonb not null, "staff" int not null, "volunteers" int not null, "materials_uk" jsonb not null, "budget_band" text check ("budget_band" in ('none', 'low', 'medium', 'high')) not null, "partners_needed" jsonb not null, "works_in_shelter" boolean not null, "needs_power" boolean not null, "needs_internet" boolean not null, "security_context" text check ("security_context" in ('any', 'frontline', 'rear')) not null, "consent_required" boolean not null, "no_photos_of_children" boolean not null, "psychologist_needed" boolean not null, "safeguarding_notes_uk" text null, "evidence_level" text check ("evidence_level" in ('described', 'documented', 'evaluated', 'replicated')) not null, "origin_organization_id" uuid null, "adapted_from_id" uuid null, "licence" text check ("licence" in ('CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'all-rights-reserved')) not null default 'CC-BY-4.0', constraint "practice_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "practice" add constraint "practice_slug_unique" unique ("slug");`);
    this.addSql(`create index "practice_status_index" on "practice" ("status");`);
    this.addSql(`create index "practice_evidence_level_index" on "practice" ("evidence_level");`);
    this.addSql(`create index "practice_origin_organization_id_index" on "practice" ("origin_organization_id");`);
    this.addSql(`create index "practice_adapted_from_id_index" on "practice" ("adapted_from_id");`);

    this.addSql(
      `create table "collection_item" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "collection_id" uuid not null, "position" int not null, "practice_id" uuid null, "case_study_id" uuid null, "note_uk" text null, constraint "collection_item_pkey" primary key ("id"), constraint collection_item_one_target check ((practice_id is null) <> (case_study_id is null)));`,
    );
    this.addSql(`create index "collection_item_practice_id_index" on "collection_item" ("practice_id");`);
    this.addSql(`create index "collection_item_case_study_id_index" on "collection_item" ("case_study_id");`);
    this.addSql(`create index "collection_item_collection_id_position_index" on "collection_item" ("collection_id", "position");`);

    this.addSql(
      `create table "case_study_practice" ("case_study_id" uuid not null, "practice_id" uuid not null, "position" int not null, "adaptation_uk" text null, constraint "case_study_practice_pkey" primary key ("case_study_id", "practice_id"));`,
    );
    this.addSql(`create index "case_study_practice_practice_id_index" on "case_study_practice" ("practice_id");`);

    this.addSql(
      `create table "practice_audience" ("practice_id" uuid not null, "audience_slug" varchar(120) not null, constraint "practice_audience_pkey" primary key ("practice_id", "audience_slug"));`,
    );
    this.addSql(`create index "practice_audience_audience_slug_index" on "practice_audience" ("audience_slug");`);

    this.addSql(
      `create table "practice_format" ("practice_id" uuid not null, "format_slug" varchar(120) not null, constraint "practice_format_pkey" primary key ("practice_id", "format_slug"));`,
    );
    this.addSql(`create index "practice_format_format_slug_index" on "practice_format" ("format_slug");`);

    this.addSql(
      `create table "theme" ("slug" varchar(120) not null, "name_uk" varchar(160) not null, "name_en" varchar(160) not null, "description_uk" text null, "position" int not null default 0, constraint "theme_pkey" primary key ("slug"));`,
    );

    this.addSql(
      `create table "practice_theme" ("practice_id" uuid not null, "theme_slug" varchar(120) not null, "position" int not null, constraint "practice_theme_pkey" primary key ("practice_id", "theme_slug"));`,
    );
    this.addSql(`create index "practice_theme_theme_slug_index" on "practice_theme" ("theme_slug");`);

    this.addSql(
      `alter table "community" add constraint "community_oblast_slug_foreign" foreign key ("oblast_slug") references "oblast" ("slug") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "organization" add constraint "organization_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "case_study" add constraint "case_study_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "impact_story" add constraint "impact_story_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "follow_up" add constraint "follow_up_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "case_study_partner" add constraint "case_study_partner_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_study_partner" add constraint "case_study_partner_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "case_study_audience" add constraint "case_study_audience_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_study_audience" add constraint "case_study_audience_audience_slug_foreign" foreign key ("audience_slug") references "audience" ("slug") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "partnership" add constraint "partnership_community_a_id_foreign" foreign key ("community_a_id") references "community" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partnership" add constraint "partnership_community_b_id_foreign" foreign key ("community_b_id") references "community" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "practice" add constraint "practice_origin_organization_id_foreign" foreign key ("origin_organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "practice" add constraint "practice_adapted_from_id_foreign" foreign key ("adapted_from_id") references "practice" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "collection_item" add constraint "collection_item_collection_id_foreign" foreign key ("collection_id") references "collection" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collection_item" add constraint "collection_item_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "collection_item" add constraint "collection_item_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "case_study_practice" add constraint "case_study_practice_case_study_id_foreign" foreign key ("case_study_id") references "case_study" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "case_study_practice" add constraint "case_study_practice_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "practice_audience" add constraint "practice_audience_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "practice_audience" add constraint "practice_audience_audience_slug_foreign" foreign key ("audience_slug") references "audience" ("slug") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "practice_format" add constraint "practice_format_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "practice_format" add constraint "practice_format_format_slug_foreign" foreign key ("format_slug") references "format" ("slug") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "practice_theme" add constraint "practice_theme_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "practice_theme" add constraint "practice_theme_theme_slug_foreign" foreign key ("theme_slug") references "theme" ("slug") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_study_audience" drop constraint "case_study_audience_audience_slug_foreign";`);

    this.addSql(`alter table "practice_audience" drop constraint "practice_audience_audience_slug_foreign";`);

    this.addSql(`alter table "collection_item" drop constraint "collection_item_collection_id_foreign";`);

    this.addSql(`alter table "practice_format" drop constraint "practice_format_format_slug_foreign";`);

    this.addSql(`alter table "community" drop constraint "community_oblast_slug_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_community_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_community_a_id_foreign";`);

    this.addSql(`alter table "partnership" drop constraint "partnership_community_b_id_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);

    this.addSql(`alter table "case_study" drop constraint "case_study_organization_id_foreign";`);

    this.addSql(`alter table "case_study_partner" drop constraint "case_study_partner_organization_id_foreign";`);

    this.addSql(`alter table "practice" drop constraint "practice_origin_organization_id_foreign";`);

    this.addSql(`alter table "impact_story" drop constraint "impact_story_case_study_id_foreign";`);

    this.addSql(`alter table "follow_up" drop constraint "follow_up_case_study_id_foreign";`);

    this.addSql(`alter table "case_study_partner" drop constraint "case_study_partner_case_study_id_foreign";`);

    this.addSql(`alter table "case_study_audience" drop constraint "case_study_audience_case_study_id_foreign";`);

    this.addSql(`alter table "collection_item" drop constraint "collection_item_case_study_id_foreign";`);

    this.addSql(`alter table "case_study_practice" drop constraint "case_study_practice_case_study_id_foreign";`);

    this.addSql(`alter table "practice" drop constraint "practice_adapted_from_id_foreign";`);

    this.addSql(`alter table "collection_item" drop constraint "collection_item_practice_id_foreign";`);

    this.addSql(`alter table "case_study_practice" drop constraint "case_study_practice_practice_id_foreign";`);

    this.addSql(`alter table "practice_audience" drop constraint "practice_audience_practice_id_foreign";`);

    this.addSql(`alter table "practice_format" drop constraint "practice_format_practice_id_foreign";`);

    this.addSql(`alter table "practice_theme" drop constraint "practice_theme_practice_id_foreign";`);

    this.addSql(`alter table "practice_theme" drop constraint "practice_theme_theme_slug_foreign";`);

    this.addSql(`drop table if exists "audience" cascade;`);

    this.addSql(`drop table if exists "collection" cascade;`);

    this.addSql(`drop table if exists "format" cascade;`);

    this.addSql(`drop table if exists "oblast" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "case_study" cascade;`);

    this.addSql(`drop table if exists "impact_story" cascade;`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "case_study_partner" cascade;`);

    this.addSql(`drop table if exists "case_study_audience" cascade;`);

    this.addSql(`drop table if exists "partnership" cascade;`);

    this.addSql(`drop table if exists "practice" cascade;`);

    this.addSql(`drop table if exists "collection_item" cascade;`);

    this.addSql(`drop table if exists "case_study_practice" cascade;`);

    this.addSql(`drop table if exists "practice_audience" cascade;`);

    this.addSql(`drop table if exists "practice_format" cascade;`);

    this.addSql(`drop table if exists "theme" cascade;`);

    this.addSql(`drop table if exists "practice_theme" cascade;`);
  }
}
