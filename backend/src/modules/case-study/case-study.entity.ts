import { Cascade, Collection, Embedded, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import { PublishableEntity } from '../catalog/publication.js';
import { User } from '../account/user.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { CaseStudyAudience, CaseStudyPartner, CaseStudyPractice } from './case-study-links.entity.js';
import { Period } from './case-study-parts.entity.js';
import { FollowUp, ImpactStory } from './impact.entity.js';

export interface Outcome {
  labelUk: string;
  value: number;
  unitUk: string;
}

/** How a practice worked somewhere: the need, what was done, what changed, and what others should know. */
@Entity({ tableName: 'case_study' })
export class CaseStudy extends PublishableEntity<'fundersUk' | 'outcomes' | 'volunteers'> {
  @Property({ type: 'string', length: 160 })
  titleUk!: string;

  @Property({ type: 'string', length: 160, nullable: true })
  titleEn?: string | null;

  @Property({ type: 'text' })
  summaryUk!: string;

  @Property({ type: 'text', nullable: true })
  summaryEn?: string | null;

  @OneToMany({
    entity: () => CaseStudyPractice,
    mappedBy: 'caseStudy',
    orphanRemoval: true,
    cascade: [Cascade.ALL],
    orderBy: { position: 'asc' },
  })
  practices = new Collection<CaseStudyPractice>(this);

  /** The organisation that did the work; its community and oblast locate the case. */
  @ManyToOne({ entity: () => Organization, deleteRule: 'restrict', index: true })
  organization!: Rel<Organization>;

  @OneToMany({ entity: () => CaseStudyPartner, mappedBy: 'caseStudy', orphanRemoval: true, cascade: [Cascade.ALL] })
  partners = new Collection<CaseStudyPartner>(this);

  @Embedded({ entity: () => Period, prefix: false })
  period!: Period;

  @Property({ type: 'text' })
  needUk!: string;

  @Property({ type: 'text' })
  whatWasDoneUk!: string;

  @OneToMany({ entity: () => CaseStudyAudience, mappedBy: 'caseStudy', orphanRemoval: true, cascade: [Cascade.ALL] })
  participantAudiences = new Collection<CaseStudyAudience>(this);

  @Property({ type: 'integer' })
  participantCount!: number;

  @Property({ type: 'json' })
  fundersUk: string[] = [];

  @Property({ type: 'integer', nullable: true })
  budgetUah?: number | null;

  @Property({ type: 'integer', default: 0 })
  volunteers: number = 0;

  @Property({ type: 'text', nullable: true })
  challengesUk?: string | null;

  @Property({ type: 'json' })
  outcomes: Outcome[] = [];

  @OneToMany({
    entity: () => ImpactStory,
    mappedBy: 'caseStudy',
    orphanRemoval: true,
    cascade: [Cascade.ALL],
    orderBy: { position: 'asc' },
  })
  impactStories = new Collection<ImpactStory>(this);

  @OneToMany({ entity: () => FollowUp, mappedBy: 'caseStudy', orphanRemoval: true, cascade: [Cascade.ALL], orderBy: { recordedOn: 'asc' } })
  followUps = new Collection<FollowUp>(this);

  @Property({ type: 'text', nullable: true })
  adviceUk?: string | null;

  /** People the author invited to edit with them; they see drafts and the review thread. */
  @ManyToMany({ entity: () => User, pivotTable: 'case_study_co_author', joinColumn: 'case_study_id', inverseJoinColumn: 'user_id' })
  coAuthors = new Collection<User>(this);
}
