import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

const SAVE_TO_MY_LIST = graphql(`
  mutation SaveToMyList($practiceId: ID, $caseStudyId: ID) {
    saveToMyList(practiceId: $practiceId, caseStudyId: $caseStudyId) {
      id
      slug
    }
  }
`);

/** Adds a practice or a case study to the signed-in person's own saved list. */
export function useSaveToMyList() {
  return useMutation(SAVE_TO_MY_LIST);
}
