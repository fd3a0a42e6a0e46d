import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from './account.limits.js';
import { SESSION } from './account.limits.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** Who is making a request, as resolvers see it. */
export interface CurrentUser {
  id: string;
  role: Role;
  organizationId: string | null;
  /** The membership of `organizationId` was confirmed (not just claimed in the profile). */
  organizationConfirmed: boolean;
  displayName: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Opens a new session for a user and returns the token for the cookie (never stored). */
export async function openSession(em: EntityManager, user: User, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(SESSION.tokenBytes).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION.idleMs);
  em.create(Session, {
    tokenHash: hashToken(token),
    user,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    absoluteExpiresAt: new Date(now.getTime() + SESSION.absoluteMs),
  });
  await em.flush();
  // Expired sessions of anyone are cleared now and then, on sign-in, rather than by a timer.
  if (Math.random() < 0.05) await em.nativeDelete(Session, { expiresAt: { $lt: now } });
  return { token, expiresAt };
}

/** The user behind a session token, or null when the token is unknown, expired or malformed. */
export async function resolveSession(em: EntityManager, token: string | undefined, now = new Date()): Promise<CurrentUser | null> {
  if (!token || !TOKEN.test(token)) return null;
  const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
  if (!session) return null;
  if (session.expiresAt <= now || session.absoluteExpiresAt <= now) {
    await em.nativeDelete(Session, { tokenHash: session.tokenHash });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION.touchEveryMs) {
    const expiresAt = new Date(Math.min(now.getTime() + SESSION.idleMs, session.absoluteExpiresAt.getTime()));
    await em.nativeUpdate(Session, { tokenHash: session.tokenHash }, { lastSeenAt: now, expiresAt });
  }
  const user = session.user;
  return {
    id: user.id,
    role: user.role,
    organizationId: user.organization?.id ?? null,
    organizationConfirmed: !!user.organization && !!user.organizationConfirmedAt,
    displayName: user.displayName,
  };
}

export async function closeSession(em: EntityManager, token: string | undefined): Promise<void> {
  if (token && TOKEN.test(token)) await em.nativeDelete(Session, { tokenHash: hashToken(token) });
}
