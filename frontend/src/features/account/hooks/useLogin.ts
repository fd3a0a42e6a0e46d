import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { ME_QUERY } from '@/shared/session/me.query';

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...Me_account
    }
  }
`);

/** Signs in; the account becomes `me` in the cache, so navigation changes without a refetch. */
export function useLogin() {
  return useMutation(LOGIN, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME_QUERY, data: { me: data.login } });
    },
  });
}
