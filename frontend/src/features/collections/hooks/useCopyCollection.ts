import { useIdempotentMutation } from '@/shared/outbox/useIdempotentMutation';
import { COPY_COLLECTION } from '../graphql/collection.mutations';

/** A private copy of a public (by id) or unlisted (by share token) collection, owned by the caller. */
export function useCopyCollection() {
  return useIdempotentMutation(COPY_COLLECTION, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myCollections' });
    },
  });
}
