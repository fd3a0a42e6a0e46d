import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { ME_QUERY } from '@/shared/session/me.query';

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...Me_account
    }
  }
`);

/** Creates an account, which the API signs in at once; it becomes `me` in the cache. */
export function useRegister() {
  return useMutation(REGISTER, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME_QUERY, data: { me: data.register } });
    },
  });
}
