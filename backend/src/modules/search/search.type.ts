import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SearchFacetEnum, SearchTypeEnum } from './search.input.js';
import type { Facet, SearchType } from './search-index.js';

@ObjectType('SearchHighlights', {
  description: 'HTML where <mark>…</mark> around matched words is the only markup; all other text is escaped.',
})
export class SearchHighlightsType {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true, description: 'A passage of the long text around the first match, when the match is there.' })
  snippet!: string | null;
}

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => SearchTypeEnum)
  type!: SearchType;

  @Field(() => ID, { description: 'The id of the practice or case study.' })
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String, { description: 'Plain text.' })
  title!: string;

  @Field(() => String, { description: 'Plain text.' })
  summary!: string;

  @Field(() => SearchHighlightsType)
  highlights!: SearchHighlightsType;

  themeSlugs!: string[];
  organizationSlug!: string | null;
}

@ObjectType('SearchFacetValue')
export class SearchFacetValueType {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  labelUk!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SearchFacetCounts')
export class SearchFacetCountsType {
  @Field(() => SearchFacetEnum)
  facet!: Facet;

  @Field(() => String)
  labelUk!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => [SearchFacetValueType], { description: 'Values with at least one match, most frequent first.' })
  values!: SearchFacetValueType[];
}

@ObjectType('SearchResult')
export class SearchResultType {
  @Field(() => [SearchHitType])
  hits!: SearchHitType[];

  @Field(() => [SearchFacetCountsType])
  facets!: SearchFacetCountsType[];

  @Field(() => Int, { description: 'Matching records in all pages (a lower bound when totalIsExact is false).' })
  total!: number;

  @Field(() => Boolean, { description: 'False when the engine stopped counting at its cap: show "10 000+".' })
  totalIsExact!: boolean;

  @Field(() => Boolean, { description: 'False when facet counts are estimates (very broad searches).' })
  facetsAreExact!: boolean;

  @Field(() => Int)
  page!: number;

  @Field(() => Int)
  pageSize!: number;

  @Field(() => Float, { description: 'Milliseconds the engine took.' })
  tookMs!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The query with its typos corrected, when the results are for a corrected query; null otherwise. Search with exact: true for what was typed.',
  })
  correctedQuery!: string | null;
}
