/** GraphQL documents the collection tests send, written as the web app would. */
export const FIELDS = `id slug titleUk titleEn descriptionUk visibility version shareToken viewerCanEdit viewerCanManage
  curator { displayName userId } coCurators { displayName userId }
  items { id position noteUk target { __typename ... on Practice { id slug } ... on CaseStudy { id slug } } }`;

export const CREATE = `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateCollectionInput!) { updateCollection(id: $id, input: $input) { ${FIELDS} } }`;
export const DELETE = `mutation($id: ID!) { deleteCollection(id: $id) }`;
export const ADD_CO = `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { ${FIELDS} } }`;
export const REMOVE_CO = `mutation($id: ID!, $userId: ID!) { removeCollectionCoCurator(collectionId: $id, userId: $userId) { ${FIELDS} } }`;
export const ADD_ITEM = `mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { ${FIELDS} } }`;
export const NOTE = `mutation($input: UpdateCollectionItemNoteInput!) { updateCollectionItemNote(input: $input) { ${FIELDS} } }`;
export const REMOVE_ITEM = `mutation($id: ID!) { removeCollectionItem(itemId: $id) { ${FIELDS} } }`;
export const MOVE = `mutation($id: ID!, $position: Int!) { moveCollectionItem(itemId: $id, position: $position) { ${FIELDS} } }`;
export const COPY = `mutation($id: ID, $token: String) { copyCollection(collectionId: $id, shareToken: $token) { ${FIELDS} } }`;
export const BY_SLUG = `query($slug: String!) { collection(slug: $slug) { ${FIELDS} } }`;
export const SHARED = `query($token: String!) { sharedCollection(token: $token) { ${FIELDS} } }`;
export const MINE = `{ myCollections { id slug visibility } }`;
export const LIST = `{ collections { id slug } }`;

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

/** The error code and field of the first error, for compact assertions. */
export const failure = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
  code: res.errors?.[0]?.extensions?.code,
  field: res.errors?.[0]?.extensions?.field ?? (res.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.[0]?.field,
});
