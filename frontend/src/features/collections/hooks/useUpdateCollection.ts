import { useMutation } from '@apollo/client/react';
import { UPDATE_COLLECTION } from '../graphql/collection.mutations';

/** Title, description and visibility, sent with the version last read (a stale one gives CONFLICT). */
export function useUpdateCollection() {
  return useMutation(UPDATE_COLLECTION, {
    update(cache) {
      // A change of visibility moves it in or out of the public list.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'collections' });
    },
  });
}
