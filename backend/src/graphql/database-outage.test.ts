import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../test-support/accounts.js';
import { buildPractice, buildVocabulary } from '../test-support/factories.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * A stalled database, made real: another transaction holds a table lock, so the app's statements wait until
 * PostgreSQL cancels them (the app's statement timeout, short here). The app must answer quickly with
 * SERVICE_UNAVAILABLE, 503 and Retry-After, log the outage once and its end once, and recover by itself.
 */
describe('when PostgreSQL stalls', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ timeouts: { statementMs: 300, queryMs: 3_000, connectMs: 2_000, acquireMs: 2_000 } });
    await buildVocabulary(app.orm.em.fork());
    await buildPractice(app.orm.em.fork(), { slug: 'stalled' });
  });
  afterAll(() => app.close());

  /** Holds an exclusive lock on `table` until the returned release is called. */
  async function stall(table: string): Promise<() => Promise<void>> {
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    let locked!: () => void;
    const holding = new Promise<void>((done) => (locked = done));
    const transaction = app.orm.em.fork().transactional(async (em) => {
      await em.execute(`lock table ${table} in access exclusive mode`);
      locked();
      await released;
    });
    await Promise.race([holding, transaction]);
    return async () => {
      release();
      await transaction;
    };
  }

  const post = (query: string, cookie?: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query }),
    });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, signed in or not, logs it once, and recovers', async () => {
    const librarian = await signedIn(app, 'librarian');
    const logsBefore = app.logs.length;
    const release = await stall('practice');
    try {
      for (const cookie of [undefined, librarian.cookie ?? undefined, undefined]) {
        const started = Date.now();
        const res = await post('{ practices { totalCount } }', cookie);
        expect(Date.now() - started).toBeLessThan(3_000);
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[] };
        expect(body.errors[0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
        expect(JSON.stringify(body)).not.toMatch(/statement timeout|canceling|practice"|select/i);
      }
    } finally {
      await release();
    }
    const ok = await post('{ practices { totalCount } }');
    expect(ok.status).toBe(200);
    const lines = app.logs.slice(logsBefore).map((l) => l.msg);
    expect(lines.filter((m) => m === 'database unavailable: answering SERVICE_UNAVAILABLE until it returns')).toHaveLength(1);
    expect(lines.filter((m) => m === 'database available again')).toHaveLength(1);
    expect(lines.filter((m) => m === 'unexpected error in a GraphQL request')).toHaveLength(0);
  });

  it('answers 503 when even the session cannot be read, instead of a 500', async () => {
    const librarian = await signedIn(app, 'librarian');
    const release = await stall('user_session');
    try {
      const res = await post('{ me { email } }', librarian.cookie ?? undefined);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await release();
    }
    expect((await post('{ me { email } }', librarian.cookie ?? undefined)).status).toBe(200);
  });
});
