import type { Role } from '../modules/account/account.limits.js';
import type { Caller } from './accounts.js';
import type { GqlResponse, TestApp } from './test-app.js';

/**
 * The columns of the authorization matrix: every role, nobody, and — for operations on a record —
 * the record's owner (author, curator) and a signed-in user of the same role who does not own it.
 */
export const ACTORS = ['anonymous', 'librarian', 'partner', 'trainer', 'moderator', 'admin', 'owner', 'nonOwner'] as const;
export type Actor = (typeof ACTORS)[number];

export interface AuthzSetup {
  app: TestApp;
  /** The record owner, signed in with `ownerRole`. Created fresh for every cell. */
  owner: Caller;
}

export interface AuthzOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/** One row of the matrix: an operation, how to prepare a fresh target, and who may run it. */
export interface AuthzCase {
  /** The Query or Mutation field this row covers. */
  field: string;
  kind: 'query' | 'mutation';
  /** Role of the owner (and of the non-owner). */
  ownerRole: Role;
  /** Prepares a fresh target for one cell and returns the operation to run. */
  setup(s: AuthzSetup): Promise<AuthzOperation>;
  /** Every actor not listed is denied. */
  allowed: readonly Actor[];
  /**
   * How a denial looks for this operation. 'error' (default): UNAUTHENTICATED or FORBIDDEN.
   * 'hidden': null data or NOT_FOUND, for reads that must not reveal a record exists.
   */
  denial?: 'error' | 'hidden';
}

const DENY_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** 'allowed' or 'denied', read off one response; throws on anything else (a broken setup). */
export function outcome(c: AuthzCase, res: GqlResponse): 'allowed' | 'denied' {
  const codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
  const value = (res.data as Record<string, unknown> | null | undefined)?.[c.field];
  if (codes.some((code) => DENY_CODES.has(code))) return 'denied';
  if (c.denial === 'hidden' && (codes.includes('NOT_FOUND') || (!codes.length && (value === null || value === undefined)))) {
    return 'denied';
  }
  if (codes.length) throw new Error(`${c.field}: unexpected errors ${JSON.stringify(res.errors)}`);
  return 'allowed';
}
