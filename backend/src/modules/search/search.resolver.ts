import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CommunityType } from '../geography/community.type.js';
import { OrganizationType } from '../organization/organization.type.js';
import { ThemeType } from '../taxonomy/taxonomy.type.js';
import type { Facet, SearchSort } from './search-index.js';
import { SearchFacetEnum, SearchFilters, SearchSortEnum, SearchTypeEnum } from './search.input.js';
import { SearchService } from './search.service.js';
import { SearchHitType, SearchResultType } from './search.type.js';
import { loadAll } from '../../graphql/batch-loaders.js';

@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => SearchResultType, {
    description:
      'Full-text search over published practices and case studies, with facet counts. An empty query browses. ' +
      'Word forms, typos, transliteration and synonyms are understood. Public.',
  })
  async search(
    @Ctx() { em, search }: Context,
    @Arg('query', () => String, { nullable: true }) query?: string | null,
    @Arg('filters', () => SearchFilters, { nullable: true }) filters?: SearchFilters | null,
    @Arg('type', () => SearchTypeEnum, { nullable: true, description: 'Only practices or only case studies.' })
    type?: SearchTypeEnum | null,
    @Arg('sort', () => SearchSortEnum, { nullable: true }) sort?: SearchSortEnum | null,
    @Arg('page', () => Int, { nullable: true, description: 'From 1.' }) page?: number | null,
    @Arg('pageSize', () => Int, { nullable: true, description: '1–100, default 20.' }) pageSize?: number | null,
    @Arg('facets', () => [SearchFacetEnum], { nullable: true, description: 'Facets to count; all by default.' }) facets?: Facet[] | null,
    @Arg('exact', () => Boolean, { nullable: true, description: 'True searches exactly what was typed, without correcting typos.' })
    exact?: boolean | null,
  ): Promise<SearchResultType> {
    return new SearchService(em, search).search({ query, filters, type, sort: sort as SearchSort | null, page, pageSize, facets, exact });
  }

  @FieldResolver(() => [ThemeType])
  async themes(@Root() hit: SearchHitType, @Ctx() { loaders }: Context): Promise<ThemeType[]> {
    const rows = await loadAll(loaders.theme, hit.themeSlugs);
    return rows.filter((r) => !!r).map((r) => ThemeType.fromTerm(r as { slug: string; nameUk: string; nameEn: string }));
  }

  @FieldResolver(() => OrganizationType, { nullable: true })
  async organization(@Root() hit: SearchHitType, @Ctx() { loaders }: Context): Promise<OrganizationType | null> {
    if (!hit.organizationSlug) return null;
    const row = await loaders.organizationBySlug.load(hit.organizationSlug);
    return row ? OrganizationType.from(row) : null;
  }

  @FieldResolver(() => CommunityType, { nullable: true, description: 'The community of the organisation.' })
  async community(@Root() hit: SearchHitType, @Ctx() { loaders }: Context): Promise<CommunityType | null> {
    if (!hit.organizationSlug) return null;
    const org = await loaders.organizationBySlug.load(hit.organizationSlug);
    if (!org?.community) return null;
    const row = await loaders.community.load(org.community.id);
    return row ? CommunityType.from(row) : null;
  }
}
