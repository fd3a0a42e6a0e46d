import { Check, Entity, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../catalog/base.entity.js';
import { Community } from './community.entity.js';

/** Two communities paired under a programme (e.g. "Пліч-о-пліч"). */
@Entity({ tableName: 'partnership' })
@Check({ name: 'partnership_distinct_communities', expression: 'community_a_id <> community_b_id' })
export class Partnership extends BaseEntity {
  @Property({ type: 'string', length: 120, unique: true })
  slug!: string;

  @ManyToOne({ entity: () => Community, deleteRule: 'cascade', index: true })
  communityA!: Rel<Community>;

  @ManyToOne({ entity: () => Community, deleteRule: 'cascade', index: true })
  communityB!: Rel<Community>;

  @Property({ type: 'string', length: 160 })
  programmeUk!: string;

  @Property({ type: 'string', length: 160, nullable: true })
  programmeEn?: string | null;

  @Property({ type: 'date', nullable: true })
  signedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  noteUk?: string | null;

  @Property({ type: 'text', nullable: true })
  noteEn?: string | null;
}
