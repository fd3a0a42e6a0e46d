import { useMutation } from '@apollo/client/react';
import { ADD_CO_CURATOR } from '../graphql/collection.mutations';

/** Invites a signed-up user, by email, to co-curate. */
export function useAddCoCurator() {
  return useMutation(ADD_CO_CURATOR);
}
