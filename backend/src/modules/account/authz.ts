import { DomainError } from '../../graphql/errors.js';
import type { Role } from './account.limits.js';
import type { CurrentUser } from './session.service.js';

/**
 * The building blocks of every authorization rule. Resolvers state their rule with one of these as
 * their first line; services check ownership where the record is loaded.
 */
export function requireUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this');
  return user;
}

export function requireRole(user: CurrentUser | null, roles: readonly Role[]): CurrentUser {
  const u = requireUser(user);
  if (!roles.includes(u.role)) throw new DomainError('FORBIDDEN', `Only ${roles.join(', ')} may do this`);
  return u;
}

export const MODERATORS: readonly Role[] = ['moderator', 'admin'];
export const CURATORS: readonly Role[] = ['trainer', 'admin'];

export const isModerator = (user: CurrentUser | null) => !!user && MODERATORS.includes(user.role);

export const forbidden = (what = 'You may not do this') => new DomainError('FORBIDDEN', what);
