import { useMutation } from '@apollo/client/react';
import { REVOKE_INVITATION } from '../graphql/collection.mutations';

/** Takes back an invitation not yet answered; it leaves every list that showed it. */
export function useRevokeInvitation() {
  return useMutation(REVOKE_INVITATION, {
    update(cache, _result, { variables }) {
      if (!variables) return;
      cache.evict({ id: cache.identify({ __typename: 'SentInvitation', id: variables.id }) });
      cache.gc();
    },
  });
}
