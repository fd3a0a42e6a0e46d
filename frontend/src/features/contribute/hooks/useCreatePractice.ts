import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const CREATE_PRACTICE = graphql(`
  mutation CreatePractice($input: PracticeContentInput!) {
    createPractice(input: $input) {
      ...ContributionState_contribution
    }
  }
`);

/** Starts a practice as a draft. */
export function useCreatePractice() {
  return useMutation(CREATE_PRACTICE);
}
