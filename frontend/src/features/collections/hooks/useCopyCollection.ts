import { useMutation } from '@apollo/client/react';
import { COPY_COLLECTION } from '../graphql/collection.mutations';
import { ADD_TARGETS_QUERY, MY_COLLECTIONS_QUERY } from '../graphql/collection.queries';

/** A private copy of a public (by id) or unlisted (by share token) collection, owned by the caller. */
export function useCopyCollection() {
  return useMutation(COPY_COLLECTION, { refetchQueries: [MY_COLLECTIONS_QUERY, ADD_TARGETS_QUERY] });
}
