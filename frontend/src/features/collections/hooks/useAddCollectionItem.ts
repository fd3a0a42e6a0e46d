import { useMutation } from '@apollo/client/react';
import { ADD_COLLECTION_ITEM } from '../graphql/collection.mutations';

/** Appends a practice or a case study, with an optional note. */
export function useAddCollectionItem() {
  return useMutation(ADD_COLLECTION_ITEM);
}
