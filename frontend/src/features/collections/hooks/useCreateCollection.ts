import { useMutation } from '@apollo/client/react';
import { CREATE_COLLECTION } from '../graphql/collection.mutations';
import { ADD_TARGETS_QUERY, MY_COLLECTIONS_QUERY } from '../graphql/collection.queries';

/** Creates a collection owned by the caller; the list of my collections is fetched again. */
export function useCreateCollection() {
  return useMutation(CREATE_COLLECTION, { refetchQueries: [MY_COLLECTIONS_QUERY, ADD_TARGETS_QUERY] });
}
