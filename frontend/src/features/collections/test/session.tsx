import { randomUUID } from 'node:crypto';
import { cookieFetch, renderWithSession } from '../../../../test/support/session';
import type { Language } from '@/i18n/i18n';

/** A signed-in visitor of the real API for the collections tests, over the shared cookie-keeping fetch. */
export class ApiSession {
  readonly fetch: typeof fetch = cookieFetch();

  constructor(readonly graphqlUrl: string) {}

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`API answered ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
    return body.data;
  }
}

export async function signIn(graphqlUrl: string, email: string, password: string): Promise<ApiSession> {
  const session = new ApiSession(graphqlUrl);
  await session.gql('mutation($input: LoginInput!) { login(input: $input) { id } }', { input: { email, password } });
  return session;
}

const PASSWORD = 'kalyna-kvitne-u-sadu-2025';

/** A new account (its own for each test), given a role by the demo admin, and signed in. */
export async function newAccount(graphqlUrl: string, role: 'TRAINER' | 'LIBRARIAN', displayName: string) {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@library.test`;
  const session = new ApiSession(graphqlUrl);
  const { register } = await session.gql<{ register: { id: string } }>(
    'mutation($input: RegisterInput!) { register(input: $input) { id } }',
    { input: { email, password: PASSWORD, displayName } },
  );
  if (role !== 'LIBRARIAN') {
    const admin = await signIn(graphqlUrl, 'admin@poruch.test', 'demo-admin-2025');
    await admin.gql('mutation($userId: ID!, $role: Role!) { setUserRole(userId: $userId, role: $role) { id } }', {
      userId: register.id,
      role,
    });
  }
  return { session, email, id: register.id };
}

/** The whole app at `path`, its requests made as `session`. */
export function renderAs(session: ApiSession, path: string, language?: Language) {
  return renderWithSession({ uri: session.graphqlUrl, fetch: session.fetch, path, language });
}

/** Published practices from the seed data, as the API lists them. */
export async function seededPractices(session: ApiSession, count: number) {
  const { practices } = await session.gql<{ practices: { edges: { node: { id: string; slug: string; titleUk: string } }[] } }>(
    `{ practices(first: ${count}) { edges { node { id slug titleUk } } } }`,
  );
  return practices.edges.map((e) => e.node);
}

/** Serious and critical axe-core violations on the page as rendered (jsdom: no layout, so no colour contrast). */
export async function seriousAxeViolations(): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
