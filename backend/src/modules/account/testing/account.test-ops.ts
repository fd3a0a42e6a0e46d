import { operation } from '../../../test-support/operations.js';

/** The operations the account tests send (registration, sign-in, passwords, roles, membership), typed with their answers. */

type Role = 'LIBRARIAN' | 'PARTNER' | 'TRAINER' | 'MODERATOR' | 'ADMIN';

export const REGISTER = operation<
  { register: { id: string; email: string; displayName: string; role: Role; organization: { slug: string } | null } },
  { input: { email: string; password: string; displayName: string; organization?: string } }
>(`mutation($input: RegisterInput!) { register(input: $input) { id email displayName role organization { slug } } }`);
export const LOGIN = operation<{ login: { id: string; email: string } }, { input: { email: string; password: string } }>(
  `mutation($input: LoginInput!) { login(input: $input) { id email } }`,
);
/** A sign-in that answers with the account's role and organisation. */
export const LOGIN_ROLE = operation<
  { login: { role: Role; organization: { slug: string } | null } },
  { input: { email: string; password: string } }
>(`mutation($input: LoginInput!) { login(input: $input) { role organization { slug } } }`);
export const LOGOUT = operation<{ logout: boolean }>(`mutation { logout }`);
/** Who the session is; null when signed out. */
export const ME = operation<{ me: { email: string; role: Role } | null }>(`{ me { email role } }`);
export const CHANGE_PASSWORD = operation<{ changePassword: boolean }, { input: { currentPassword: string; newPassword: string } }>(
  `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
);
export const SET_ROLE = operation<{ setUserRole: { role: Role } }, { id: string; role: Role }>(
  `mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { role } }`,
);

export const RESET_BY_EMAIL = operation<{ passwordResetByEmail: boolean }>(`{ passwordResetByEmail }`);
export const REQUEST_RESET = operation<{ requestPasswordReset: boolean }, { email: string }>(
  `mutation($email: String!) { requestPasswordReset(email: $email) }`,
);
export const RESET = operation<{ resetPassword: { email: string } }, { input: { token: string; newPassword: string } }>(
  `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`,
);
export const ISSUE_RESET_LINK = operation<{ issuePasswordResetLink: string }, { id: string }>(
  `mutation($id: ID!) { issuePasswordResetLink(userId: $id) }`,
);

/** The caller's organisation and whether it is confirmed or only claimed; null when signed out. */
export const MY_MEMBERSHIP = operation<{ me: { organizationConfirmed: boolean; organization: { slug: string } | null } | null }>(
  `{ me { organizationConfirmed organization { slug } } }`,
);
export const CLAIMS = operation<{ membershipClaims: { id: string; displayName: string; organization: { slug: string } | null }[] }>(
  `{ membershipClaims { id displayName organization { slug } } }`,
);
export const CONFIRM = operation<{ confirmMembership: { id: string } }, { userId: string }>(
  `mutation($userId: ID!) { confirmMembership(userId: $userId) { id } }`,
);
