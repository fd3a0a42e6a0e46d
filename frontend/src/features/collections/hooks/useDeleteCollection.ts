import { useMutation } from '@apollo/client/react';
import { DELETE_COLLECTION } from '../graphql/collection.mutations';

/** Deletes a collection and drops it from every list in the cache. */
export function useDeleteCollection() {
  return useMutation(DELETE_COLLECTION, {
    update(cache, { data }, { variables }) {
      if (!data?.deleteCollection || !variables) return;
      cache.evict({ id: cache.identify({ __typename: 'Collection', id: variables.id }) });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myCollections' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'collections' });
      cache.gc();
    },
  });
}
