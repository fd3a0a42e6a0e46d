import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../catalog/base.entity.js';
import { IMPACT_STORY_KINDS, RECORD_STATUSES, type ImpactStoryKind, type RecordStatus } from '../catalog/catalog.limits.js';
import { CaseStudy } from './case-study.entity.js';
import { User } from '../account/user.entity.js';

/** A quote or an observed change. Shown publicly only when consent was given. */
@Entity({ tableName: 'impact_story' })
export class ImpactStory extends BaseEntity {
  @ManyToOne({ entity: () => CaseStudy, deleteRule: 'cascade', index: true })
  caseStudy!: Rel<CaseStudy>;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: [...IMPACT_STORY_KINDS], type: 'string' })
  kind!: ImpactStoryKind;

  @Property({ type: 'text' })
  textUk!: string;

  /** A role, never a private person's name: "мама семирічної дівчинки". */
  @Property({ type: 'string', length: 300, nullable: true })
  attributionUk?: string | null;

  @Property({ type: 'boolean' })
  consentGiven!: boolean;
}

/** What a case study's authors saw 3, 6 or 12 months later. Goes through review on its own. */
@Entity({ tableName: 'follow_up' })
export class FollowUp extends BaseEntity<'status' | 'author'> {
  @ManyToOne({ entity: () => CaseStudy, deleteRule: 'cascade', index: true })
  caseStudy!: Rel<CaseStudy>;

  @Property({ type: 'smallint' })
  monthsAfter!: number;

  @Property({ type: 'date' })
  recordedOn!: string;

  @Property({ type: 'text' })
  textUk!: string;

  @Enum({ items: [...RECORD_STATUSES], type: 'string', default: 'draft' })
  status: RecordStatus = 'draft';

  /** Null for follow-ups from seeds/. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  author?: Rel<User> | null;
}
