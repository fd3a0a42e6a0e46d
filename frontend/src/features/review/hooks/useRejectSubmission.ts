import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { leaveQueue } from './leave-queue';

const REJECT_SUBMISSION = graphql(`
  mutation RejectSubmission($id: ID!, $reason: String!) {
    rejectSubmission(id: $id, reason: $reason) {
      id
      outcome
      comment
      decidedAt
    }
  }
`);

/** Rejects a submission with the reason. The queue is asked again afterwards. */
export function useRejectSubmission() {
  return useMutation(REJECT_SUBMISSION, { update: leaveQueue });
}
