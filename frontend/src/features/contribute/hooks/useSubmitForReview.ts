import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const SUBMIT_FOR_REVIEW = graphql(`
  mutation SubmitForReview($type: RecordType!, $id: ID!, $note: String) {
    submitForReview(type: $type, id: $id, note: $note) {
      ...ContributionState_contribution
    }
  }
`);

/** Sends a draft or pending changes to the moderators. */
export function useSubmitForReview() {
  return useMutation(SUBMIT_FOR_REVIEW);
}
