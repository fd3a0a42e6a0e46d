import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackend, type RunningBackend } from '../test/support/backend-process';

/**
 * Two server processes on one PostgreSQL, as behind a load balancer: the first starts the embedded database
 * (seed data, demo accounts), the second joins it. Both keep rendered pages and search results for ten
 * minutes, so only the change feed can make a change show in time; sign-in and sign-up limits are counted
 * in the database, whichever instance is asked.
 */
const TEN_MINUTES = String(10 * 60_000);
const SHARED = { NODE_ENV: 'development', PAGE_CACHE_TTL_MS: TEN_MINUTES, SEARCH_CACHE_TTL_MS: TEN_MINUTES, REGISTRATIONS_PER_HOUR: '3' };

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A signed-in (or anonymous) caller of one instance's API; the session cookie works on every instance. */
class Caller {
  cookie = '';
  async gql<T>(base: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    return (await res.json()) as Answer<T>;
  }
}

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { displayName } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { displayName } }`;

async function signIn(base: string, email: string, password: string): Promise<Caller> {
  const caller = new Caller();
  const res = await caller.gql(base, LOGIN, { input: { email, password } });
  expect(res.errors).toBeUndefined();
  return caller;
}

async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return Date.now() - started;
}

const page = async (base: string, path: string) => (await fetch(`${base}${path}`)).text();

describe('two instances on one database', () => {
  let first: RunningBackend;
  let second: RunningBackend;

  beforeAll(async () => {
    first = await startBackend(SHARED);
    second = await startBackend({ ...SHARED, DATABASE_URL: first.databaseUrl });
  });
  afterAll(async () => {
    await second?.stop(); // before the instance that runs the database
    await first?.stop();
  });

  it('a collection renamed through one instance shows renamed on both, though each keeps pages for ten minutes', async () => {
    const trainer = await signIn(first.url, 'trainer@poruch.test', 'demo-trainer-2025');
    const made = await trainer.gql<{ createCollection: { id: string; slug: string; version: number } }>(
      first.url,
      `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id slug version } }`,
      { input: { titleUk: 'Читання в укритті: перша назва', visibility: 'PUBLIC' } },
    );
    const { id, slug, version } = made.data!.createCollection;
    const path = `/collections/${slug}`;
    for (const instance of [first, second]) expect(await page(instance.url, path)).toContain('перша назва');

    const renamed = await trainer.gql(
      second.url,
      `mutation($id: ID!, $input: UpdateCollectionInput!) { updateCollection(id: $id, input: $input) { id } }`,
      {
        id,
        input: { titleUk: 'Читання в укритті: друга назва', version },
      },
    );
    expect(renamed.errors).toBeUndefined();
    for (const instance of [first, second]) {
      const ms = await eventually('the new title', async () => (await page(instance.url, path)).includes('друга назва'));
      console.log(`renamed collection served by ${instance === first ? 'the other' : 'the writing'} instance after ${ms} ms`);
    }
  });

  it('a practice archived through one instance leaves the other instance’s cached search results', async () => {
    const anonymous = new Caller();
    const search = `query($q: String) { search(query: $q) { hits { slug } } }`;
    const slugs = async (base: string, q: string) =>
      ((await anonymous.gql<{ search: { hits: { slug: string }[] } }>(base, search, { q })).data?.search.hits ?? []).map((h) => h.slug);
    const practice = (
      await anonymous.gql<{ practice: { id: string; titleUk: string } }>(
        first.url,
        `{ practice(slug: "bibliotechnyi-kutochok-v-ukrytti") { id titleUk } }`,
      )
    ).data!.practice;
    expect(await slugs(second.url, practice.titleUk)).toContain('bibliotechnyi-kutochok-v-ukrytti'); // now cached

    const moderator = await signIn(first.url, 'moderator@poruch.test', 'demo-moderator-2025');
    const archived = await moderator.gql(first.url, `mutation($id: ID!) { archiveRecord(id: $id, type: PRACTICE) { id } }`, {
      id: practice.id,
    });
    expect(archived.errors).toBeUndefined();
    const ms = await eventually(
      'the archived practice to leave search on the other instance',
      async () => !(await slugs(second.url, practice.titleUk)).includes('bibliotechnyi-kutochok-v-ukrytti'),
    );
    console.log(`archived practice gone from the other instance's search after ${ms} ms`);
  });

  it('counts sign-in failures and sign-ups in the database, whichever instance is asked', async () => {
    const guesser = new Caller();
    const guess = (base: string) => guesser.gql(base, LOGIN, { input: { email: 'librarian@poruch.test', password: 'не-той-пароль-1' } });
    // Five wrong passwords, alternating instances: the pair (account, address) is paused on both.
    for (let i = 0; i < 5; i++) expect((await guess(i % 2 ? first.url : second.url)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const instance of [first, second]) expect((await guess(instance.url)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    // Three new accounts an hour from one address here: one through the first, two through the second, then none.
    const stamp = Date.now().toString(36);
    const signUp = (base: string, n: number) =>
      new Caller().gql(base, REGISTER, {
        input: { email: `instances-${stamp}-${n}@library.test`, password: 'калина-над-ставом-42', displayName: `Бібліотекарка ${n}` },
      });
    expect((await signUp(first.url, 1)).errors).toBeUndefined();
    expect((await signUp(second.url, 2)).errors).toBeUndefined();
    expect((await signUp(second.url, 3)).errors).toBeUndefined();
    expect((await signUp(first.url, 4)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
