import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** A term of a controlled vocabulary: stable slug, Ukrainian and English labels, display order. */
abstract class TaxonomyTerm {
  [PrimaryKeyProp]?: 'slug';

  @PrimaryKey({ type: 'string', length: 120 })
  slug!: string;

  @Property({ type: 'string', length: 160 })
  nameUk!: string;

  @Property({ type: 'string', length: 160 })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  descriptionUk?: string | null;

  @Property({ type: 'integer', default: 0 })
  position: number = 0;
}

@Entity({ tableName: 'theme' })
export class Theme extends TaxonomyTerm {}

@Entity({ tableName: 'audience' })
export class Audience extends TaxonomyTerm {}

@Entity({ tableName: 'format' })
export class Format extends TaxonomyTerm {}
