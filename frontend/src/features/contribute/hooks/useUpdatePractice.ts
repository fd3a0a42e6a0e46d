import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const UPDATE_PRACTICE = graphql(`
  mutation UpdatePractice($id: ID!, $version: Int!, $input: PracticeContentInput!) {
    updatePractice(id: $id, version: $version, input: $input) {
      ...ContributionState_contribution
    }
  }
`);

/** Saves a practice draft, or a published practice's pending changes. */
export function useUpdatePractice() {
  return useMutation(UPDATE_PRACTICE);
}
