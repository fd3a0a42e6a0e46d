import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../catalog/base.entity.js';
import { COMMUNITY_KINDS, type CommunityKind } from '../catalog/catalog.limits.js';
import { Oblast } from './oblast.entity.js';

/** A territorial community (громада). */
@Entity({ tableName: 'community' })
export class Community extends BaseEntity {
  @Property({ type: 'string', length: 120, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 160 })
  nameUk!: string;

  @Property({ type: 'string', length: 160 })
  nameEn!: string;

  @Enum({ items: [...COMMUNITY_KINDS], type: 'string' })
  kind!: CommunityKind;

  @Index()
  @ManyToOne({ entity: () => Oblast, deleteRule: 'restrict' })
  oblast!: Rel<Oblast>;
}
