import { randomBytes } from 'node:crypto';
import {
  Cascade,
  Check,
  Collection as ItemList,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKeyProp,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { User } from '../account/user.entity.js';
import { BaseEntity } from '../catalog/base.entity.js';
import { COLLECTION_VISIBILITIES, type CollectionVisibility } from '../catalog/catalog.limits.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { COLLECTION_LIMITS } from './collection.limits.js';

/** 32 random bytes (256 bits), URL-safe: the secret in an unlisted collection's link. */
export const newShareToken = () => randomBytes(COLLECTION_LIMITS.shareTokenBytes).toString('base64url');

/** A trainer's ordered set of practices and case studies, for a workshop or a theme. */
@Entity({ tableName: 'collection' })
export class Collection extends BaseEntity<'visibility' | 'version' | 'shareToken'> {
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

  /** Null for editorial collections (from the seed data), which admins manage. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null', index: true })
  owner?: Rel<User> | null;

  /** The curator's name as text, for editorial collections that have no owner account. */
  @Property({ type: 'string', length: 160, nullable: true })
  curatorNameUk?: string | null;

  @Enum({ items: [...COLLECTION_VISIBILITIES], type: 'string', default: 'private' })
  visibility: CollectionVisibility = 'private';

  /** Whoever holds it may read an unlisted collection; never shown to anyone but its curators. */
  @Property({ type: 'string', length: 64, unique: true })
  shareToken: string = newShareToken();

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
// Deferred, so that renumbering a whole collection inside one transaction never trips over itself.
@Unique({ name: 'collection_item_position_unique', properties: ['collection', 'position'], deferMode: 'deferred' })
@Unique({ name: 'collection_item_practice_unique', properties: ['collection', 'practice'] })
@Unique({ name: 'collection_item_case_study_unique', properties: ['collection', 'caseStudy'] })
@Check({ name: 'collection_item_one_target', expression: '(practice_id is null) <> (case_study_id is null)' })
export class CollectionItem extends BaseEntity {
  @ManyToOne({ entity: () => Collection, deleteRule: 'cascade' })
  collection!: Rel<Collection>;

  /** Dense 1..n within a collection. */
  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne({ entity: () => Practice, nullable: true, deleteRule: 'cascade', index: true })
  practice?: Rel<Practice> | null;

  @ManyToOne({ entity: () => CaseStudy, nullable: true, deleteRule: 'cascade', index: true })
  caseStudy?: Rel<CaseStudy> | null;

  @Property({ type: 'text', nullable: true })
  noteUk?: string | null;
}

/** A signed-in user the owner invited to edit a collection's items. */
@Entity({ tableName: 'collection_co_curator' })
export class CollectionCoCurator {
  [PrimaryKeyProp]?: ['collection', 'user'];
  [OptionalProps]?: 'addedAt';

  @ManyToOne({ entity: () => Collection, primary: true, deleteRule: 'cascade' })
  collection!: Rel<Collection>;

  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  addedAt: Date = new Date();
}
