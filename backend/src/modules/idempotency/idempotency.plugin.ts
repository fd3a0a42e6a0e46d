import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../../graphql/context.js';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../../graphql/database-outage.js';
import { DomainError, formatError } from '../../graphql/errors.js';
import { IdempotencyKey } from './idempotency.entity.js';

/**
 * Exactly-once writes for devices that send their queue again after a lost answer.
 *
 * Design: the device sends an HTTP header `Idempotency-Key` with a create or submit mutation. This
 * plugin opens one transaction on the request's EntityManager before the operation runs; the services'
 * own `em.transactional` calls nest inside it as savepoints. When the answer is a success, its JSON is
 * stored under (user, key) in that same transaction and then everything commits together, so a crash can
 * never leave a created record without its stored answer, nor a stored answer without its record. Any
 * error rolls the whole operation back and stores nothing, so the device may use the key again.
 * A request still running holds a transaction-scoped advisory lock on (user, key): a second request with
 * the key meanwhile gets CONFLICT at once and retries later (rows are never "pending").
 *
 * Keys are per signed-in user. A key on an anonymous request (register, login) is ignored: there is no
 * one to scope it to, and every covered mutation requires signing in anyway. A key on a mutation that is
 * not covered, or on a query, is ignored too.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** 8–128 characters of A–Z, a–z, 0–9, `_` and `-` (a UUID or a ULID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

/** Answers are kept at least this long; the sweep deletes older ones and a lookup ignores them. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** The mutations that make a record or submit one: the ones a device queues while offline. */
export const IDEMPOTENT_MUTATIONS: ReadonlySet<string> = new Set([
  'createPractice',
  'createCaseStudy',
  'createCollection',
  'copyCollection',
  'addCollectionItem',
  'saveToMyList',
  'reportAdoption',
  'addFollowUp',
  'submitForReview',
]);

/** Names of the root fields an operation selects, through inline fragments and fragment spreads. */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const names: string[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return names;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 of what the request asks for: operation name, query text and variables. */
export function requestHash(query: string, operationName: string | null | undefined, variables: unknown): string {
  return createHash('sha256')
    .update(canonical({ operationName: operationName ?? null, query, variables: variables ?? {} }))
    .digest('hex');
}

const stillRunning = () =>
  new DomainError('CONFLICT', `${IDEMPOTENCY_HEADER}: a request with this key is still running; try again shortly`, IDEMPOTENCY_HEADER);

type Claim = { kind: 'replay'; response: string } | { kind: 'claimed' };

/**
 * Begins the request's transaction and takes the key: replays a stored answer (and ends the
 * transaction), or leaves the transaction open for the operation. Rolls back on any failure.
 */
async function claim(em: EntityManager, userId: string, key: string, hash: string): Promise<Claim> {
  await em.begin();
  try {
    // hashtextextended is 64 bits: two different keys sharing a lock only means a spurious CONFLICT.
    const [lock] = await em.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as locked', [
      `idempotency:${userId}:${key}`,
    ]);
    if (!lock?.locked) throw stillRunning();
    const stored = await em.findOne(IdempotencyKey, { user: userId, key }, { disableIdentityMap: true });
    if (stored && stored.createdAt.getTime() > Date.now() - IDEMPOTENCY_TTL_MS) {
      if (stored.requestHash !== hash) {
        throw new DomainError(
          'IDEMPOTENCY_KEY_REUSED',
          `${IDEMPOTENCY_HEADER}: this key was already used for a different request; each request needs a key of its own, and a retry must send the same request`,
          IDEMPOTENCY_HEADER,
        );
      }
      await em.rollback();
      return { kind: 'replay', response: stored.response };
    }
    // Older than the promise: as good as swept.
    if (stored) await em.nativeDelete(IdempotencyKey, { user: userId, key });
    return { kind: 'claimed' };
  } catch (err) {
    // When the database went away there is nothing left to roll back; report why the claim failed, not that.
    await em.rollback().catch(() => undefined);
    throw err;
  }
}

function errorResponse(ctx: Context, err: unknown): Pick<GraphQLResponse, 'http' | 'body'> {
  let error = formatError({ message: err instanceof Error ? err.message : String(err) }, err);
  if (!(err instanceof DomainError)) {
    ctx.log.error({ err }, 'idempotency key could not be checked or stored');
    error = { ...error, extensions: { ...error.extensions, requestId: ctx.requestId } };
  }
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [error] } } };
}

/** Runs every covered mutation sent with a key at most once per user and key (see the comment at the top). */
export function idempotencyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.idempotencyKey === null) return;
      let pending: { userId: string; key: string; hash: string; operation: string } | undefined;
      return {
        async responseForOperation(request: GraphQLRequestContextResponseForOperation<Context>) {
          const { contextValue: ctx, operation, document } = request;
          const key = ctx.idempotencyKey;
          if (key === null || !ctx.user || operation.operation !== 'mutation') return null;
          const covered = rootFields(document, operation).filter((name) => IDEMPOTENT_MUTATIONS.has(name));
          if (!covered.length) return null;
          try {
            if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
              throw new DomainError(
                'BAD_USER_INPUT',
                `${IDEMPOTENCY_HEADER}: 8–128 characters of A–Z, a–z, 0–9, _ and -`,
                IDEMPOTENCY_HEADER,
              );
            }
            const hash = requestHash(request.source, request.request.operationName, request.request.variables);
            const outcome = await claim(ctx.em, ctx.user.id, key, hash);
            if (outcome.kind === 'replay') {
              return {
                http: { status: undefined, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
                body: { kind: 'single', singleResult: JSON.parse(outcome.response) },
              };
            }
            pending = { userId: ctx.user.id, key, hash, operation: [...new Set(covered)].join(',').slice(0, 200) };
            return null;
          } catch (err) {
            return errorResponse(ctx, err);
          }
        },

        async willSendResponse({ contextValue: ctx, response }) {
          if (!pending) return;
          const { userId, key, hash, operation } = pending;
          pending = undefined;
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (!result || result.errors?.length || result.data == null) {
            // A rollback that fails (the database went away) has nothing to undo; the answer already says why.
            await ctx.em.rollback().catch(() => undefined);
            // Nothing of the operation was kept, so data it reported would describe records that do not exist.
            if (result?.data) result.data = null;
            return;
          }
          try {
            await ctx.em.insert(IdempotencyKey, { user: userId, key, operation, requestHash: hash, response: JSON.stringify(result) });
            await ctx.em.commit();
          } catch (err) {
            await ctx.em.rollback().catch(() => undefined);
            const failure = err instanceof UniqueConstraintViolationException ? stillRunning() : err;
            response.body = errorResponse(ctx, failure).body;
            // The status was chosen for the successful answer before this one replaced it.
            if (isDatabaseUnavailable(failure)) {
              response.http.status = 503;
              response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
            }
          }
        },
      };
    },
  };
}
