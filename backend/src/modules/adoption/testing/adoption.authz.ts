import { User } from '../../account/user.entity.js';
import type { AuthzCase, AuthzSetup } from '../../../test-support/authz.js';
import { buildAdoption, buildOrganization, buildPractice } from '../../../test-support/factories.js';

/**
 * Authorization of adoption reports, one row per operation.
 *
 * reportAdoption: any signed-in user may report, but only for their OWN organisation. The matrix runs
 * it as "report for organisation X" (the owner's organisation, named in `organizationId`): only a
 * member of X may, so only the owner is allowed; anyone else naming X gets FORBIDDEN, anonymous gets
 * UNAUTHENTICATED. A signed-in user with no organisation who names none gets BAD_USER_INPUT on
 * `organization` — an input precondition, not an access rule, so it is tested in
 * adoption.resolver.test.ts rather than here (the matrix callers have no organisation).
 */

/** The owner joins a fresh organisation; a fresh published practice (no taxonomy, so any database will do). */
async function ownerOrganization({ app, owner }: AuthzSetup) {
  const em = app.orm.em.fork();
  const organization = await buildOrganization(em);
  await em.nativeUpdate(User, { id: owner.user!.id }, { organization: organization.id });
  const practice = await buildPractice(em, {}, { themes: [], audiences: [], formats: [] });
  return { em, organization, practice };
}

/** A published report written by the owner. */
async function ownersReport(s: AuthzSetup) {
  const { em, organization, practice } = await ownerOrganization(s);
  return buildAdoption(em, practice, organization, { author: em.getReference(User, s.owner.user!.id) });
}

const SIGNED_IN = ['librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner'] as const;

export const adoptionAuthzCases: AuthzCase[] = [
  {
    field: 'reportAdoption',
    kind: 'mutation',
    ownerRole: 'librarian',
    async setup(s) {
      const { organization, practice } = await ownerOrganization(s);
      return {
        query: `mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id } }`,
        variables: {
          input: {
            practiceId: practice.id,
            organizationId: organization.id,
            adoptedOn: '2025-03-01',
            resultUk: 'Прийшло дванадцять дітей.',
          },
        },
      };
    },
    allowed: ['owner'],
  },
  {
    field: 'updateAdoption',
    kind: 'mutation',
    ownerRole: 'librarian',
    async setup(s) {
      const a = await ownersReport(s);
      return {
        query: `mutation($id: ID!) { updateAdoption(id: $id, input: { participantCount: 14 }) { id } }`,
        variables: { id: a.id },
      };
    },
    allowed: ['owner'],
  },
  {
    field: 'deleteAdoption',
    kind: 'mutation',
    ownerRole: 'librarian',
    async setup(s) {
      const a = await ownersReport(s);
      return { query: `mutation($id: ID!) { deleteAdoption(id: $id) }`, variables: { id: a.id } };
    },
    allowed: ['owner', 'moderator', 'admin'],
  },
  {
    field: 'hideAdoption',
    kind: 'mutation',
    ownerRole: 'librarian',
    async setup(s) {
      const a = await ownersReport(s);
      return {
        query: `mutation($id: ID!) { hideAdoption(id: $id, reason: "Це реклама, а не звіт.") { id } }`,
        variables: { id: a.id },
      };
    },
    allowed: ['moderator', 'admin'],
  },
  {
    field: 'publishAdoption',
    kind: 'mutation',
    ownerRole: 'librarian',
    async setup(s) {
      const { em, organization, practice } = await ownerOrganization(s);
      const a = await buildAdoption(em, practice, organization, { author: em.getReference(User, s.owner.user!.id), status: 'pending' });
      return { query: `mutation($id: ID!) { publishAdoption(id: $id) { id } }`, variables: { id: a.id } };
    },
    allowed: ['moderator', 'admin'],
  },
  {
    field: 'pendingAdoptions',
    kind: 'query',
    ownerRole: 'librarian',
    setup: async () => ({ query: `{ pendingAdoptions { id } }` }),
    allowed: ['moderator', 'admin'],
  },
  {
    field: 'myAdoptions',
    kind: 'query',
    ownerRole: 'librarian',
    async setup(s) {
      await ownersReport(s);
      return { query: `{ myAdoptions { id } }` };
    },
    allowed: SIGNED_IN,
  },
];
