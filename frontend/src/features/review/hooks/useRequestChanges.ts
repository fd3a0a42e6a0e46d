import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { leaveQueue } from './leave-queue';

const REQUEST_CHANGES = graphql(`
  mutation RequestChanges($id: ID!, $comment: String!) {
    requestChanges(id: $id, comment: $comment) {
      id
      outcome
      comment
      decidedAt
    }
  }
`);

/** Sends a submission back to its authors with the moderator's comment. The queue is asked again afterwards. */
export function useRequestChanges() {
  return useMutation(REQUEST_CHANGES, { update: leaveQueue });
}
