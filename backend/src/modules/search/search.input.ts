import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { SLUG_LIST, SLUG_PATTERN } from '../catalog/catalog.limits.js';
import { FACETS } from './search-index.js';

export enum SearchTypeEnum {
  PRACTICE = 'practice',
  CASE_STUDY = 'case_study',
}
registerEnumType(SearchTypeEnum, { name: 'SearchType' });

export enum SearchSortEnum {
  RELEVANCE = 'relevance',
  NEWEST = 'newest',
  ADOPTIONS = 'adoptions',
}
registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'RELEVANCE (default when there is a query), NEWEST, or ADOPTIONS (tried in most communities).',
});

export const SearchFacetEnum = Object.fromEntries(FACETS.map((f) => [f.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), f])) as Record<
  string,
  (typeof FACETS)[number]
>;
registerEnumType(SearchFacetEnum, { name: 'SearchFacet' });

const slugs = () => [IsOptional(), ArrayMaxSize(30), Matches(SLUG_PATTERN, SLUG_LIST)];
function Slugs(): PropertyDecorator {
  return (target, key) => slugs().forEach((d) => d(target, key));
}

/** Filters: OR within one field, AND across fields. Values are slugs or enum values as in facets. */
@InputType('SearchFilters')
export class SearchFilters {
  @Field(() => [SearchTypeEnum], { nullable: true })
  @IsOptional()
  type?: SearchTypeEnum[] | null;

  @Field(() => [String], { nullable: true })
  @Slugs()
  themes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Slugs()
  audiences?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Slugs()
  formats?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Slugs()
  oblast?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'frontline, rear or other' })
  @Slugs()
  communityKind?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Organisation slugs.' })
  @Slugs()
  organization?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'described, documented, evaluated or replicated' })
  @Slugs()
  evidenceLevel?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'works_in_shelter, no_power_needed, no_internet_needed' })
  @IsOptional()
  @ArrayMaxSize(3)
  conditions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'uk or en: records with a text in that language.' })
  @IsOptional()
  @ArrayMaxSize(2)
  languages?: string[] | null;
}
