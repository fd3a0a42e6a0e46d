import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * Audits of graphql-http (the GraphQL-over-HTTP spec's own conformance checks) that this server fails on
 * purpose, by id, with why. Every other MUST and SHOULD has to pass.
 */
const EXCEPTIONS: Record<string, string> = {
  // "SHOULD use 200 status code on document parsing failure when accepting application/json". The spec keeps
  // 200 for the legacy application/json answer so old clients read the body; Apollo Server answers 400, and so
  // does this API on purpose: docs/ARCHITECTURE.md ("a 400 GRAPHQL_PARSE_FAILED like any syntax error"), the
  // web app, graphql/errors.test.ts and the hostile documents suite rely on a parse error being a 400.
  '572B': 'a parse error is 400 GRAPHQL_PARSE_FAILED, by design (Apollo Server; the API’s documented contract)',
  // "SHOULD use 200 status code on document validation failure when accepting application/json": the same choice
  // for validation (the audit's document happens to fail to parse first on Apollo, which answers 400 either way).
  FDE2: 'a validation error is 400 GRAPHQL_VALIDATION_FAILED, by design (Apollo Server; the API’s documented contract)',
  // "SHOULD use a status code of 200 on variable coercion failure when accepting application/json": Apollo answers
  // 400 for a request it cannot run at all, and the audit's document also declares a variable it never uses,
  // which is a validation error here.
  '7B9B': 'a request that cannot run is 400, by design (Apollo Server)',
};

/**
 * MAY audits (not required) that fail only because Apollo's CSRF prevention (on, docs/ARCHITECTURE.md) refuses a
 * GET without a header a browser cannot send cross-site on its own: checked below to pass once the header is sent.
 */
const BLOCKED_BY_CSRF_PREVENTION = ['5A70', 'D6D5', '6A70'];

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const required = (r: AuditResult) => r.name.startsWith('MUST') || r.name.startsWith('SHOULD');

describe('graphql-http’s server audit against the real /graphql', () => {
  it('passes every MUST and SHOULD but the listed, deliberate exceptions', async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: `${app.url}/graphql` })) results.push(await audit.fn());

    const failed = results.filter((r) => r.status !== 'ok');
    const describeFailure = async (r: AuditResult) =>
      r.status === 'ok'
        ? r.name
        : `${r.id} ${r.name}: ${r.reason} (${r.response.status} ${(await r.response.clone().text()).slice(0, 200)})`;
    const unexpected = await Promise.all(failed.filter((r) => required(r) && !(r.id in EXCEPTIONS)).map(describeFailure));
    const excepted = failed.filter((r) => r.id in EXCEPTIONS);
    const optional = await Promise.all(failed.filter((r) => !required(r)).map(describeFailure));

    const passedRequired = results.filter((r) => required(r) && r.status === 'ok').length;
    console.log(
      [
        `graphql-http audit: ${results.length} audits, ${results.filter((r) => r.status === 'ok').length} passed`,
        `  MUST and SHOULD: ${passedRequired} of ${results.filter(required).length} passed; ${excepted.length} deliberate exceptions:`,
        ...excepted.map((r) => `    ${r.id} ${r.name} — ${EXCEPTIONS[r.id]}`),
        `  MAY not taken (${optional.length}):`,
        ...optional.map((line) => `    ${line}`),
      ].join('\n'),
    );

    // The same audits from a client that sends Apollo's preflight header, as the web app's GETs would.
    const withPreflight: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), 'apollo-require-preflight': 'true' } });
    const again = new Map<string, AuditResult>();
    for (const audit of serverAudits({ url: `${app.url}/graphql`, fetchFn: withPreflight }))
      if (BLOCKED_BY_CSRF_PREVENTION.includes(audit.id)) again.set(audit.id, await audit.fn());
    console.log(`  with the preflight header: ${[...again].map(([id, r]) => `${id} ${r.status}`).join(', ')}`);

    expect(results.length).toBeGreaterThan(50);
    expect(optional.map((line) => line.slice(0, 4)).sort()).toEqual([...BLOCKED_BY_CSRF_PREVENTION].sort());
    expect([...again.values()].map((r) => `${r.id} ${r.status}`)).toEqual(BLOCKED_BY_CSRF_PREVENTION.map((id) => `${id} ok`));
    expect(unexpected).toEqual([]);
    // An exception that now passes is no longer needed: take it off the list so it is checked again.
    expect(excepted.map((r) => r.id).sort()).toEqual(Object.keys(EXCEPTIONS).sort());
  });
});
