/** The GraphQL API as a signed-in person uses it: their session cookie on every request, errors thrown with the operation named. */
export class Session {
  constructor(
    readonly baseUrl: string,
    /** `poruch_session=…`, as the server set it. */
    readonly cookie: string,
    readonly email: string,
  ) {}

  ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return graphql<T>(this.baseUrl, query, variables, this.cookie).then((r) => r.data);
  }

  /** The cookie for a browser context. */
  browserCookie() {
    const [name, value] = this.cookie.split('=') as [string, string];
    return { name, value, url: this.baseUrl };
  }
}

async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.trim().slice(0, 80)}…\n${JSON.stringify(body.errors, null, 1)}`);
  return { data: body.data, setCookie: response.headers.getSetCookie() };
}

function sessionFrom(setCookie: string[]): string {
  const pair = setCookie.map((c) => c.split(';')[0]!.trim()).find((c) => c.startsWith('poruch_session='));
  if (!pair) throw new Error('the server set no session cookie');
  return pair;
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const { setCookie } = await graphql(baseUrl, 'mutation($input: LoginInput!) { login(input: $input) { id } }', {
    input: { email, password },
  });
  return new Session(baseUrl, sessionFrom(setCookie), email);
}

export async function register(
  baseUrl: string,
  input: { email: string; password: string; displayName: string; organization: string },
): Promise<{ session: Session; id: string }> {
  const { data, setCookie } = await graphql<{ register: { id: string } }>(
    baseUrl,
    'mutation($input: RegisterInput!) { register(input: $input) { id } }',
    { input },
  );
  return { session: new Session(baseUrl, sessionFrom(setCookie), input.email), id: data.register.id };
}

/** Runs `work` over `items`, `limit` at a time, keeping the order of the results. */
export async function inTurns<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
