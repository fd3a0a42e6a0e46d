import type { EntityManager } from '@mikro-orm/postgresql';
import { signedIn, type Caller } from '../../../test-support/accounts.js';
import type { AuthzCase, AuthzSetup } from '../../../test-support/authz.js';
import { buildOwnedCollection } from '../../../test-support/factories.js';
import { Invitation } from '../invitation.entity.js';

/**
 * Rows of the authorization matrix for invitations. An invitation is answered only by its addressee (the
 * row's owner, invited to someone else's collection) and taken back by whoever sent it (the owner inviting
 * to their own collection) or an admin; to anyone else it does not exist.
 */
const SIGNED_IN = ['librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner'] as const;

async function invitationId(em: EntityManager, inviter: Caller, collectionId: string, email: string): Promise<string> {
  const res = await inviter.gql(`mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { id } }`, {
    id: collectionId,
    email,
  });
  if (res.errors) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return (await em.findOneOrFail(Invitation, { recordId: collectionId, email })).id;
}

/** The owner invited to a collection of another trainer; the invitation's id. */
async function ownerInvited({ app, owner }: AuthzSetup): Promise<string> {
  const em = app.orm.em.fork();
  const curator = await signedIn(app, 'trainer');
  const collection = await buildOwnedCollection(em, curator.user!, []);
  return invitationId(em, curator, collection.id, owner.user!.email);
}

export const invitationAuthzCases: AuthzCase[] = [
  {
    field: 'myInvitations',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    async setup(s) {
      await ownerInvited(s);
      return { query: `{ myInvitations { id title } }` };
    },
  },
  {
    field: 'acceptInvitation',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    async setup(s) {
      return { query: `mutation($id: ID!) { acceptInvitation(id: $id) { slug } }`, variables: { id: await ownerInvited(s) } };
    },
  },
  {
    field: 'declineInvitation',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['owner'],
    denial: 'hidden',
    async setup(s) {
      return { query: `mutation($id: ID!) { declineInvitation(id: $id) }`, variables: { id: await ownerInvited(s) } };
    },
  },
  {
    field: 'revokeInvitation',
    kind: 'mutation',
    ownerRole: 'trainer',
    allowed: ['owner', 'admin'],
    denial: 'hidden',
    async setup({ app, owner }) {
      const em = app.orm.em.fork();
      const collection = await buildOwnedCollection(em, owner.user!, []);
      const id = await invitationId(em, owner, collection.id, `invited-${Date.now().toString(36)}@example.org`);
      return { query: `mutation($id: ID!) { revokeInvitation(id: $id) }`, variables: { id } };
    },
  },
];
