import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const WITHDRAW_SUBMISSION = graphql(`
  mutation WithdrawSubmission($type: RecordType!, $id: ID!) {
    withdrawSubmission(type: $type, id: $id) {
      ...ContributionState_contribution
    }
  }
`);

/** Takes a submission back from review to edit it again. */
export function useWithdrawSubmission() {
  return useMutation(WITHDRAW_SUBMISSION);
}
