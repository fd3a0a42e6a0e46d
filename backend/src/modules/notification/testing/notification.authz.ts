import { signedIn } from '../../../test-support/accounts.js';
import type { AuthzCase, AuthzSetup } from '../../../test-support/authz.js';
import { buildOwnedCollection } from '../../../test-support/factories.js';

/**
 * Authorization of notifications (see test-support/authz.ts): every signed-in person reads and marks
 * their own, nobody else's. That "own only" is checked in notification.resolver.test.ts; here each
 * cell checks who may call at all. The owner gets a notification first (a co-curator invitation).
 */
const SIGNED_IN = ['librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner'] as const;

async function ownerNotified({ app, owner }: AuthzSetup) {
  const em = app.orm.em.fork();
  const curator = await signedIn(app, 'trainer');
  const collection = await buildOwnedCollection(em, curator.user!, []);
  const res = await curator.gql(`mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { id } }`, {
    id: collection.id,
    email: owner.user!.email,
  });
  if (res.errors) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
}

export const notificationAuthzCases: AuthzCase[] = [
  {
    field: 'notifications',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    async setup(s) {
      await ownerNotified(s);
      return { query: `{ notifications(first: 5) { totalCount edges { node { id } } } }` };
    },
  },
  {
    field: 'unreadNotificationCount',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    async setup(s) {
      await ownerNotified(s);
      return { query: `{ unreadNotificationCount }` };
    },
  },
  {
    field: 'markNotificationsRead',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    async setup(s) {
      await ownerNotified(s);
      return { query: `mutation { markNotificationsRead }` };
    },
  },
];
