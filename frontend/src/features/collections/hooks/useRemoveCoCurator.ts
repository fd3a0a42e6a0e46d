import { useMutation } from '@apollo/client/react';
import { REMOVE_CO_CURATOR } from '../graphql/collection.mutations';

/** Removes a co-curator (by the id the owner sees). */
export function useRemoveCoCurator() {
  return useMutation(REMOVE_CO_CURATOR);
}
