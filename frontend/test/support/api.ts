import { createServer } from 'node:net';

/** Asks the real API directly, to know what the page should show. */
export async function queryApi<T>(graphqlUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || body.errors || !body.data) throw new Error(`API answered ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** A URL on a port where nothing listens (it was free a moment ago and was released). */
export function deadGraphqlUrl(): Promise<string> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return fail(new Error('no port'));
      server.close(() => done(`http://127.0.0.1:${address.port}/graphql`));
    });
  });
}
