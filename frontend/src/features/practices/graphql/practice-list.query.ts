import { graphql } from '../../../gql';

/** A page of published practices, newest first, with what each card needs. */
export const PRACTICE_LIST_QUERY = graphql(`
  query PracticeList($first: Int!, $after: String) {
    practices(first: $first, after: $after) {
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
