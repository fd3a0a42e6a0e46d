import { describe, expect, it } from 'vitest';
import { inspect, tablePatterns, wordsOf } from './answers.js';

/** The hostile suites pass only if this reader would notice a broken answer: each rule is shown to fire here. */
const tables = tablePatterns(['practice', 'app_user', 'login_throttle']);
const json = (body: unknown, status = 200) => ({ status, contentType: 'application/json', text: JSON.stringify(body) });
const problems = (answer: ReturnType<typeof json>, sent: string[] = []) => inspect(answer, sent, tables).problems;

describe('reading an answer to a hostile request', () => {
  it('passes a clean answer and a refusal with a known code', () => {
    expect(problems(json({ data: { practice: null } }))).toEqual([]);
    expect(problems(json({ errors: [{ message: 'slug: no such practice', extensions: { code: 'NOT_FOUND' } }] }, 200))).toEqual([]);
    expect(
      problems(json({ errors: [{ message: 'Syntax Error: Unexpected "}"', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] }, 400)),
    ).toEqual([]);
  });

  it('flags a 5xx, an internal error, an unknown or missing code, a body that is not a GraphQL answer', () => {
    expect(problems(json({ data: null }, 500))).toEqual(['HTTP 500']);
    expect(problems(json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toEqual([
      'INTERNAL_SERVER_ERROR at undefined',
    ]);
    expect(problems(json({ errors: [{ message: 'x', extensions: { code: 'OOPS' } }] }))).toEqual(['unknown code OOPS']);
    expect(problems(json({ errors: [{ message: 'x' }] }))[0]).toMatch(/without a code/);
    expect(problems({ status: 404, contentType: 'text/html', text: '<pre>Cannot PUT /graphql</pre>' })[0]).toMatch(/^not JSON/);
    expect(problems(json([1, 2]))[0]).toMatch(/not a GraphQL answer/);
  });

  it('flags a stack trace, SQL, a PostgreSQL message, a table name, an ORM error', () => {
    const error = (message: string, extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT' }) =>
      json({ errors: [{ message, extensions }] });
    expect(problems(error('x', { code: 'BAD_USER_INPUT', stacktrace: ['Error: x'] }))).toContain('an error carries its stack trace');
    expect(problems(error('failed\n    at resolve (/app/src/practice/practice.service.ts:12:7)'))[0]).toMatch(/leaks/);
    expect(problems(error('select "p".* from "practice" as "p" where "p"."slug" = $1'))).not.toEqual([]);
    expect(problems(error('insert into whatever values (1)'))).not.toEqual([]);
    expect(problems(error('invalid input syntax for type uuid: "x"'))).not.toEqual([]);
    expect(problems(error('duplicate key value violates unique constraint "app_user_email_unique"'))).not.toEqual([]);
    expect(problems(error('no row in login_throttle'))).not.toEqual([]);
    expect(problems(error('DriverException: oops'))).not.toEqual([]);
    expect(problems(json({ data: { note: 'relation "practice" does not exist' } }))).not.toEqual([]);
  });

  it('does not take the caller’s own words quoted back for a leak', () => {
    const sent = "1' UNION SELECT password_hash FROM app_user --";
    const echo = json(
      { errors: [{ message: `Variable "$s" got invalid value ${JSON.stringify(sent)}`, extensions: { code: 'BAD_USER_INPUT' } }] },
      400,
    );
    expect(problems(echo, [sent])).toEqual([]);
    expect(problems(echo)).not.toEqual([]);
    // A GraphQL field named like a table is not a leak; the table quoted as SQL quotes it is.
    expect(
      problems(
        json(
          {
            errors: [
              { message: 'Field "practice" must have a selection of subfields.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
            ],
          },
          400,
        ),
      ),
    ).toEqual([]);
    expect(wordsOf('{ search(type: case_study, query: "a\\"b") { total } }')).toEqual(['case_study', 'a\\"b']);
  });
});
