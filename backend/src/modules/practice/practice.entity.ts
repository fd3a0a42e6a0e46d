import { Cascade, Collection, Embedded, Entity, ManyToMany, Enum, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { EVIDENCE_LEVELS, LICENCES, type EvidenceLevel, type Licence, type PartnerRole } from '../catalog/catalog.limits.js';
import { PublishableEntity } from '../catalog/publication.js';
import { User } from '../account/user.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from './practice-links.entity.js';
import { GroupSize, PracticeConditions, PracticeResources, PracticeSafeguarding } from './practice-parts.entity.js';

export interface PracticeStep {
  titleUk: string;
  detailsUk?: string | null;
}

/** A library work method: what it is for, how to run it, and under which conditions it works. */
@Entity({ tableName: 'practice' })
export class Practice extends PublishableEntity<'licence' | 'partnersNeeded' | 'goals'> {
  @Property({ type: 'string', length: 160 })
  titleUk!: string;

  @Property({ type: 'string', length: 160, nullable: true })
  titleEn?: string | null;

  @Property({ type: 'text' })
  summaryUk!: string;

  @Property({ type: 'text', nullable: true })
  summaryEn?: string | null;

  /** Markdown, stored as written. */
  @Property({ type: 'text' })
  descriptionUk!: string;

  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;

  @OneToMany({
    entity: () => PracticeTheme,
    mappedBy: 'practice',
    orphanRemoval: true,
    cascade: [Cascade.ALL],
    orderBy: { position: 'asc' },
  })
  themes = new Collection<PracticeTheme>(this);

  @OneToMany({ entity: () => PracticeAudience, mappedBy: 'practice', orphanRemoval: true, cascade: [Cascade.ALL] })
  audiences = new Collection<PracticeAudience>(this);

  @OneToMany({ entity: () => PracticeFormat, mappedBy: 'practice', orphanRemoval: true, cascade: [Cascade.ALL] })
  formats = new Collection<PracticeFormat>(this);

  @Property({ type: 'json' })
  goals: string[] = [];

  @Embedded({ entity: () => GroupSize, prefix: false, nullable: true })
  groupSize?: GroupSize | null;

  @Property({ type: 'integer', nullable: true })
  durationMinutes?: number | null;

  @Property({ type: 'json' })
  steps!: PracticeStep[];

  @Embedded({ entity: () => PracticeResources, prefix: false })
  resources!: PracticeResources;

  @Property({ type: 'json' })
  partnersNeeded: PartnerRole[] = [];

  @Embedded({ entity: () => PracticeConditions, prefix: false })
  conditions!: PracticeConditions;

  @Embedded({ entity: () => PracticeSafeguarding, prefix: false })
  safeguarding!: PracticeSafeguarding;

  @Enum({ items: [...EVIDENCE_LEVELS], type: 'string', index: true })
  evidenceLevel!: EvidenceLevel;

  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: 'set null', index: true })
  originOrganization?: Rel<Organization> | null;

  @ManyToOne({ entity: () => Practice, nullable: true, deleteRule: 'set null', index: true })
  adaptedFrom?: Rel<Practice> | null;

  @Enum({ items: [...LICENCES], type: 'string', default: 'CC-BY-4.0' })
  licence: Licence = 'CC-BY-4.0';

  /** People the author invited to edit with them; they see drafts and the review thread. */
  @ManyToMany({ entity: () => User, pivotTable: 'practice_co_author', joinColumn: 'practice_id', inverseJoinColumn: 'user_id' })
  coAuthors = new Collection<User>(this);
}
