import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { User } from '../account/user.entity.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { BaseEntity } from '../catalog/base.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { ADOPTION_STATUSES, type AdoptionStatus } from './adoption.limits.js';

/**
 * "We tried it here": an organisation's short report that it adopted a practice — when, what it
 * changed, what happened. Published at once; a moderator can hide it. It may later grow into a
 * case study, which is then linked here.
 */
@Entity({ tableName: 'adoption' })
@Index({ properties: ['practice', 'status', 'adoptedOn'] })
export class Adoption extends BaseEntity<
  'status' | 'changesUk' | 'participantCount' | 'caseStudy' | 'hiddenReason' | 'hiddenAt' | 'hiddenBy'
> {
  @ManyToOne({ entity: () => Practice, deleteRule: 'cascade' })
  practice!: Rel<Practice>;

  @ManyToOne({ entity: () => Organization, deleteRule: 'restrict', index: true })
  organization!: Rel<Organization>;

  /** Null once the account is gone: the organisation's record outlives the person who filed it. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null', index: true })
  author?: Rel<User> | null;

  @Property({ type: 'date' })
  adoptedOn!: string;

  @Property({ type: 'text', nullable: true })
  changesUk?: string | null;

  @Property({ type: 'text' })
  resultUk!: string;

  @Property({ type: 'integer', nullable: true })
  participantCount?: number | null;

  /** Set when the report grows into a case study; shown only while that case study is published. */
  @ManyToOne({ entity: () => CaseStudy, nullable: true, deleteRule: 'set null', index: true })
  caseStudy?: Rel<CaseStudy> | null;

  @Enum({ items: [...ADOPTION_STATUSES], type: 'string', default: 'published' })
  status: AdoptionStatus = 'published';

  @Property({ type: 'text', nullable: true })
  hiddenReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  hiddenAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  hiddenBy?: Rel<User> | null;
}
