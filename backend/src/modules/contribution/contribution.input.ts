import { Field, InputType, Int, ObjectType } from 'type-graphql';
import {
  BudgetBandEnum,
  EvidenceLevelEnum,
  ImpactStoryKindEnum,
  LicenceEnum,
  PartnerRoleEnum,
  SecurityContextEnum,
} from '../../graphql/enums.js';
import type { BudgetBand, EvidenceLevel, ImpactStoryKind, Licence, PartnerRole, SecurityContext } from '../catalog/catalog.limits.js';

// The shapes of contributed content, each class both the input an editor sends and the output type it
// reads back (`Contribution.content`, pending changes, the review queue's proposals): one shape, so the
// web app's generated types carry it both ways. Their rules (lengths, required, ranges) are the features'
// *.content.ts, shared with the seed catalogue, so these classes carry types only.

@ObjectType('GroupSizeContent')
@InputType('GroupSizeInput')
export class GroupSizeInput {
  @Field(() => Int) min!: number;
  @Field(() => Int) max!: number;
}

@ObjectType('StepContent')
@InputType('StepInput')
export class StepInput {
  @Field(() => String) titleUk!: string;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) detailsUk?: string | null;
}

@ObjectType('ResourcesContent')
@InputType('ResourcesInput')
export class ResourcesInput {
  @Field(() => Int) staff!: number;
  @Field(() => Int) volunteers!: number;
  @Field(() => [String], { nullable: true }) materialsUk?: string[] | null;
  @Field(() => BudgetBandEnum) budgetBand!: BudgetBand;
}

@ObjectType('ConditionsContent')
@InputType('ConditionsInput')
export class ConditionsInput {
  @Field(() => Boolean) worksInShelter!: boolean;
  @Field(() => Boolean) needsPower!: boolean;
  @Field(() => Boolean) needsInternet!: boolean;
  @Field(() => SecurityContextEnum) securityContext!: SecurityContext;
}

@ObjectType('SafeguardingContent')
@InputType('SafeguardingInput')
export class SafeguardingInput {
  @Field(() => Boolean) consentRequired!: boolean;
  @Field(() => Boolean) noPhotosOfChildren!: boolean;
  @Field(() => Boolean) psychologistNeeded!: boolean;
  @Field(() => String, { nullable: true }) notesUk?: string | null;
}

@ObjectType('PracticeContent', { description: 'A practice as its authors write it. Long texts are Markdown.' })
@InputType('PracticeContentInput', { description: 'A practice as its authors write it. Long texts are Markdown.' })
export class PracticeContentInput {
  @Field(() => String) titleUk!: string;
  @Field(() => String, { nullable: true }) titleEn?: string | null;
  @Field(() => String) summaryUk!: string;
  @Field(() => String, { nullable: true }) summaryEn?: string | null;
  @Field(() => String) descriptionUk!: string;
  @Field(() => String, { nullable: true }) descriptionEn?: string | null;
  @Field(() => [String], { description: 'Theme slugs, 1–3; the first is the main one.' }) themes!: string[];
  @Field(() => [String]) goals!: string[];
  @Field(() => [String], { description: 'Audience slugs.' }) audiences!: string[];
  @Field(() => [String], { description: 'Format slugs.' }) formats!: string[];
  @Field(() => GroupSizeInput, { nullable: true }) groupSize?: GroupSizeInput | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => [StepInput]) steps!: StepInput[];
  @Field(() => ResourcesInput) resources!: ResourcesInput;
  @Field(() => [PartnerRoleEnum], { nullable: true }) partnersNeeded?: PartnerRole[] | null;
  @Field(() => ConditionsInput) conditions!: ConditionsInput;
  @Field(() => SafeguardingInput) safeguarding!: SafeguardingInput;
  @Field(() => EvidenceLevelEnum) evidenceLevel!: EvidenceLevel;
  @Field(() => String, { description: 'Slug of the organisation the practice comes from.' }) originOrganization!: string;
  @Field(() => String, { nullable: true, description: 'Slug of the published practice this one adapts.' })
  adaptedFrom?: string | null;
  @Field(() => LicenceEnum, { nullable: true }) licence?: Licence | null;
}

@ObjectType('AppliedPracticeContent')
@InputType('AppliedPracticeInput')
export class AppliedPracticeInput {
  @Field(() => String, { description: 'Slug of a published practice.' }) practice!: string;
  @Field(() => String, { nullable: true, description: 'What was adapted.' }) adaptationUk?: string | null;
}

@ObjectType('PeriodContent')
@InputType('PeriodInput')
export class PeriodInput {
  @Field(() => String, { description: 'YYYY-MM-DD' }) start!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; empty while ongoing.' }) end?: string | null;
}

@ObjectType('ParticipantsContent')
@InputType('ParticipantsInput')
export class ParticipantsInput {
  @Field(() => [String], { description: 'Audience slugs.' }) audiences!: string[];
  @Field(() => Int) count!: number;
}

@ObjectType('OutcomeContent')
@InputType('OutcomeInput')
export class OutcomeInput {
  @Field(() => String) labelUk!: string;
  @Field(() => Number) value!: number;
  @Field(() => String) unitUk!: string;
}

@ObjectType('ImpactStoryContent')
@InputType('ImpactStoryInput')
export class ImpactStoryInput {
  @Field(() => ImpactStoryKindEnum) kind!: ImpactStoryKind;
  @Field(() => String) textUk!: string;
  @Field(() => String, { nullable: true, description: 'A role, never a private name.' }) attributionUk?: string | null;
  @Field(() => Boolean, { description: 'Shown publicly only when true.' }) consentGiven!: boolean;
}

@ObjectType('CaseStudyContent', { description: 'A case study as its authors write it. Long texts are Markdown.' })
@InputType('CaseStudyContentInput', { description: 'A case study as its authors write it. Long texts are Markdown.' })
export class CaseStudyContentInput {
  @Field(() => String) titleUk!: string;
  @Field(() => String, { nullable: true }) titleEn?: string | null;
  @Field(() => String) summaryUk!: string;
  @Field(() => String, { nullable: true }) summaryEn?: string | null;
  @Field(() => [AppliedPracticeInput]) practices!: AppliedPracticeInput[];
  @Field(() => String, { description: 'Slug of the organisation that did the work.' }) organization!: string;
  @Field(() => [String], { nullable: true }) partnerOrganizations?: string[] | null;
  @Field(() => PeriodInput) period!: PeriodInput;
  @Field(() => String) needUk!: string;
  @Field(() => String) whatWasDoneUk!: string;
  @Field(() => ParticipantsInput) participants!: ParticipantsInput;
  @Field(() => [String], { nullable: true }) fundersUk?: string[] | null;
  @Field(() => Int, { nullable: true }) budgetUah?: number | null;
  @Field(() => Int, { nullable: true }) volunteers?: number | null;
  @Field(() => String, { nullable: true }) challengesUk?: string | null;
  @Field(() => [OutcomeInput], { nullable: true }) outcomes?: OutcomeInput[] | null;
  @Field(() => [ImpactStoryInput], { nullable: true }) impactStories?: ImpactStoryInput[] | null;
  @Field(() => String, { nullable: true }) adviceUk?: string | null;
}

@InputType()
export class FollowUpInput {
  @Field(() => Int, { description: '3, 6 or 12.' }) monthsAfter!: number;
  @Field(() => String, { description: 'YYYY-MM-DD' }) recordedOn!: string;
  @Field(() => String) textUk!: string;
}

/** These inputs are checked by contribution.rules.ts (shared with the seed data), not by class-validator. */
export const NO_CLASS_VALIDATION = { validate: false } as const;
