import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from './database-outage.js';
import { fieldProblem, validatorRule, type FieldProblem, type FieldRule } from './field-rules.js';

/** Every code a client can receive. The client maps each one to a message in the user's language. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'SEARCH_UNAVAILABLE',
  'RATE_LIMITED',
  'IDEMPOTENCY_KEY_REUSED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure with a code; `field` names the argument or input field at fault. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL_SERVER_ERROR'>,
    message: string,
    readonly field?: string,
    /** Further facts for the client, e.g. `retryAfterSeconds`. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * Bad input in one field: the rule it breaks as a code (the client words it), its limits, and the
 * same in English for other API clients (`message`: "must be at most 500 characters").
 */
export const badInput = (field: string, rule: FieldRule, message: string, limits: { min?: number; max?: number } = {}) =>
  badFields([fieldProblem(field, rule, message, limits)]);

/** Bad input in several fields at once; the first names the error. */
export const badFields = (fields: FieldProblem[]) =>
  new DomainError('BAD_USER_INPUT', fields.map((f) => `${f.field}: ${f.message}`).join(' | '), fields[0]!.field, { fields });

/** Codes graphql-js and Apollo Server raise for a malformed request; safe to show as they are. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const ENUM_VALUE = /Value ".*" does not exist in ".*" enum|Enum ".*" cannot represent/;

function domainCode(code: DomainError['code']): string {
  switch (code) {
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'CONFLICT':
    case 'SEARCH_UNAVAILABLE':
    case 'RATE_LIMITED':
    case 'IDEMPOTENCY_KEY_REUSED':
    case 'SERVICE_UNAVAILABLE':
      return code;
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}

export const INTERNAL_MESSAGE = 'Internal server error';

/** type-graphql wraps a validator that threw (not one that refused) in the same error class, without a list. */
const validatorCrashed = (error: unknown): boolean =>
  error instanceof ArgumentValidationError && !Array.isArray(error.extensions.validationErrors);

/**
 * The one place that decides what a client sees of an error. Known failures keep their code and a
 * message naming the field; anything unexpected becomes INTERNAL_SERVER_ERROR with a generic message
 * (the request id is added by the logging plugin, which also logs the real cause).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (validatorCrashed(original)) {
    return {
      message: INTERNAL_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: domainCode(original.code), ...(original.field ? { field: original.field } : {}), ...original.details },
    };
  }
  if (original instanceof ArgumentValidationError) {
    // One problem per field: the first constraint it breaks.
    const fields = original.extensions.validationErrors.map((v) => {
      const [constraint, message] = Object.entries(v.constraints ?? {})[0] ?? ['', 'is not valid'];
      const { rule, min, max } = validatorRule(v, constraint);
      return fieldProblem(v.property, rule, message, { min, max });
    });
    return {
      ...base,
      message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join(' | ')}`,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code) && original instanceof GraphQLError) {
    // An unknown enum value is the caller's input, whichever way it was sent.
    const badEnum = ENUM_VALUE.test(formatted.message) || formatted.extensions?.argument !== undefined;
    const finalCode = code === 'GRAPHQL_VALIDATION_FAILED' && badEnum ? 'BAD_USER_INPUT' : code;
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions: { ...extensions, code: finalCode } };
  }
  // PostgreSQL not answering (a stall, a restart): the client is told to come back shortly, never a 500.
  if (isDatabaseUnavailable(original) || (original instanceof GraphQLError && original.extensions?.code === 'SERVICE_UNAVAILABLE')) {
    return { ...base, message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS } };
  }
  return { message: INTERNAL_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** True for failures the caller caused (bad input, not found…); false for anything worth logging. */
export function isExpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (validatorCrashed(original)) return false;
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  // An outage is logged once, when it starts and ends (OutageLog), not once per request.
  if (isDatabaseUnavailable(original)) return true;
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  return typeof code === 'string' && REQUEST_CODES.has(code);
}
