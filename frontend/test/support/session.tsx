import { ApolloClient, HttpLink } from '@apollo/client';
import { render } from '@testing-library/react';
import { randomUUID } from 'node:crypto';
import { createMemoryHistory, createRouter, RouterProvider } from '@/shared/router';
import { AppProviders } from '@/app/AppProviders';
import { createCache } from '@/app/apollo';
import { routes } from '@/app/routes';
import { createI18n, type Language } from '@/i18n/i18n';

/**
 * A fetch that keeps the session cookie between requests, as a browser does. Node's fetch keeps no
 * cookies, so without it every request after signing in would be anonymous.
 */
export function cookieFetch(): typeof fetch {
  let cookie = '';
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(input, { ...init, headers });
    const set = res.headers.getSetCookie();
    if (set.length) cookie = set.map((c) => c.split(';')[0]).join('; ');
    return res;
  };
}

export const TEST_PASSWORD = 'chervona-kalyna-u-luzi-7';
/** The demo accounts of seeds/dev (the administrator also gives new accounts their role). */
const DEMO = {
  admin: { email: 'admin@poruch.test', password: 'demo-admin-2025' },
  moderator: { email: 'moderator@poruch.test', password: 'demo-moderator-2025' },
  trainer: { email: 'trainer@poruch.test', password: 'demo-trainer-2025' },
} as const;

/**
 * One caller of the real API, as a browser is: a cookie-keeping fetch and a way to ask the API as it. The web
 * tests' only way to sign in or make an account: registerSession, signInSession (signInDemo), or anonymousSession.
 */
export interface Session {
  graphqlUrl: string;
  /** The account's e-mail; empty for a visitor who has not signed in. */
  email: string;
  fetch: typeof fetch;
  query: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
}

function sessionOver(graphqlUrl: string, email: string): Session {
  const fetchFn = cookieFetch();
  return {
    graphqlUrl,
    email,
    fetch: fetchFn,
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      const res = await fetchFn(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(`API answered ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
      return body.data;
    },
  };
}

/** A visitor who has not signed in (their fetch still keeps cookies, as a browser does). */
export function anonymousSession(graphqlUrl: string): Session {
  return sessionOver(graphqlUrl, '');
}

/** Signs in an existing account (e.g. a demo moderator from seeds/dev). */
export async function signInSession(graphqlUrl: string, email: string, password: string): Promise<Session> {
  const session = sessionOver(graphqlUrl, email);
  await session.query('mutation($input: LoginInput!) { login(input: $input) { id } }', { input: { email, password } });
  return session;
}

/** Signs in one of the demo accounts. */
export function signInDemo(graphqlUrl: string, who: keyof typeof DEMO): Promise<Session> {
  return signInSession(graphqlUrl, DEMO[who].email, DEMO[who].password);
}

/**
 * Registers a new account with TEST_PASSWORD (optionally of an organisation, by slug, and with a role the demo
 * administrator gives it); the API signs it in at once.
 */
export async function registerSession(
  graphqlUrl: string,
  options: { organization?: string; displayName?: string; role?: 'LIBRARIAN' | 'TRAINER' | 'MODERATOR' | 'ADMIN' } = {},
): Promise<Session & { id: string }> {
  const email = `author-${randomUUID().slice(0, 8)}@library.test`;
  const session = sessionOver(graphqlUrl, email);
  const { register } = await session.query<{ register: { id: string } }>(
    'mutation($input: RegisterInput!) { register(input: $input) { id } }',
    { input: { email, password: TEST_PASSWORD, displayName: options.displayName ?? 'Олена Мельник', organization: options.organization } },
  );
  if (options.role && options.role !== 'LIBRARIAN') {
    const admin = await signInDemo(graphqlUrl, 'admin');
    await admin.query('mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id } }', {
      userId: register.id,
      role: options.role,
    });
  }
  return { ...session, id: register.id };
}

/** Renders the whole app at `path` with an Apollo client that talks to `uri` through `fetch` (one of the sessions above). */
export async function renderWithSession(options: {
  uri: string;
  fetch?: typeof fetch;
  path: string;
  language?: Language;
  /** Runs before the first render, e.g. to put data in the cache. */
  prepare?: (client: ApolloClient) => void;
}) {
  const client = new ApolloClient({ link: new HttpLink({ uri: options.uri, fetch: options.fetch }), cache: createCache() });
  options.prepare?.(client);
  const i18n = await createI18n({ language: options.language });
  const router = createRouter(routes, createMemoryHistory([options.path]));
  const view = render(
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, client, i18n, router };
}

/** The whole app at `path`, its requests made as `session`. */
export function renderAs(session: Session, path: string, language?: Language) {
  return renderWithSession({ uri: session.graphqlUrl, fetch: session.fetch, path, language });
}
