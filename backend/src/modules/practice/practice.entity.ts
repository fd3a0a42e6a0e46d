import { Cascade, Collection, Entity, ManyToMany, Enum, ManyToOne, OneToMany, Property, type Rel } from '@mikro-orm/core';
import {
  BUDGET_BANDS,
  EVIDENCE_LEVELS,
  LICENCES,
  SECURITY_CONTEXTS,
  type BudgetBand,
  type EvidenceLevel,
  type Licence,
  type PartnerRole,
  type SecurityContext,
} from '../catalog/catalog.limits.js';
import { PublishableEntity } from '../catalog/publication.js';
import { User } from '../account/user.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from './practice-links.entity.js';

export interface PracticeStep {
  titleUk: string;
  detailsUk?: string | null;
}

/** A library work method: what it is for, how to run it, and under which conditions it works. */
@Entity({ tableName: 'practice' })
export class Practice extends PublishableEntity<'licence' | 'partnersNeeded' | 'materialsUk' | 'goals'> {
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

  @Property({ type: 'integer', nullable: true })
  groupSizeMin?: number | null;

  @Property({ type: 'integer', nullable: true })
  groupSizeMax?: number | null;

  @Property({ type: 'integer', nullable: true })
  durationMinutes?: number | null;

  @Property({ type: 'json' })
  steps!: PracticeStep[];

  @Property({ type: 'integer' })
  staff!: number;

  @Property({ type: 'integer' })
  volunteers!: number;

  @Property({ type: 'json' })
  materialsUk: string[] = [];

  @Enum({ items: [...BUDGET_BANDS], type: 'string' })
  budgetBand!: BudgetBand;

  @Property({ type: 'json' })
  partnersNeeded: PartnerRole[] = [];

  @Property({ type: 'boolean' })
  worksInShelter!: boolean;

  @Property({ type: 'boolean' })
  needsPower!: boolean;

  @Property({ type: 'boolean' })
  needsInternet!: boolean;

  @Enum({ items: [...SECURITY_CONTEXTS], type: 'string' })
  securityContext!: SecurityContext;

  @Property({ type: 'boolean' })
  consentRequired!: boolean;

  @Property({ type: 'boolean' })
  noPhotosOfChildren!: boolean;

  @Property({ type: 'boolean' })
  psychologistNeeded!: boolean;

  @Property({ type: 'text', nullable: true })
  safeguardingNotesUk?: string | null;

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
