import { useMutation } from '@apollo/client/react';
import { MOVE_COLLECTION_ITEM } from '../graphql/collection.mutations';

/** Moves an item to a position (1 = first); the page shows the order the API answers with. */
export function useMoveCollectionItem() {
  return useMutation(MOVE_COLLECTION_ITEM);
}
