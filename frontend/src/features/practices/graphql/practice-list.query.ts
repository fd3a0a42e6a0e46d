import { gql, type TypedDocumentNode } from '@apollo/client';
import { PRACTICE_CARD_FRAGMENT, type PracticeCard_practice } from '../components/PracticeCard/PracticeCard.fragment';

export interface PracticeListQuery {
  practices: {
    totalCount: number;
    edges: { node: PracticeCard_practice }[];
  };
}

export interface PracticeListQueryVariables {
  first: number;
}

/** The first page of published practices, newest first, with what each card needs. */
export const PRACTICE_LIST_QUERY: TypedDocumentNode<PracticeListQuery, PracticeListQueryVariables> = gql`
  query PracticeList($first: Int!) {
    practices(first: $first) {
      totalCount
      edges {
        node {
          id
          ...PracticeCard_practice
        }
      }
    }
  }
  ${PRACTICE_CARD_FRAGMENT}
`;
