import type { AuthzCase, AuthzSetup } from '../../../test-support/authz.js';
import { buildUser } from '../../../test-support/accounts.js';
import { buildBarePractice, buildOwnedCollection } from '../../../test-support/factories.js';
import type { CollectionVisibility } from '../../catalog/catalog.limits.js';
import { CollectionCoCurator } from '../collection.entity.js';

/** A fresh collection of the cell's owner with `items` published practices. */
async function ownedCollection({ app, owner }: AuthzSetup, visibility: CollectionVisibility, items = 1) {
  const em = app.orm.em.fork();
  const practices = [];
  for (let i = 0; i < items; i++) practices.push(await buildBarePractice(em));
  const collection = await buildOwnedCollection(em, owner.user!, practices, { visibility });
  const itemIds = collection.items.getItems().map((i) => i.id);
  return { em, collection, itemIds };
}

// The owner, the non-owner and the co-curator are trainers: what tells them apart is the collection.
const CURATORS_AND_OWNERS = ['trainer', 'admin', 'owner', 'nonOwner', 'coCurator'] as const;
/** What the service reserves to the owner (and admins): the collection's fields, visibility, co-curators, deletion. */
const OWNER_OR_ADMIN = ['owner', 'admin'] as const;
/** Items and their notes: co-curators too. */
const CURATORS_OF_IT = ['owner', 'coCurator', 'admin'] as const;
const SIGNED_IN = ['librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner', 'coCurator'] as const;
const EVERYONE = ['anonymous', ...SIGNED_IN] as const;

/**
 * Who may run each collection operation. Most mutations target a public collection, so a refusal is
 * FORBIDDEN; the private ones' rows show the same callers told it does not exist (NOT_FOUND), except
 * a co-curator, who sees it and is refused.
 */
export const collectionAuthzCases: AuthzCase[] = [
  {
    field: 'createCollection',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: CURATORS_AND_OWNERS,
    setup: async () => ({
      query: `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id } }`,
      variables: { input: { titleUk: 'Добірка до семінару' } },
    }),
  },
  {
    field: 'updateCollection',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: OWNER_OR_ADMIN,
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'public');
      return {
        query: `mutation($id: ID!, $input: UpdateCollectionInput!) { updateCollection(id: $id, input: $input) { id } }`,
        variables: { id: collection.id, input: { version: collection.version, titleUk: 'Нова назва' } },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'deleteCollection',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: OWNER_OR_ADMIN,
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'public');
      return { query: `mutation($id: ID!) { deleteCollection(id: $id) }`, variables: { id: collection.id }, collectionId: collection.id };
    },
  },
  {
    field: 'updateCollection',
    kind: 'mutation',
    ownerRole: 'trainer',
    // Visibility alone: a co-curator may not show a collection to more people, or fewer, than its owner chose.
    allowed: OWNER_OR_ADMIN,
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'public');
      return {
        query: `mutation($id: ID!, $input: UpdateCollectionInput!) { updateCollection(id: $id, input: $input) { id } }`,
        variables: { id: collection.id, input: { version: collection.version, visibility: 'UNLISTED' } },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'deleteCollection',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: OWNER_OR_ADMIN,
    denial: 'hidden',
    seesTarget: ['coCurator'],
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'private');
      return { query: `mutation($id: ID!) { deleteCollection(id: $id) }`, variables: { id: collection.id }, collectionId: collection.id };
    },
  },
  {
    field: 'addCollectionCoCurator',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: OWNER_OR_ADMIN,
    setup: async (s) => {
      const { em, collection } = await ownedCollection(s, 'public');
      const invited = await buildUser(em);
      return {
        query: `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { id } }`,
        variables: { id: collection.id, email: invited.email },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'removeCollectionCoCurator',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: OWNER_OR_ADMIN,
    setup: async (s) => {
      const { em, collection } = await ownedCollection(s, 'public');
      const coCurator = await buildUser(em);
      em.create(CollectionCoCurator, { collection, user: coCurator });
      await em.flush();
      return {
        query: `mutation($id: ID!, $userId: ID!) { removeCollectionCoCurator(collectionId: $id, userId: $userId) { id } }`,
        variables: { id: collection.id, userId: coCurator.id },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'addCollectionItem',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    setup: async (s) => {
      const { em, collection } = await ownedCollection(s, 'public');
      const practice = await buildBarePractice(em);
      return {
        query: `mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }`,
        variables: { input: { collectionId: collection.id, practiceId: practice.id, noteUk: 'Почніть з цього.' } },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'addCollectionItem',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    denial: 'hidden',
    setup: async (s) => {
      const { em, collection } = await ownedCollection(s, 'private');
      const practice = await buildBarePractice(em);
      return {
        query: `mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }`,
        variables: { input: { collectionId: collection.id, practiceId: practice.id } },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'updateCollectionItemNote',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    setup: async (s) => {
      const { collection, itemIds } = await ownedCollection(s, 'public');
      return {
        query: `mutation($input: UpdateCollectionItemNoteInput!) { updateCollectionItemNote(input: $input) { id } }`,
        variables: { input: { itemId: itemIds[0], noteUk: 'Інша нотатка' } },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'removeCollectionItem',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    setup: async (s) => {
      const { collection, itemIds } = await ownedCollection(s, 'public');
      return {
        query: `mutation($id: ID!) { removeCollectionItem(itemId: $id) { id } }`,
        variables: { id: itemIds[0] },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'moveCollectionItem',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    setup: async (s) => {
      const { collection, itemIds } = await ownedCollection(s, 'public', 2);
      return {
        query: `mutation($id: ID!) { moveCollectionItem(itemId: $id, position: 1) { id } }`,
        variables: { id: itemIds[1] },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'copyCollection',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: CURATORS_AND_OWNERS,
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'public');
      return {
        query: `mutation($id: ID!) { copyCollection(collectionId: $id) { id } }`,
        variables: { id: collection.id },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'myCollections',
    kind: 'query',
    ownerRole: 'trainer',
    allowed: SIGNED_IN,
    setup: async (s) => {
      await ownedCollection(s, 'private');
      return { query: `{ myCollections { id } }` };
    },
  },
  {
    field: 'mySavedList',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    setup: async () => ({ query: `{ mySavedList { id } }` }),
  },
  {
    field: 'saveToMyList',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    setup: async ({ app }) => {
      const practice = await buildBarePractice(app.orm.em.fork());
      return { query: `mutation($id: ID!) { saveToMyList(practiceId: $id) { id } }`, variables: { id: practice.id } };
    },
  },
  {
    field: 'sharedCollection',
    kind: 'query',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    denial: 'hidden',
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'private');
      return {
        query: `query($t: String!) { sharedCollection(token: $t) { id } }`,
        variables: { t: collection.shareToken },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'collection',
    kind: 'query',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    denial: 'hidden',
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'private');
      return {
        query: `query($slug: String!) { collection(slug: $slug) { id } }`,
        variables: { slug: collection.slug },
        collectionId: collection.id,
      };
    },
  },
  // Unlisted: anyone with the link reads it, but its slug alone shows it to nobody else.
  {
    field: 'sharedCollection',
    kind: 'query',
    ownerRole: 'trainer',
    allowed: EVERYONE,
    denial: 'hidden',
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'unlisted');
      return {
        query: `query($t: String!) { sharedCollection(token: $t) { id } }`,
        variables: { t: collection.shareToken },
        collectionId: collection.id,
      };
    },
  },
  {
    field: 'collection',
    kind: 'query',
    ownerRole: 'trainer',
    allowed: CURATORS_OF_IT,
    denial: 'hidden',
    setup: async (s) => {
      const { collection } = await ownedCollection(s, 'unlisted');
      return {
        query: `query($slug: String!) { collection(slug: $slug) { id } }`,
        variables: { slug: collection.slug },
        collectionId: collection.id,
      };
    },
  },
];
