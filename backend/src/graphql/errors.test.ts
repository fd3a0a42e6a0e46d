import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPractice, buildVocabulary } from '../test-support/factories.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { REQUEST_LIMITS } from './limits.js';

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

    const tokens = Array.from({ length: REQUEST_LIMITS.maxTokens }, () => '__typename').join(' ');
    const manyTokens = await app.gql(`{ ${tokens} }`);
    expect(manyTokens.errors?.[0]?.message).toMatch(/token/i);
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

  it('keeps CSRF prevention on for simple requests', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ themes { slug } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });
});
