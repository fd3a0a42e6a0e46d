import { graphql } from '@/gql';

export const CREATE_COLLECTION = graphql(`
  mutation CreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const UPDATE_COLLECTION = graphql(`
  mutation UpdateCollection($id: ID!, $input: UpdateCollectionInput!) {
    updateCollection(id: $id, input: $input) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const DELETE_COLLECTION = graphql(`
  mutation DeleteCollection($id: ID!) {
    deleteCollection(id: $id)
  }
`);

export const COPY_COLLECTION = graphql(`
  mutation CopyCollection($collectionId: ID, $shareToken: String) {
    copyCollection(collectionId: $collectionId, shareToken: $shareToken) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const ADD_COLLECTION_ITEM = graphql(`
  mutation AddCollectionItem($input: AddCollectionItemInput!) {
    addCollectionItem(input: $input) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const MOVE_COLLECTION_ITEM = graphql(`
  mutation MoveCollectionItem($itemId: ID!, $position: Int!) {
    moveCollectionItem(itemId: $itemId, position: $position) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const UPDATE_COLLECTION_ITEM_NOTE = graphql(`
  mutation UpdateCollectionItemNote($input: UpdateCollectionItemNoteInput!) {
    updateCollectionItemNote(input: $input) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const REMOVE_COLLECTION_ITEM = graphql(`
  mutation RemoveCollectionItem($itemId: ID!) {
    removeCollectionItem(itemId: $itemId) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const ADD_CO_CURATOR = graphql(`
  mutation AddCollectionCoCurator($collectionId: ID!, $email: String!) {
    addCollectionCoCurator(collectionId: $collectionId, email: $email) {
      id
      ...CollectionDetails_collection
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const REMOVE_CO_CURATOR = graphql(`
  mutation RemoveCollectionCoCurator($collectionId: ID!, $userId: ID!) {
    removeCollectionCoCurator(collectionId: $collectionId, userId: $userId) {
      id
      ...CollectionDetails_collection
    }
  }
`);
