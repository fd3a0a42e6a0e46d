import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { CurrentUser } from '../modules/account/session.service.js';
import type { Mailer } from '../modules/notification/notification.mail.js';
import type { SearchIndex } from '../modules/search/search-index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What the HTTP layer offers resolvers: the caller's address and the session cookie. */
export interface HttpSide {
  ip: string;
  sessionToken?: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** What every resolver receives. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  search: SearchIndex;
  /** The signed-in user, or null. */
  user: CurrentUser | null;
  http: HttpSide;
  /** The `Idempotency-Key` header as sent (checked by the idempotency plugin), or null. */
  idempotencyKey: string | null;
  /** Limits the deployment sets (config.ts). */
  limits: ServerLimits;
  /** E-mail, when the deployment has SMTP: the mailer and the public address links point to. */
  mail: MailSetup | null;
}

export interface MailSetup {
  mailer: Mailer;
  publicUrl: string;
}

export interface ServerLimits {
  registrationsPerHour: number;
}

export const DEFAULT_LIMITS: ServerLimits = { registrationsPerHour: 20 };

const NO_HTTP: HttpSide = { ip: 'local', setSessionCookie: () => {}, clearSessionCookie: () => {} };

/** Builds a fresh context per request: its own EntityManager fork and its own loaders. */
export function buildContext(
  orm: MikroORM,
  log: Logger,
  search: SearchIndex,
  options: {
    requestId?: string;
    user?: CurrentUser | null;
    http?: HttpSide;
    idempotencyKey?: string | null;
    limits?: ServerLimits;
    mail?: MailSetup | null;
  } = {},
): Context {
  const em = orm.em.fork();
  const requestId = options.requestId ?? randomUUID();
  const user = options.user ?? null;
  return {
    em,
    loaders: createLoaders(em),
    requestId,
    log: log.child({ requestId }),
    search,
    user,
    http: options.http ?? NO_HTTP,
    idempotencyKey: options.idempotencyKey ?? null,
    limits: options.limits ?? DEFAULT_LIMITS,
    mail: options.mail ?? null,
  };
}
