import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { CommunityKindEnum, EvidenceLevelEnum } from '../../graphql/enums.js';
import { SLUG_LIST, SLUG_PATTERN, type CommunityKind, type EvidenceLevel } from '../catalog/catalog.limits.js';

export enum PracticeOrder {
  NEWEST = 'NEWEST',
  TITLE = 'TITLE',
}
registerEnumType(PracticeOrder, {
  name: 'PracticeOrder',
  description: 'NEWEST: most recently published first. TITLE: by Ukrainian title.',
});

/** Filters combine with AND across fields and OR within one field. */
@InputType('PracticeFilter')
export class PracticeFilter {
  @Field(() => [String], { nullable: true, description: 'Theme slugs; a practice matches if it has any of them.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  themes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Audience slugs.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  audiences?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Format slugs.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  formats?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Oblast slugs of the origin organisation's community." })
  @IsOptional()
  @ArrayMaxSize(30)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  oblasts?: string[] | null;

  @Field(() => [CommunityKindEnum], { nullable: true, description: "Kind of the origin organisation's community." })
  @IsOptional()
  communityKinds?: CommunityKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Origin organisation slugs.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  organizations?: string[] | null;

  @Field(() => [EvidenceLevelEnum], { nullable: true })
  @IsOptional()
  evidenceLevels?: EvidenceLevel[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only practices that work in a shelter.' })
  @IsOptional()
  worksInShelter?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only practices that need no power.' })
  @IsOptional()
  needsNoPower?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only practices that need no internet.' })
  @IsOptional()
  needsNoInternet?: boolean | null;
}
