import type { Role } from '../modules/account/account.limits.js';
import type { Caller } from './accounts.js';
import type { GqlResponse, TestApp } from './test-app.js';

/**
 * The columns of the authorization matrix: every role, nobody, and — for operations on a record —
 * the record's owner (author, curator), a signed-in user of the same role who does not own it, and
 * a user of that role whom the owner added as co-curator (only for rows whose operation names a
 * collection: co-curating is a relation to one collection).
 */
export const ACTORS = ['anonymous', 'librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner', 'coCurator'] as const;
export type Actor = (typeof ACTORS)[number];

export interface AuthzSetup {
  app: TestApp;
  /** The record owner, signed in with `ownerRole`. Created fresh for every cell. */
  owner: Caller;
}

export interface AuthzOperation {
  query: string;
  variables?: Record<string, unknown>;
  /** The collection the operation targets; the 'coCurator' column runs only when this is given. */
  collectionId?: string;
}

/** One row of the matrix: an operation, how to prepare a fresh target, and who may run it. */
export interface AuthzCase {
  /** The Query or Mutation field this row covers. */
  field: string;
  kind: 'query' | 'mutation';
  /** Role of the owner (and of the non-owner and the co-curator). */
  ownerRole: Role;
  /** Prepares a fresh target for one cell and returns the operation to run. */
  setup(s: AuthzSetup): Promise<AuthzOperation>;
  /** Every actor not listed is denied. */
  allowed: readonly Actor[];
  /**
   * How a denial looks for this operation, for a signed-in caller ('anonymous' always gets
   * UNAUTHENTICATED, or — on a 'hidden' row — the same answer as a missing record).
   * 'error' (default): FORBIDDEN — the caller may know the target exists but may not do this.
   * 'hidden': null data or NOT_FOUND, never FORBIDDEN — the caller may not see the target, and the
   * answer must not reveal that it exists. Actors in `seesTarget` may see it (a moderator reading a
   * draft), so they get FORBIDDEN like on an 'error' row.
   */
  denial?: 'error' | 'hidden';
  seesTarget?: readonly Actor[];
}

/**
 * What one cell answered: 'allowed', 'denied' the way the row says it must be, or a description of
 * a denial in the wrong form (which the matrix shows as a mismatch).
 */
export function outcome(c: AuthzCase, actor: Actor, res: GqlResponse): string {
  const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
  const value = (res.data as Record<string, unknown> | null | undefined)?.[c.field];
  const hides = c.denial === 'hidden' && !c.seesTarget?.includes(actor);
  if (!codes.length) {
    // Null is a denial only where the row hides; elsewhere it is an answer (no saved list yet).
    if ((value !== null && value !== undefined) || c.denial !== 'hidden') return 'allowed';
    if (hides) return 'denied';
    return actor === 'anonymous' ? 'null (should be UNAUTHENTICATED)' : 'null (should be FORBIDDEN: the caller may see the target)';
  }
  if (codes.length > 1) throw new Error(`${c.field}: several errors ${JSON.stringify(res.errors)}`);
  switch (codes[0]) {
    case 'UNAUTHENTICATED':
      return actor === 'anonymous' ? 'denied' : 'UNAUTHENTICATED while signed in';
    case 'FORBIDDEN':
      if (actor === 'anonymous') return 'FORBIDDEN (should be UNAUTHENTICATED)';
      return hides ? 'FORBIDDEN (should be null or NOT_FOUND: the caller may not see the target)' : 'denied';
    case 'NOT_FOUND':
      if (hides) return 'denied';
      return actor === 'anonymous'
        ? 'NOT_FOUND (should be UNAUTHENTICATED)'
        : 'NOT_FOUND (should be FORBIDDEN: the caller may see the target)';
    default:
      throw new Error(`${c.field}: unexpected errors ${JSON.stringify(res.errors)}`);
  }
}
