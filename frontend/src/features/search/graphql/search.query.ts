import { graphql } from '@/gql';

export const SEARCH_QUERY = graphql(`
  query Search($query: String, $filters: SearchFilters, $sort: SearchSort, $page: Int, $pageSize: Int, $exact: Boolean) {
    search(query: $query, filters: $filters, sort: $sort, page: $page, pageSize: $pageSize, exact: $exact) {
      total
      correctedQuery
      totalIsExact
      page
      pageSize
      facets {
        ...SearchFacets_facet
      }
      hits {
        ...SearchHitCard_hit
      }
    }
  }
`);
