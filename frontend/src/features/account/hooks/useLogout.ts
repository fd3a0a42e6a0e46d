import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { ME_QUERY } from '../graphql/me.query';

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/** Signs out and forgets everything cached for the account, so no private data outlives the session. */
export function useLogout() {
  const client = useApolloClient();
  return useMutation(LOGOUT, {
    async onCompleted() {
      await client.clearStore();
      client.writeQuery({ query: ME_QUERY, data: { me: null } });
    },
  });
}
