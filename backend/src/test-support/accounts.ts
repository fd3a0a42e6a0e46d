import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../modules/account/account.limits.js';
import { SESSION } from '../modules/account/account.limits.js';
import { openSession } from '../modules/account/session.service.js';
import { User } from '../modules/account/user.entity.js';
import { hashPassword } from '../modules/account/password.js';
import { Collection, CollectionCoCurator } from '../modules/collection/collection.entity.js';
import type { Organization } from '../modules/organization/organization.entity.js';
import type { Operation } from './operations.js';
import type { GqlResponse, TestApp } from './test-app.js';
import type { Actor, AuthzCase } from './authz.js';

let counter = 0;

/** Every test user's password, hashed once per test file. */
export const TEST_PASSWORD = 'тестовий-пароль-для-всіх';
let testHash: Promise<string> | undefined;

/** A signed-in caller: sends every operation with its session cookie. */
export interface Caller {
  user: User | null;
  cookie: string | null;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** Sends a typed operation (testing/<feature>.test-ops.ts); the answer has the operation's type. */
  send<Data, Variables extends object>(
    op: Operation<Data, Variables>,
    ...variables: Partial<Variables> extends Variables ? [Variables?] : [Variables]
  ): Promise<GqlResponse<Data>>;
}

/** A user stored directly, with TEST_PASSWORD; usually signed in through a session made here. */
export async function buildUser(
  em: EntityManager,
  overrides: Partial<Pick<User, 'email' | 'displayName' | 'role'>> & {
    organization?: Organization | null;
    /** A member's organisation is confirmed unless this says it is only claimed. */
    organizationConfirmed?: boolean;
  } = {},
) {
  const n = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  testHash ??= hashPassword(TEST_PASSWORD);
  const user = em.create(User, {
    email: overrides.email ?? `user-${n}@example.org`,
    displayName: overrides.displayName ?? `Користувач ${n}`,
    role: overrides.role ?? 'librarian',
    organization: overrides.organization ?? null,
    organizationConfirmedAt: overrides.organization && overrides.organizationConfirmed !== false ? new Date() : null,
    passwordHash: await testHash,
  });
  await em.flush();
  return user;
}

/** A caller signed in as a new user with the given role (and organisation). */
export async function signedIn(
  app: TestApp,
  role: Role = 'librarian',
  organization: Organization | null = null,
  options: { organizationConfirmed?: boolean } = {},
): Promise<Caller> {
  const em = app.orm.em.fork();
  const user = await buildUser(em, { role, organization, organizationConfirmed: options.organizationConfirmed });
  const { token } = await openSession(em, user);
  return callerWithCookie(app, user, `${SESSION.cookie}=${token}`);
}

export function callerWithCookie(app: TestApp, user: User | null, cookie: string | null): Caller {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  return {
    user,
    cookie,
    gql: (q, v) => app.gql(q, v, headers),
    send: (op, ...variables) => app.gql(op.document, variables[0] as Record<string, unknown> | undefined, headers),
  };
}

export const anonymous = (app: TestApp): Caller => callerWithCookie(app, null, null);

/**
 * The caller of one cell of the authorization matrix. A co-curator is a new user of the owner's role
 * added to the operation's collection (`collectionId`), as `addCollectionCoCurator` would add them.
 */
export async function callerFor(app: TestApp, actor: Actor, c: AuthzCase, owner: Caller, collectionId?: string): Promise<Caller> {
  if (actor === 'owner') return owner;
  if (actor === 'nonOwner') return signedIn(app, c.ownerRole);
  if (actor === 'anonymous') return anonymous(app);
  if (actor === 'coCurator') {
    if (!collectionId) throw new Error(`${c.field}: a co-curator needs the operation's collection`);
    const caller = await signedIn(app, c.ownerRole);
    const em = app.orm.em.fork();
    em.create(CollectionCoCurator, { collection: em.getReference(Collection, collectionId), user: em.getReference(User, caller.user!.id) });
    await em.flush();
    return caller;
  }
  return signedIn(app, actor);
}
