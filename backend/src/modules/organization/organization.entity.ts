import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../catalog/base.entity.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../catalog/catalog.limits.js';
import { Community } from '../geography/community.entity.js';

/** A library, a library system, or a partner (NGO, foundation, local authority…). */
@Entity({ tableName: 'organization' })
export class Organization extends BaseEntity {
  @Property({ type: 'string', length: 120, unique: true })
  slug!: string;

  @Property({ type: 'string', length: 300 })
  nameUk!: string;

  @Property({ type: 'string', length: 300 })
  nameEn!: string;

  @Enum({ items: [...ORGANIZATION_KINDS], type: 'string' })
  kind!: OrganizationKind;

  @ManyToOne({ entity: () => Community, nullable: true, deleteRule: 'set null', index: true })
  community?: Rel<Community> | null;

  /** The library system a branch belongs to. */
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null' })
  parent?: Rel<Organization> | null;

  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @Property({ type: 'text', nullable: true })
  descriptionUk?: string | null;
}
