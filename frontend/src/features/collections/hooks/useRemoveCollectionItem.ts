import { useMutation } from '@apollo/client/react';
import { REMOVE_COLLECTION_ITEM } from '../graphql/collection.mutations';

/** Takes an item out of its collection. */
export function useRemoveCollectionItem() {
  return useMutation(REMOVE_COLLECTION_ITEM);
}
