import { Migration } from '@mikro-orm/migrations';

export class Migration20261125224708_search extends Migration {
  override async up(): Promise<void> {
    // Trigram similarity over the index vocabulary corrects typos (a trusted extension since PostgreSQL 13).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create table "search_document" ("id" text not null, "type" text not null, "record_id" uuid not null, "slug" text not null, "title_uk" text not null, "title_en" text null, "summary_uk" text not null, "summary_en" text null, "body" text not null, "themes" text[] not null, "audiences" text[] not null, "formats" text[] not null, "oblast" text null, "community_kind" text null, "organization" text null, "evidence_level" text null, "conditions" text[] not null, "languages" text[] not null, "published_at" timestamptz not null, "adoption_count" int not null, "facet_values" text[] not null, "tsv" tsvector not null, "tsv_head" tsvector not null, constraint "search_document_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "search_document_published_at_index" on "search_document" ("published_at");`);
    this.addSql(`create index "search_document_facets_index" on "search_document" using gin ("facet_values");`);
    this.addSql(`create index "search_document_tsv_head_index" on "search_document" using gin ("tsv_head");`);
    this.addSql(`create index "search_document_tsv_index" on "search_document" using gin ("tsv");`);

    this.addSql(
      `create table "search_outbox" ("id" bigserial primary key, "record_type" text check ("record_type" in ('practice', 'case_study')) not null, "record_id" uuid not null, "created_at" timestamptz not null default now(), "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" text null, "processed_at" timestamptz null);`,
    );
    this.addSql(`create index "search_outbox_pending_index" on "search_outbox" ("processed_at", "next_attempt_at");`);

    this.addSql(`create table "search_vocabulary" ("word" text not null, constraint "search_vocabulary_pkey" primary key ("word"));`);
    this.addSql(`create index "search_vocabulary_trgm_index" on "search_vocabulary" using gin ("word" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);

    this.addSql(`drop table if exists "search_outbox" cascade;`);

    this.addSql(`drop table if exists "search_vocabulary" cascade;`);
  }
}
