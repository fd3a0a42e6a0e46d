import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CommunityKindEnum } from '../../graphql/enums.js';
import { SLUG_LIST, SLUG_PATTERN, type CommunityKind } from '../catalog/catalog.limits.js';

/** Filters combine with AND across fields and OR within one field. */
@InputType('CaseStudyFilter')
export class CaseStudyFilter {
  @Field(() => [String], { nullable: true, description: 'Slugs of practices the case study applied.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  practices?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Theme slugs of the applied practices.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  themes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  oblasts?: string[] | null;

  @Field(() => [CommunityKindEnum], { nullable: true })
  @IsOptional()
  communityKinds?: CommunityKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Slugs of the organisations that did the work.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(SLUG_PATTERN, SLUG_LIST)
  organizations?: string[] | null;
}
