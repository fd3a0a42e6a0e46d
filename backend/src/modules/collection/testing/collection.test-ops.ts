import { operation } from '../../../test-support/operations.js';

/** The operations the collection tests send, written as the web app would, typed with their answers. */
export const FIELDS = `id slug titleUk titleEn descriptionUk visibility version shareToken viewerCanEdit viewerCanManage
  curator { displayName userId } coCurators { displayName userId }
  items { id position noteUk target { __typename ... on Practice { id slug } ... on CaseStudy { id slug } } }`;

export const CREATE = operation<{ createCollection: CollectionView }, { input: Record<string, unknown> }>(
  `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { ${FIELDS} } }`,
);
export const UPDATE = operation<{ updateCollection: CollectionView }, { id: string; input: Record<string, unknown> }>(
  `mutation($id: ID!, $input: UpdateCollectionInput!) { updateCollection(id: $id, input: $input) { ${FIELDS} } }`,
);
export const DELETE = operation<{ deleteCollection: boolean }, { id: string }>(`mutation($id: ID!) { deleteCollection(id: $id) }`);
export const ADD_CO = operation<{ addCollectionCoCurator: CollectionView }, { id: string; email: string }>(
  `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { ${FIELDS} } }`,
);
export const REMOVE_CO = operation<{ removeCollectionCoCurator: CollectionView }, { id: string; userId: string }>(
  `mutation($id: ID!, $userId: ID!) { removeCollectionCoCurator(collectionId: $id, userId: $userId) { ${FIELDS} } }`,
);
export const ADD_ITEM = operation<{ addCollectionItem: CollectionView }, { input: Record<string, unknown> }>(
  `mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { ${FIELDS} } }`,
);
export const NOTE = operation<{ updateCollectionItemNote: CollectionView }, { input: Record<string, unknown> }>(
  `mutation($input: UpdateCollectionItemNoteInput!) { updateCollectionItemNote(input: $input) { ${FIELDS} } }`,
);
export const REMOVE_ITEM = operation<{ removeCollectionItem: CollectionView }, { id: string }>(
  `mutation($id: ID!) { removeCollectionItem(itemId: $id) { ${FIELDS} } }`,
);
export const MOVE = operation<{ moveCollectionItem: CollectionView }, { id: string; position: number }>(
  `mutation($id: ID!, $position: Int!) { moveCollectionItem(itemId: $id, position: $position) { ${FIELDS} } }`,
);
export const COPY = operation<{ copyCollection: CollectionView }, { id?: string | null; token?: string | null }>(
  `mutation($id: ID, $token: String) { copyCollection(collectionId: $id, shareToken: $token) { ${FIELDS} } }`,
);
export const BY_SLUG = operation<{ collection: CollectionView | null }, { slug: string }>(
  `query($slug: String!) { collection(slug: $slug) { ${FIELDS} } }`,
);
export const SHARED = operation<{ sharedCollection: CollectionView | null }, { token: string | null }>(
  `query($token: String!) { sharedCollection(token: $token) { ${FIELDS} } }`,
);
export const SAVE = operation<{ saveToMyList: CollectionView }, { p?: string; c?: string }>(
  `mutation($p: ID, $c: ID) { saveToMyList(practiceId: $p, caseStudyId: $c) { ${FIELDS} } }`,
);
export const MY_LIST = operation<{ mySavedList: CollectionView | null }>(`{ mySavedList { ${FIELDS} } }`);
export const MINE = operation<{ myCollections: { id: string; slug: string; visibility: string }[] }>(
  `{ myCollections { id slug visibility } }`,
);
export const LIST = operation<{ collections: { id: string; slug: string }[] }>(`{ collections { id slug } }`);

export interface CollectionView {
  id: string;
  slug: string;
  titleUk: string;
  titleEn: string | null;
  descriptionUk: string;
  visibility: string;
  version: number;
  shareToken: string | null;
  viewerCanEdit: boolean;
  viewerCanManage: boolean;
  curator: { displayName: string; userId: string | null } | null;
  coCurators: { displayName: string; userId: string | null }[];
  items: { id: string; position: number; noteUk: string | null; target: { __typename: string; id: string; slug: string } }[];
}
