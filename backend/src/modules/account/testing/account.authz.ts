import type { AuthzCase } from '../../../test-support/authz.js';
import { buildUser, TEST_PASSWORD } from '../../../test-support/accounts.js';
import { buildOrganization } from '../../../test-support/factories.js';
import { PasswordResetService } from '../password-reset.service.js';

/** Authorization of account operations, one row per operation (see test-support/authz.ts). */
const EVERYONE = ['anonymous', 'librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner'] as const;
const SIGNED_IN = EVERYONE.filter((a) => a !== 'anonymous');
let n = 0;

export const accountAuthzCases: AuthzCase[] = [
  {
    field: 'register',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: EVERYONE,
    setup: async () => ({
      query: `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
      variables: { input: { email: `matrix-${Date.now()}-${n++}@example.org`, password: 'бібліотечна-тиша-2025', displayName: 'Нова' } },
    }),
  },
  {
    field: 'login',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: EVERYONE,
    setup: async ({ owner }) => ({
      query: `mutation($input: LoginInput!) { login(input: $input) { id } }`,
      variables: { input: { email: owner.user!.email, password: TEST_PASSWORD } },
    }),
  },
  {
    field: 'logout',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: EVERYONE,
    setup: async () => ({ query: `mutation { logout }` }),
  },
  {
    field: 'changePassword',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    setup: async () => ({
      query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
      variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'зовсім-новий-пароль-77' } },
    }),
  },
  {
    field: 'updateMyProfile',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: SIGNED_IN,
    setup: async () => ({
      query: `mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`,
      variables: { input: { displayName: 'Оновлене імʼя' } },
    }),
  },
  {
    field: 'setUserRole',
    kind: 'mutation',
    ownerRole: 'librarian',
    // The owner asks to make themself a trainer: only an admin may.
    allowed: ['admin'],
    setup: async ({ owner }) => ({
      query: `mutation($id: ID!) { setUserRole(userId: $id, role: TRAINER) { id } }`,
      variables: { id: owner.user!.id },
    }),
  },
  {
    field: 'users',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: ['admin'],
    setup: async () => ({ query: `{ users(first: 5) { id email } }` }),
  },
  {
    field: 'membershipClaims',
    kind: 'query',
    ownerRole: 'librarian',
    // Confirmed members of an organisation may too (tested in membership.test.ts); the matrix's actors have none.
    allowed: ['moderator', 'admin'],
    setup: async () => ({ query: `{ membershipClaims { id } }` }),
  },
  {
    field: 'confirmMembership',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['moderator', 'admin'],
    setup: async ({ app }) => {
      const em = app.orm.em.fork();
      const claimant = await buildUser(em, { organization: await buildOrganization(em), organizationConfirmed: false });
      return { query: `mutation($id: ID!) { confirmMembership(userId: $id) { id } }`, variables: { id: claimant.id } };
    },
  },
  {
    field: 'passwordResetByEmail',
    kind: 'query',
    ownerRole: 'librarian',
    allowed: EVERYONE,
    setup: async () => ({ query: `{ passwordResetByEmail }` }),
  },
  {
    field: 'requestPasswordReset',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: EVERYONE,
    setup: async ({ owner }) => ({
      query: `mutation($e: String!) { requestPasswordReset(email: $e) }`,
      variables: { e: owner.user!.email },
    }),
  },
  {
    field: 'resetPassword',
    kind: 'mutation',
    ownerRole: 'librarian',
    // The token is the authorization: whoever holds a valid one may use it, once.
    allowed: EVERYONE,
    setup: async ({ app, owner }) => {
      const path = await new PasswordResetService(app.orm.em.fork()).issueFor(owner.user!.id);
      return {
        query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { id } }`,
        variables: { input: { token: path.split('#')[1], newPassword: 'вечірнє-читання-в-укритті-3' } },
      };
    },
  },
  {
    field: 'issuePasswordResetLink',
    kind: 'mutation',
    ownerRole: 'librarian',
    allowed: ['admin'],
    setup: async ({ owner }) => ({
      query: `mutation($id: ID!) { issuePasswordResetLink(userId: $id) }`,
      variables: { id: owner.user!.id },
    }),
  },
];
