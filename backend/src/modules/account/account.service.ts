import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmail } from 'class-validator';
import { announceWaitingInvitations } from '../invitation/invitation.service.js';
import { badInput, DomainError } from '../../graphql/errors.js';
import { Organization } from '../organization/organization.entity.js';
import type { Role } from './account.limits.js';
import type { ChangePasswordInput, LoginInput, RegisterInput, UpdateProfileInput } from './account.input.js';
import { admitAttempt, admitRegistration, recordFailure, recordSuccess } from './login-throttle.js';
import { checkNewPassword, hashPassword, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { openSession, type CurrentUser } from './session.service.js';
import { User } from './user.entity.js';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** One message for every failed sign-in: it never tells whether the email is registered. */
const WRONG_CREDENTIALS = 'Email or password is wrong';

export interface SignedIn {
  user: User;
  token: string;
  expiresAt: Date;
}

/** Registration, sign-in and account settings. */
export class AccountService {
  constructor(private readonly em: EntityManager) {}

  async register(input: RegisterInput, ip: string, perHour: number): Promise<SignedIn> {
    await admitRegistration(this.em, ip, perHour);
    const user = await this.createAccount(input);
    return { user, ...(await openSession(this.em, user)) };
  }

  /** A new librarian account, without signing it in (the user:create command). */
  async createAccount(input: RegisterInput): Promise<User> {
    if (!isEmail(input.email)) throw badInput('email', 'email', 'must be an email address');
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    checkNewPassword(input.password, 'password', [email.split('@')[0]!, displayName]);
    const organization = input.organization ? await this.organization(input.organization, 'organization') : null;
    const user = this.em.create(User, {
      email,
      displayName,
      passwordHash: await hashPassword(input.password),
      organization,
    });
    try {
      await this.em.flush();
    } catch (err) {
      // The same answer as any other conflict, so registration does not become a way to test emails at speed.
      if (err instanceof UniqueConstraintViolationException) throw new DomainError('CONFLICT', 'email: already registered', 'email');
      throw err;
    }
    // Invitations sent to this address before it had an account now reach it.
    await this.em.transactional((em) => announceWaitingInvitations(em, user));
    return user;
  }

  async login(input: LoginInput, ip: string): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    await admitAttempt(this.em, email, ip);
    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
      await recordFailure(this.em, email, ip);
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await recordSuccess(this.em, email, ip);
    return { user, ...(await openSession(this.em, user)) };
  }

  /**
   * Changes the password and signs out every other session of the user. The current password is guessed
   * under the same limits as a sign-in: a stolen session must not become a way to find it.
   */
  async changePassword(current: CurrentUser, input: ChangePasswordInput, keepTokenHash: string | null, ip: string): Promise<void> {
    const user = await this.em.findOneOrFail(User, current.id, { populate: ['passwordHash'] });
    await admitAttempt(this.em, user.email, ip);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await recordFailure(this.em, user.email, ip);
      throw badInput('currentPassword', 'wrongPassword', 'does not match your current password');
    }
    await recordSuccess(this.em, user.email, ip);
    checkNewPassword(input.newPassword, 'newPassword', [user.email.split('@')[0]!, user.displayName]);
    if (input.newPassword === input.currentPassword) throw badInput('newPassword', 'samePassword', 'must differ from the current password');
    user.passwordHash = await hashPassword(input.newPassword);
    await this.em.flush();
    await this.em.nativeDelete(Session, { user: user.id, ...(keepTokenHash ? { tokenHash: { $ne: keepTokenHash } } : {}) });
  }

  async updateProfile(current: CurrentUser, input: UpdateProfileInput): Promise<User> {
    const user = await this.em.findOneOrFail(User, current.id);
    if (input.displayName != null) user.displayName = input.displayName.trim();
    if (input.organization != null) {
      const next = input.organization === '' ? null : await this.organization(input.organization, 'organization');
      // Another organisation is a new claim: confirmed again before its reports publish at once.
      if (next?.id !== user.organization?.id) {
        user.organizationConfirmedAt = null;
        user.organizationConfirmedBy = null;
      }
      user.organization = next;
    }
    await this.em.flush();
    return user;
  }

  async setRole(userId: string, role: Role, actingAdminId: string): Promise<User> {
    const user = await this.em.findOne(User, { id: userId });
    if (!user) throw new DomainError('NOT_FOUND', 'userId: no such user', 'userId');
    // An admin who removes their own role could leave nobody able to assign roles.
    if (user.id === actingAdminId && role !== 'admin') throw badInput('role', 'notAllowed', 'you cannot remove your own admin role');
    user.role = role;
    await this.em.flush();
    return user;
  }

  private async organization(slug: string, field: string): Promise<Organization> {
    const org = await this.em.findOne(Organization, { slug });
    if (!org) throw badInput(field, 'unknown', `unknown organisation slug: ${slug}`);
    return org;
  }
}
