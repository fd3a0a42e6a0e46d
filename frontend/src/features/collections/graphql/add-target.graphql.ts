import { graphql } from '@/gql';

/** The practice being added, read from the cache (the practice page put it there); the API has no practice-by-id. */
export const ADD_TARGET_PRACTICE_FRAGMENT = graphql(`
  fragment AddToCollection_practice on Practice {
    id
    titleUk
    titleEn
  }
`);

export const ADD_TARGET_CASE_STUDY_QUERY = graphql(`
  query AddToCollectionCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      titleUk
      titleEn
    }
  }
`);
