import { Cascade, Check, Collection as ItemList, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../catalog/base.entity.js';
import { COLLECTION_VISIBILITIES, type CollectionVisibility } from '../catalog/catalog.limits.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';

/** A trainer's ordered set of practices and case studies, for a workshop or a theme. */
@Entity({ tableName: 'collection' })
export class Collection extends BaseEntity<'visibility' | 'version'> {
  @Property({ type: 'string', length: 120, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 160 })
  titleUk!: string;

  @Property({ type: 'string', length: 160, nullable: true })
  titleEn?: string | null;

  @Property({ type: 'text' })
  descriptionUk!: string;

  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;

  /** Shown until curators are accounts; see docs/ARCHITECTURE.md. */
  @Property({ type: 'string', length: 160 })
  curatorNameUk!: string;

  @Enum({ items: [...COLLECTION_VISIBILITIES], type: 'string', default: 'private' })
  visibility: CollectionVisibility = 'private';

  @Property({ type: 'integer', version: true })
  version: number = 1;

  @OneToMany({
    entity: () => CollectionItem,
    mappedBy: 'collection',
    orphanRemoval: true,
    cascade: [Cascade.ALL],
    orderBy: { position: 'asc' },
  })
  items = new ItemList<CollectionItem>(this);
}

/** One entry of a collection: exactly one of practice or case study, with the curator's note. */
@Entity({ tableName: 'collection_item' })
@Index({ properties: ['collection', 'position'] })
@Check({ name: 'collection_item_one_target', expression: '(practice_id is null) <> (case_study_id is null)' })
export class CollectionItem extends BaseEntity {
  @ManyToOne({ entity: () => Collection, deleteRule: 'cascade' })
  collection!: Rel<Collection>;

  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne({ entity: () => Practice, nullable: true, deleteRule: 'cascade', index: true })
  practice?: Rel<Practice> | null;

  @ManyToOne({ entity: () => CaseStudy, nullable: true, deleteRule: 'cascade', index: true })
  caseStudy?: Rel<CaseStudy> | null;

  @Property({ type: 'text', nullable: true })
  noteUk?: string | null;
}
