import { useMutation } from '@apollo/client/react';
import { COPY_COLLECTION } from '../graphql/collection.mutations';

/** A private copy of a public (by id) or unlisted (by share token) collection, owned by the caller. */
export function useCopyCollection() {
  return useMutation(COPY_COLLECTION, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myCollections' });
    },
  });
}
