import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPractice, buildVocabulary } from '../test-support/factories.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { REQUEST_LIMITS } from './limits.js';
import { signedIn } from '../test-support/accounts.js';

describe('error handling and request limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    await buildVocabulary(em);
    await buildPractice(em, { slug: 'one' });
  });
  afterAll(() => app.close());

  it('hides an unexpected failure behind a generic message with a request id, and logs the cause', async () => {
    // Break the database under the server: the resulting SQL error must not reach the client.
    await app.orm.em.getConnection().execute('alter table practice rename to practice_gone');
    try {
      const res = await app.gql(`{ practices { totalCount } }`);
      const error = res.errors?.[0];
      expect(error?.message).toBe('Internal server error');
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const requestId = error?.extensions?.requestId;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('x-request-id')).toBe(requestId);
      expect(JSON.stringify(res.errors)).not.toMatch(/practice_gone|select|relation|stack|\.ts:/i);

      const logged = app.logs.find((l) => l.requestId === requestId);
      expect(logged?.level).toBe(50);
      expect((logged?.err as { message?: string } | undefined)?.message).toMatch(/relation "practice" does not exist/);
    } finally {
      await app.orm.em.getConnection().execute('alter table practice_gone rename to practice');
    }
  });

  it('does not log the caller’s own mistakes as server errors', async () => {
    const before = app.logs.length;
    const res = await app.gql(`{ practices(first: 0) { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(app.logs.slice(before).filter((l) => l.level === 50)).toEqual([]);
  });

  it('rejects a query deeper than the limit before any resolver runs', async () => {
    let selection = 'slug';
    for (let i = 0; i < REQUEST_LIMITS.maxDepth; i++) selection = `adaptedFrom { ${selection} }`;
    app.sql.reset();
    const res = await app.gql(`{ practice(slug: "one") { ${selection} } }`);
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
    expect(app.sql.statements).toEqual([]);
  });

  it('rejects too many aliases and too many tokens', async () => {
    const aliases = Array.from({ length: REQUEST_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: themes { slug }`).join(' ');
    const manyAliases = await app.gql(`{ ${aliases} }`);
    expect(manyAliases.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('answers a document that does not parse, or is too long, with 400 GRAPHQL_PARSE_FAILED, and logs no server error', async () => {
    const before = app.logs.length;
    const post = (query: string) =>
      fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const tokens = Array.from({ length: REQUEST_LIMITS.maxTokens }, () => '__typename').join(' ');
    for (const query of [`{ ${tokens} }`, '{ themes { slug }', 'query { practice(slug: ) }']) {
      const res = await post(query);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(body.errors[0]!.message).toMatch(/^Syntax Error/);
    }
    expect(app.logs.slice(before).filter((l) => (l.level as number) >= 50)).toEqual([]);
  });

  it('answers a subscription, a malformed id and a NUL character as the caller’s mistakes, naming the argument', async () => {
    const subscription = await app.gql('subscription { themes { slug } }');
    expect(subscription.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_REQUEST)$/);

    const malformed = await app.gql('query($id: ID!) { caseStudy(id: $id) { slug } }', { id: 'not-a-uuid' });
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    expect(malformed.errors?.[0]?.message).toMatch(/^id: must be a UUID/);

    const nul = await app.gql('query($s: String!) { practice(slug: $s) { slug } }', { s: 'o\u0000ne' });
    expect(nul.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'slug' } });
    expect(JSON.stringify([subscription, malformed, nul])).not.toMatch(/INTERNAL_SERVER_ERROR|invalid input syntax|0x00/);
  });

  it('refuses batched requests and oversized bodies', async () => {
    const batch = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ themes { slug } }' }, { query: '{ themes { slug } }' }]),
    });
    expect(batch.status).toBe(400);

    const big = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ themes { slug } }`, variables: { pad: 'x'.repeat(REQUEST_LIMITS.bodyBytes) } }),
    });
    expect(big.status).toBe(413);
    expect(await big.text()).not.toMatch(/at .*\.js|stack/i);
  });

  it('answers a malformed id inside an input as the caller’s mistake too, naming the field', async () => {
    const trainer = await signedIn(app, 'trainer');
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'mutation($input: UpdateCollectionItemNoteInput!) { updateCollectionItemNote(input: $input) { id } }',
        { input: { itemId: 'x1' } },
        'itemId',
      ],
      [
        'mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }',
        { input: { collectionId: 'x1', practiceId: 'x2' } },
        'collectionId',
      ],
      [
        'mutation($input: ReportAdoptionInput!) { reportAdoption(input: $input) { id } }',
        { input: { practiceId: 'x1', organizationId: 'x2', adoptedOn: '2025-01-01', resultUk: 'Діти прийшли знову.' } },
        'practiceId',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const res = await trainer.gql(query, variables);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors), query).toContain(field);
    }
  });

  it('answers no introspection when it is turned off (production’s default)', async () => {
    const closed = await startTestApp({ introspection: false });
    try {
      const res = await closed.gql('{ __schema { types { name } } }');
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
      expect(res.data).toBeUndefined();
      expect((await closed.gql('{ themes { slug } }')).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
    expect((await app.gql<{ __schema: unknown }>('{ __schema { queryType { name } } }')).data?.__schema).toBeTruthy();
  });

  it('keeps CSRF prevention on for simple requests', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ themes { slug } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });
});
