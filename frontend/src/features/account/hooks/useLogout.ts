import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/**
 * Signs out, then empties the cache and asks again for what is on screen (`me` now answers null),
 * so nothing private outlives the session.
 */
export function useLogout() {
  const client = useApolloClient();
  const [mutate, result] = useMutation(LOGOUT);
  const logout = async () => {
    await mutate();
    await client.resetStore();
  };
  return [logout, result] as const;
}
