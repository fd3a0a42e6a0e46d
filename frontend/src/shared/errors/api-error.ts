import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { ParseKeys } from '@/i18n/react';

/** Every code the API can answer with (backend/src/graphql/errors.ts), plus NETWORK for no answer at all. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SEARCH_UNAVAILABLE',
  'IDEMPOTENCY_KEY_REUSED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number] | 'NETWORK';

export type MessageKey = ParseKeys;

/** What the interface needs to know about a failure, read once from Apollo's error types. */
export interface ApiProblem {
  code: ApiErrorCode;
  /** Input fields at fault, each with the code that named it (BAD_USER_INPUT or CONFLICT). */
  fields: Record<string, ApiErrorCode>;
  retryAfterSeconds?: number;
}

function isKnownCode(value: unknown): value is (typeof API_ERROR_CODES)[number] {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

// "input.email" and "filters.languages" name the same thing a form calls "email" and "languages".
const lastSegment = (field: string) => field.slice(field.lastIndexOf('.') + 1);

/** Reads the code, the fields at fault and the retry delay from any error Apollo Client reports. */
export function toApiProblem(error: unknown): ApiProblem {
  if (!CombinedGraphQLErrors.is(error)) {
    const answered = ServerError.is(error) || ServerParseError.is(error);
    return { code: answered ? 'INTERNAL_SERVER_ERROR' : 'NETWORK', fields: {} };
  }
  const problem: ApiProblem = { code: 'INTERNAL_SERVER_ERROR', fields: {} };
  error.errors.forEach((graphqlError, index) => {
    const extensions = graphqlError.extensions ?? {};
    const code = isKnownCode(extensions.code) ? extensions.code : 'INTERNAL_SERVER_ERROR';
    if (index === 0) problem.code = code;
    if (typeof extensions.field === 'string') problem.fields[lastSegment(extensions.field)] = code;
    if (Array.isArray(extensions.fields)) {
      for (const entry of extensions.fields as unknown[]) {
        const field = (entry as { field?: unknown } | null)?.field;
        if (typeof field === 'string') problem.fields[lastSegment(field)] = code;
      }
    }
    if (typeof extensions.retryAfterSeconds === 'number') problem.retryAfterSeconds = extensions.retryAfterSeconds;
  });
  return problem;
}

/** The one map from an error code to the catalogue message shown for the whole request. */
export const ERROR_MESSAGES = {
  BAD_USER_INPUT: 'errors.BAD_USER_INPUT',
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  NOT_FOUND: 'errors.NOT_FOUND',
  CONFLICT: 'errors.CONFLICT',
  RATE_LIMITED: 'errors.RATE_LIMITED',
  SEARCH_UNAVAILABLE: 'errors.SEARCH_UNAVAILABLE',
  IDEMPOTENCY_KEY_REUSED: 'errors.IDEMPOTENCY_KEY_REUSED',
  SERVICE_UNAVAILABLE: 'errors.SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'errors.INTERNAL_SERVER_ERROR',
  NETWORK: 'errors.NETWORK',
} as const satisfies Record<ApiErrorCode, MessageKey>;

/**
 * Messages for a field at fault, by field then code; a field or code not listed gets
 * `errors.field.invalid`. Forms name their inputs as the API names the fields.
 */
export const FIELD_MESSAGES: Record<string, Partial<Record<ApiErrorCode, MessageKey>>> = {
  email: { BAD_USER_INPUT: 'errors.field.email', CONFLICT: 'errors.field.emailTaken' },
  password: { BAD_USER_INPUT: 'errors.field.password' },
  displayName: { BAD_USER_INPUT: 'errors.field.displayName' },
  organization: { BAD_USER_INPUT: 'errors.field.organization' },
};

export function fieldMessageKey(field: string, code: ApiErrorCode): MessageKey {
  return FIELD_MESSAGES[field]?.[code] ?? 'errors.field.invalid';
}
