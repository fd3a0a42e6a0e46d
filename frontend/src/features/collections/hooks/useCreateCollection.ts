import { useIdempotentMutation } from '@/shared/outbox/useIdempotentMutation';
import { CREATE_COLLECTION } from '../graphql/collection.mutations';

/** Creates a collection owned by the caller; every list of my collections is read again when next shown. */
export function useCreateCollection() {
  return useIdempotentMutation(CREATE_COLLECTION, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myCollections' });
    },
  });
}
