import { useMutation } from '@apollo/client/react';
import { UPDATE_COLLECTION } from '../graphql/collection.mutations';

/** Title, description and visibility, sent with the version last read (a stale one gives CONFLICT). */
export function useUpdateCollection() {
  return useMutation(UPDATE_COLLECTION);
}
