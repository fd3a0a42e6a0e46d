import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

const SET_MY_ORGANIZATION = graphql(`
  mutation SetMyOrganization($organization: String!) {
    updateMyProfile(input: { organization: $organization }) {
      ...Me_account
    }
  }
`);

/** Sets the organisation on the user's profile; the cached account (`me`) updates with it. */
export function useSetMyOrganization() {
  return useMutation(SET_MY_ORGANIZATION);
}
