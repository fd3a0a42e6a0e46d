import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { leaveQueue } from './leave-queue';

const APPROVE_SUBMISSION = graphql(`
  mutation ApproveSubmission($id: ID!, $comment: String) {
    approveSubmission(id: $id, comment: $comment) {
      id
      outcome
      comment
      decidedAt
    }
  }
`);

/** Publishes what was submitted (a new record, changes or a follow-up). The queue is asked again afterwards. */
export function useApproveSubmission() {
  return useMutation(APPROVE_SUBMISSION, { update: leaveQueue });
}
