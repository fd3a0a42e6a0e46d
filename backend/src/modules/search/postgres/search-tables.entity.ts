import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The PostgreSQL engine's index: one row per published record, with full-text vectors of Ukrainian
 * stems (all text for matching; title and summary, weighted, for ranking) and the facet values.
 * Only the PostgreSQL search adapter reads or writes it; the entity exists so migrations cover it.
 * Facet values live both as typed columns (shown in hits) and packed in `facet_values` (filtered and
 * counted).
 */
@Entity({ tableName: 'search_document' })
@Index({ name: 'search_document_tsv_index', expression: 'create index "search_document_tsv_index" on "search_document" using gin ("tsv")' })
@Index({
  name: 'search_document_tsv_head_index',
  expression: 'create index "search_document_tsv_head_index" on "search_document" using gin ("tsv_head")',
})
@Index({
  name: 'search_document_facets_index',
  expression: 'create index "search_document_facets_index" on "search_document" using gin ("facet_values")',
})
export class SearchDocumentRow {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'text' })
  slug!: string;

  @Property({ type: 'text' })
  titleUk!: string;

  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Property({ type: 'text' })
  summaryUk!: string;

  @Property({ type: 'text', nullable: true })
  summaryEn?: string | null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: ArrayType })
  themes!: string[];

  @Property({ type: ArrayType })
  audiences!: string[];

  @Property({ type: ArrayType })
  formats!: string[];

  @Property({ type: 'text', nullable: true })
  oblast?: string | null;

  @Property({ type: 'text', nullable: true })
  communityKind?: string | null;

  @Property({ type: 'text', nullable: true })
  organization?: string | null;

  @Property({ type: 'text', nullable: true })
  evidenceLevel?: string | null;

  @Property({ type: ArrayType })
  conditions!: string[];

  @Property({ type: ArrayType })
  languages!: string[];

  @Index()
  @Property({ type: 'datetime' })
  publishedAt!: Date;

  @Property({ type: 'integer' })
  adoptionCount!: number;

  /** Every facet value as `facet:value` ("themes:play-therapy"): one GIN index serves every filter, one unnest counts every facet. */
  @Property({ type: ArrayType })
  facetValues!: string[];

  /** Every stem of the record, without positions: decides whether it matches (small, so fast to scan). */
  @Property({ columnType: 'tsvector', type: 'unknown', lazy: true })
  tsv!: unknown;

  /** Title (weight A), summary and theme names (B) with positions: ranks the matches. */
  @Property({ columnType: 'tsvector', type: 'unknown', lazy: true })
  tsvHead!: unknown;
}

/** Every stem the index holds, for typo correction by trigram similarity. */
@Entity({ tableName: 'search_vocabulary' })
@Index({
  name: 'search_vocabulary_trgm_index',
  expression: 'create index "search_vocabulary_trgm_index" on "search_vocabulary" using gin ("word" gin_trgm_ops)',
})
export class SearchWord {
  @PrimaryKey({ type: 'text' })
  word!: string;
}
