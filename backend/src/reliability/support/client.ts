import { IDEMPOTENCY_HEADER } from '../../modules/idempotency/idempotency.plugin.js';
import { SESSION } from '../../modules/account/account.limits.js';

/** Longer than any answer the app should ever take: an attempt still unanswered then counts as hanging. */
export const CLIENT_TIMEOUT_MS = 60_000;

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

/** One HTTP attempt and how it ended, as a client sees it. */
export interface Attempt {
  startedAt: number;
  endedAt: number;
  /** Wall time of the attempt in ms. */
  ms: number;
  /** HTTP status; 0 when no answer came (connection refused, reset, client timeout). */
  status: number;
  retryAfter: string | null;
  replayed: boolean;
  data: Record<string, unknown> | null;
  errors: GqlError[];
  /** What a client does next: done, try again with the same key, or give up on a refusal. */
  outcome: 'ok' | 'unavailable' | 'busy' | 'no-answer' | 'refused';
  text: string;
}

/** Sends one GraphQL operation over HTTP as the web app does, with a session cookie and an optional key. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { cookie?: string | null; key?: string | null; timeoutMs?: number } = {},
): Promise<Attempt> {
  const startedAt = Date.now();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.key) headers[IDEMPOTENCY_HEADER] = options.key;
  const done = (partial: Omit<Attempt, 'startedAt' | 'endedAt' | 'ms'>): Attempt => {
    const endedAt = Date.now();
    return { startedAt, endedAt, ms: endedAt - startedAt, ...partial };
  };
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? CLIENT_TIMEOUT_MS),
    });
    text = await res.text();
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return done({ status: 0, retryAfter: null, replayed: false, data: null, errors: [], outcome: 'no-answer', text: reason });
  }
  let body: { data?: Record<string, unknown> | null; errors?: GqlError[] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: a proxy page or a cut-off answer; classified below by status
  }
  const errors = body.errors ?? [];
  const codes = errors.map((e) => e.extensions?.code);
  let outcome: Attempt['outcome'];
  if (res.status === 200 && errors.length === 0 && body.data) outcome = 'ok';
  else if (res.status === 503 || codes.includes('SERVICE_UNAVAILABLE')) outcome = 'unavailable';
  // The same key is being answered right now (the attempt before a lost answer): ask again shortly.
  else if (errors.some((e) => e.extensions?.code === 'CONFLICT' && e.extensions.field === IDEMPOTENCY_HEADER)) outcome = 'busy';
  else if (res.status >= 502) outcome = 'no-answer';
  else outcome = 'refused';
  return done({
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    replayed: res.headers.get('idempotent-replayed') === 'true',
    data: body.data ?? null,
    errors,
    outcome,
    text,
  });
}

/** Signs in through the API, again after a 503 as the web app would; returns the session cookie to send. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await signInOnce(url, email, password);
    } catch (err) {
      if (!(err instanceof Unavailable) || attempt === 10) throw err;
      await new Promise((done) => setTimeout(done, 1_000));
    }
  }
}

class Unavailable extends Error {}

async function signInOnce(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { email } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await res.json()) as { errors?: unknown };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${SESSION.cookie}=`));
  if (!res.ok || body.errors || !cookie) {
    const message = `sign-in as ${email} failed: ${res.status} ${JSON.stringify(body)}`;
    throw res.status === 503 ? new Unavailable(message) : new Error(message);
  }
  return cookie;
}

/** The demo accounts from seeds/dev/demo-accounts.yaml, loaded into a fresh development database. */
export const DEMO = {
  librarian: { email: 'librarian@poruch.test', password: 'demo-librarian-2025' },
  trainer: { email: 'trainer@poruch.test', password: 'demo-trainer-2025' },
  moderator: { email: 'moderator@poruch.test', password: 'demo-moderator-2025' },
} as const;
