import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BudgetBandEnum, EvidenceLevelEnum, LicenceEnum, PartnerRoleEnum, SecurityContextEnum } from '../../graphql/enums.js';
import type { BudgetBand, EvidenceLevel, Licence, PartnerRole, SecurityContext } from '../catalog/catalog.limits.js';
import type { Practice } from './practice.entity.js';

@ObjectType('PracticeStep')
export class PracticeStepType {
  @Field(() => Int, { description: 'Starts at 1.' })
  number!: number;

  @Field(() => String)
  titleUk!: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  detailsUk!: string | null;
}

@ObjectType('GroupSize')
export class GroupSizeType {
  @Field(() => Int, { nullable: true })
  min!: number | null;

  @Field(() => Int, { nullable: true })
  max!: number | null;
}

@ObjectType('PracticeResources')
export class PracticeResourcesType {
  @Field(() => Int)
  staff!: number;

  @Field(() => Int)
  volunteers!: number;

  @Field(() => [String])
  materialsUk!: string[];

  @Field(() => BudgetBandEnum)
  budgetBand!: BudgetBand;
}

@ObjectType('PracticeConditions')
export class PracticeConditionsType {
  @Field(() => Boolean)
  worksInShelter!: boolean;

  @Field(() => Boolean)
  needsPower!: boolean;

  @Field(() => Boolean)
  needsInternet!: boolean;

  @Field(() => SecurityContextEnum)
  securityContext!: SecurityContext;
}

@ObjectType('Safeguarding')
export class SafeguardingType {
  @Field(() => Boolean)
  consentRequired!: boolean;

  @Field(() => Boolean)
  noPhotosOfChildren!: boolean;

  @Field(() => Boolean)
  psychologistNeeded!: boolean;

  @Field(() => String, { nullable: true })
  notesUk!: string | null;
}

@ObjectType('Practice', { description: 'A library work method. Only published practices are public.' })
export class PracticeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  titleUk!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field(() => String)
  summaryUk!: string;

  @Field(() => String, { nullable: true })
  summaryEn!: string | null;

  @Field(() => String, { description: 'Markdown, as written; render it through a sanitiser.' })
  descriptionUk!: string;

  @Field(() => String, { nullable: true })
  descriptionEn!: string | null;

  @Field(() => [String])
  goals!: string[];

  @Field(() => GroupSizeType, { nullable: true })
  groupSize!: GroupSizeType | null;

  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;

  @Field(() => [PracticeStepType])
  steps!: PracticeStepType[];

  @Field(() => PracticeResourcesType)
  resources!: PracticeResourcesType;

  @Field(() => [PartnerRoleEnum])
  partnersNeeded!: PartnerRole[];

  @Field(() => PracticeConditionsType)
  conditions!: PracticeConditionsType;

  @Field(() => SafeguardingType)
  safeguarding!: SafeguardingType;

  @Field(() => EvidenceLevelEnum)
  evidenceLevel!: EvidenceLevel;

  @Field(() => LicenceEnum)
  licence!: Licence;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;

  originOrganizationId!: string | null;
  adaptedFromId!: string | null;

  static from(p: Practice): PracticeType {
    return Object.assign(new PracticeType(), {
      id: p.id,
      slug: p.slug,
      titleUk: p.titleUk,
      titleEn: p.titleEn ?? null,
      summaryUk: p.summaryUk,
      summaryEn: p.summaryEn ?? null,
      descriptionUk: p.descriptionUk,
      descriptionEn: p.descriptionEn ?? null,
      goals: p.goals,
      groupSize:
        p.groupSize?.min != null || p.groupSize?.max != null ? { min: p.groupSize.min ?? null, max: p.groupSize.max ?? null } : null,
      durationMinutes: p.durationMinutes ?? null,
      steps: p.steps.map((s, i) => ({ number: i + 1, titleUk: s.titleUk, detailsUk: s.detailsUk ?? null })),
      resources: {
        staff: p.resources.staff,
        volunteers: p.resources.volunteers,
        materialsUk: p.resources.materialsUk,
        budgetBand: p.resources.budgetBand,
      },
      partnersNeeded: p.partnersNeeded,
      conditions: {
        worksInShelter: p.conditions.worksInShelter,
        needsPower: p.conditions.needsPower,
        needsInternet: p.conditions.needsInternet,
        securityContext: p.conditions.securityContext,
      },
      safeguarding: {
        consentRequired: p.safeguarding.consentRequired,
        noPhotosOfChildren: p.safeguarding.noPhotosOfChildren,
        psychologistNeeded: p.safeguarding.psychologistNeeded,
        notesUk: p.safeguarding.notesUk ?? null,
      },
      evidenceLevel: p.evidenceLevel,
      licence: p.licence,
      publishedAt: p.publishedAt ?? null,
      updatedAt: p.updatedAt,
      originOrganizationId: p.originOrganization?.id ?? null,
      adaptedFromId: p.adaptedFrom?.id ?? null,
    });
  }
}
