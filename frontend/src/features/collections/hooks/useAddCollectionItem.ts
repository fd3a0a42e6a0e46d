import { useIdempotentMutation } from '@/shared/outbox/useIdempotentMutation';
import { ADD_COLLECTION_ITEM } from '../graphql/collection.mutations';

/** Appends a practice or a case study, with an optional note. */
export function useAddCollectionItem() {
  return useIdempotentMutation(ADD_COLLECTION_ITEM);
}
