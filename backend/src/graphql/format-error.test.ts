import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { formatError, isExpected } from './errors.js';

const format = (error: GraphQLError) =>
  formatError({ message: error.message, path: ['register'], extensions: { ...error.extensions } }, error);

describe('formatError with input validation', () => {
  it('names the fields a validator refused', () => {
    const error = new ArgumentValidationError([{ property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] }]);
    expect(format(error)).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', rule: 'email', message: 'email must be an email' }] },
    });
    expect(isExpected(error)).toBe(true);
  });

  // type-graphql wraps whatever a validator throws in the same error class: a validator that crashed (validator.js's
  // isEmail threw URIError on a lone surrogate) made formatError itself throw, and the caller got Apollo's bare
  // internal error with nothing logged.
  it('treats a validator that crashed as the server’s failure: an internal error, and logged', () => {
    const error = new ArgumentValidationError(new URIError('URI malformed') as never);
    expect(format(error)).toEqual({ message: 'Internal server error', path: ['register'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(isExpected(error)).toBe(false);
  });
});
