import { useIdempotentMutation } from '@/shared/outbox/useIdempotentMutation';
import { graphql } from '@/gql';

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
  return useIdempotentMutation(SAVE_TO_MY_LIST);
}
