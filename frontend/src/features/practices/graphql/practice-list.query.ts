import { graphql } from '@/gql';

/** A page of published practices, newest first, with what each card needs. */
export const PRACTICE_LIST_QUERY = graphql(`
  query PracticeList($first: Int!, $after: String, $filter: PracticeFilter) {
    practices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          ...PracticeCard_practice
        }
      }
    }
  }
`);

/** Where a page of the list starts: the cursor after the practices of the pages before it. */
export const PRACTICE_LIST_START_QUERY = graphql(`
  query PracticeListStart($first: Int!, $filter: PracticeFilter) {
    practices(first: $first, filter: $filter) {
      pageInfo {
        endCursor
      }
    }
  }
`);

/** The themes the list can be narrowed to. */
export const PRACTICE_LIST_THEMES_QUERY = graphql(`
  query PracticeListThemes {
    themes {
      slug
      nameUk
      nameEn
    }
  }
`);
