import { useMutation } from '@apollo/client/react';
import { UPDATE_COLLECTION_ITEM_NOTE } from '../graphql/collection.mutations';

/** Saves (or, when empty, clears) the curator's note of one item. */
export function useUpdateCollectionItemNote() {
  return useMutation(UPDATE_COLLECTION_ITEM_NOTE);
}
