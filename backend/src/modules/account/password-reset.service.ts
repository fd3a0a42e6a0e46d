import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../graphql/errors.js';
import type { Mailer } from '../notification/notification.mail.js';
import { admitCounted } from './login-throttle.js';
import { checkNewPassword, hashPassword } from './password.js';
import { PasswordReset } from './password-reset.entity.js';
import { Session } from './session.entity.js';
import { hashToken, openSession } from './session.service.js';
import { User } from './user.entity.js';
import { normalizeEmail } from './account.service.js';

/** A reset link lives an hour and works once. */
export const RESET_TTL_MS = 60 * 60_000;
/** Letters asked for per address and hour: enough for a forgotten password, too few to mail-bomb anyone. */
export const RESET_REQUESTS_PER_HOUR = 5;

/** Where a reset link points: the token rides in the fragment, so it never reaches a server log or a Referer. */
export const resetPath = (token: string) => `/reset-password#${token}`;

async function issue(em: EntityManager, user: User, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  em.create(PasswordReset, { tokenHash: hashToken(token), user, expiresAt: new Date(now.getTime() + RESET_TTL_MS), createdAt: now });
  await em.flush();
  return token;
}

export class PasswordResetService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Mails a reset link when the address has an account. Answers the same way either way (the caller learns
   * nothing about which e-mails have accounts), and is limited per address.
   */
  async request(email: string, ip: string, mail: { mailer: Mailer; publicUrl: string }, now = new Date()): Promise<void> {
    await admitCounted(this.em, `reset:${ip}`, RESET_REQUESTS_PER_HOUR, RESET_TTL_MS, 'reset requests from this address', now);
    const user = await this.em.findOne(User, { email: normalizeEmail(email) });
    if (!user) return;
    const token = await issue(this.em, user, now);
    const link = `${mail.publicUrl}${resetPath(token)}`;
    await mail.mailer.send({
      to: user.email,
      subject: 'Поруч: новий пароль / a new password',
      text: [
        `Щоб задати новий пароль для «Поруч», відкрийте це посилання (воно діє годину й лише один раз):`,
        link,
        `Якщо ви не просили змінити пароль, нічого не робіть: старий пароль діє далі.`,
        '',
        `To set a new Poruch password, open this link (it works once, within an hour):`,
        link,
        `If you did not ask for it, do nothing: your password stays as it is.`,
      ].join('\n'),
    });
  }

  /** An admin's one-time link for someone without e-mail; answers the path to give them. */
  async issueFor(userId: string, now = new Date()): Promise<string> {
    const user = await this.em.findOne(User, { id: userId });
    if (!user) throw new DomainError('NOT_FOUND', 'userId: no such user', 'userId');
    return resetPath(await issue(this.em, user, now));
  }

  /** Sets the new password, ends every session of the account and opens a new one here. */
  async reset(token: string, newPassword: string, now = new Date()) {
    return this.em.transactional(async (em) => {
      const reset = await em.findOne(PasswordReset, { tokenHash: hashToken(token) }, { populate: ['user'] });
      if (!reset || reset.usedAt || reset.expiresAt <= now) {
        throw new DomainError('BAD_USER_INPUT', 'token: this link has expired or was already used; ask for a new one', 'token');
      }
      const user = reset.user;
      checkNewPassword(newPassword, 'newPassword', [user.email.split('@')[0]!, user.displayName]);
      user.passwordHash = await hashPassword(newPassword);
      reset.usedAt = now;
      // Whoever had the old password (or a stolen session) is signed out; the other links go too.
      await em.nativeDelete(Session, { user: user.id });
      await em.nativeDelete(PasswordReset, { user: user.id, tokenHash: { $ne: reset.tokenHash } });
      await em.flush();
      return { user, ...(await openSession(em, user, now)) };
    });
  }
}
