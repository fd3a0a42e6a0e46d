import fc from 'fast-check';
import { parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_LIMITS } from '../graphql/limits.js';
import { getSchema } from '../graphql/schema.js';
import { enumArgumentRule, noSubscriptionsRule } from '../graphql/validation.js';
import { inspect, stringsIn, tablePatterns, Tally, wordsOf, type Verdict } from './answers.js';
import { abusiveDocuments, garbled, schemaDocuments, type DocumentRequest } from './documents.js';
import { ACTORS, sendAs, sendRaw, startHostileTarget, type HostileActor, type HostileTarget } from './hostile-app.js';
import { SETTINGS } from './operations.js';

let target: HostileTarget;
let tables: RegExp[];
let schema: GraphQLSchema;
beforeAll(async () => {
  target = await startHostileTarget();
  tables = tablePatterns(Object.values(target.app.orm.getMetadata().getAll()).map((meta) => meta.tableName));
  schema = await getSchema();
});
afterAll(() => target?.close());

type Expected = 'too large' | 'empty' | 'parse error' | 'validation error' | 'valid';

/** What the request is, judged here by graphql-js with the server's own body and token limits and validation rules. */
function judge(request: DocumentRequest): Expected {
  const { query } = request;
  if (Buffer.byteLength(JSON.stringify(request)) > REQUEST_LIMITS.bodyBytes) return 'too large';
  if (query === '') return 'empty';
  let document;
  try {
    document = parse(query, { maxTokens: REQUEST_LIMITS.maxTokens });
  } catch {
    return 'parse error';
  }
  return validate(schema, document, [...specifiedRules, enumArgumentRule, noSubscriptionsRule]).length ? 'validation error' : 'valid';
}

/** Besides the rules for every answer: parse errors are 400 GRAPHQL_PARSE_FAILED, validation errors 400 GRAPHQL_VALIDATION_FAILED. */
function classify(expected: Expected, verdict: Verdict): string[] {
  const problems: string[] = [];
  const { status, codes, body } = verdict;
  for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'])
    if (codes.includes(code) && status !== 400) problems.push(`${code} with HTTP ${status}`);
  if (expected === 'too large' && (status !== 413 || codes.join() !== 'BAD_REQUEST'))
    problems.push(`a body over the limit answered ${status} ${codes}`);
  if (expected === 'empty' && (status !== 400 || codes.join() !== 'BAD_REQUEST'))
    problems.push(`an empty query answered ${status} ${codes}`);
  if (expected === 'parse error' && (status !== 400 || codes.join() !== 'GRAPHQL_PARSE_FAILED'))
    problems.push(`a document that does not parse answered ${status} ${codes}`);
  if (expected === 'validation error') {
    const allowed = codes.length > 0 && codes.every((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'BAD_USER_INPUT');
    if (status !== 400 || !allowed) problems.push(`an invalid document answered ${status} ${codes}`);
    if (body && 'data' in body) problems.push('an invalid document answered with data');
  }
  if (expected === 'valid' && codes.includes('GRAPHQL_PARSE_FAILED')) problems.push('a document that parses answered GRAPHQL_PARSE_FAILED');
  return problems;
}

interface Failure {
  what: string;
  problem: string;
  request: unknown;
}

const shown = (value: unknown) =>
  JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 300 ? `${v.slice(0, 150)}…(${v.length} chars)` : v));

/** The slowest requests of the run (ms, kind, the request shortened), to keep an eye on the time budget. */
const slowest: [number, string, string][] = [];

async function run<T>(
  name: string,
  cases: fc.Arbitrary<T>,
  numRuns: number,
  send: (c: T) => Promise<{ verdict: Verdict; kind: string; extra?: string[] }>,
  tally: Tally,
  failures: Failure[],
) {
  const details = await fc.check(
    fc.asyncProperty(cases, async (c) => {
      const started = performance.now();
      const { verdict, kind, extra = [] } = await send(c);
      slowest.push([performance.now() - started, kind, shown(c).slice(0, 160)]);
      slowest.sort((a, b) => b[0] - a[0]).splice(5);
      tally.add(kind, verdict);
      const problems = [...verdict.problems, ...extra];
      if (problems.length) throw new Error(problems.join('\n'));
    }),
    { seed: SETTINGS.seed, numRuns, timeout: 30_000, interruptAfterTimeLimit: 150_000 },
  );
  if (details.failed) {
    const problem = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    failures.push({ what: name, problem, request: details.counterexample?.[0] });
  }
}

describe('random documents built from the schema', () => {
  it(
    'are answered 400 GRAPHQL_PARSE_FAILED or GRAPHQL_VALIDATION_FAILED when malformed, and never 5xx, internal or leaking',
    async () => {
      const pools = { ids: target.ids, words: target.words };
      const structured = fc.oneof(schemaDocuments(schema, pools, true), schemaDocuments(schema, pools, false));
      const kinded = (kind: string, arbitrary: fc.Arbitrary<DocumentRequest>) => arbitrary.map((request) => ({ kind, request }));
      const cases = fc
        .tuple(
          fc.constantFrom<HostileActor>(...ACTORS),
          fc.oneof(
            { weight: 3, arbitrary: kinded('structured', structured) },
            { weight: 2, arbitrary: kinded('garbled', garbled(structured)) },
            { weight: 1, arbitrary: kinded('abusive', abusiveDocuments(pools)) },
          ),
        )
        .map(([actor, c]) => ({ actor, ...c }));
      const tally = new Tally();
      const judged = new Tally();
      const failures: Failure[] = [];
      console.log(`random documents: seed ${SETTINGS.seed}, ${SETTINGS.documents} documents (HOSTILE_SEED, HOSTILE_DOCUMENTS)`);
      await run(
        'documents',
        cases,
        SETTINGS.documents,
        async ({ actor, kind, request }) => {
          const answer = await sendAs(target.app, target.callers[actor], request);
          const verdict = inspect(answer, [...stringsIn(request), ...wordsOf(request.query)], tables);
          const expected = judge(request);
          judged.add(expected, verdict);
          return { verdict, kind, extra: classify(expected, verdict) };
        },
        tally,
        failures,
      );
      console.log(tally.report('random documents, by kind'));
      console.log(`slowest: ${slowest.map(([ms, kind, c]) => `\n  ${Math.round(ms)} ms ${kind} ${c}`).join('')}`);
      console.log(judged.report('the same documents, by what graphql-js makes of them', false));
      for (const f of failures) console.log(`FAILED ${f.what} (seed ${SETTINGS.seed}): ${f.problem}\n  request: ${shown(f.request)}`);
      for (const expected of ['parse error', 'validation error', 'valid'])
        expect(judged.byOperation.get(expected)?.size ?? 0, expected).toBeGreaterThan(0);
      expect(failures.map((f) => f.problem.split('\n')[0])).toEqual([]);
    },
    60_000 + SETTINGS.documents * 200,
  );
});

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/graphql-response+json',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql',
  'application/xml',
  '*/*',
  '',
];

describe('malformed HTTP requests to /graphql', () => {
  it(
    'are refused with a 4xx GraphQL answer, never 5xx, internal or leaking',
    async () => {
      const json = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.record({ query: fc.oneof(fc.string(), fc.constant('{ __typename }'), fc.jsonValue({ maxDepth: 2 })) }, { requiredKeys: [] }),
        fc.record(
          {
            query: fc.constant('query($a: Int) { __typename }'),
            variables: fc.jsonValue({ maxDepth: 3 }),
            operationName: fc.jsonValue({ maxDepth: 1 }),
            extensions: fc.jsonValue({ maxDepth: 3 }),
          },
          { requiredKeys: ['query'] },
        ),
        fc.array(fc.constant({ query: '{ __typename }' }), { minLength: 1, maxLength: 3 }),
      );
      const body = fc.oneof(
        { weight: 5, arbitrary: json.map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: json.map((v) => JSON.stringify(v)).chain((s) => fc.nat(s.length).map((n) => s.slice(0, n))) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(120_000, 99_000)
            .map((n) => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(n) } })),
        },
        { weight: 1, arbitrary: fc.constant('{"query": "{ __typename }", "query": "{ themes { slug } }"}') },
        { weight: 1, arbitrary: fc.constant('{"query": "{ __typename }", "__proto__": {"admin": true}}') },
      );
      const cases = fc.record({
        method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH'),
        contentType: fc.constantFrom(...CONTENT_TYPES),
        accept: fc.constantFrom('application/json', 'application/graphql-response+json', 'text/html', '*/*', ''),
        preflight: fc.boolean(),
        body,
        search: fc.oneof(
          fc.constant(''),
          fc.constant('?query=%7B__typename%7D'),
          fc.constant('?query=mutation%7Blogout%7D'),
          fc.string({ maxLength: 30 }).map((q) => `?query=${encodeURIComponent(q)}&variables=${encodeURIComponent(q)}`),
          fc.constant('?query=%7B__typename%7D&variables=%7Bnot-json'),
        ),
        invalidUtf8: fc.boolean(),
        // A well-formed request now and then, so the headers below reach the context and the session lookup.
        wellFormed: fc.boolean(),
        // Header values a client controls and the server reads: the session cookie and the request id.
        cookie: fc.oneof(
          fc.constant(''),
          fc.string({ unit: 'grapheme-ascii', maxLength: 60 }).map((v) => `poruch_session=${v}`),
          fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((v) => `poruch_session=${v}`),
          fc.constantFrom('poruch_session=%E0%A4%A', 'poruch_session=a; poruch_session=b', '=;;=', 'poruch_session'),
        ),
        requestId: fc.oneof(fc.constant(''), fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), fc.stringMatching(/^[\w-]{8,64}$/)),
      });
      const tally = new Tally();
      const failures: Failure[] = [];
      await run(
        'envelopes',
        cases,
        Math.ceil(SETTINGS.documents / 4),
        async (generated) => {
          const c = generated.wellFormed
            ? { ...generated, method: 'POST', contentType: 'application/json', body: '{"query":"{ me { id role } }"}' }
            : generated;
          const headers: Record<string, string> = {};
          if (c.contentType) headers['content-type'] = c.contentType;
          if (c.accept) headers.accept = c.accept;
          if (c.preflight) headers['apollo-require-preflight'] = 'true';
          if (c.cookie) headers.cookie = c.cookie;
          if (c.requestId.trim()) headers['x-request-id'] = c.requestId;
          const hasBody = c.method !== 'GET';
          const raw =
            hasBody && c.invalidUtf8 && !c.wellFormed
              ? Buffer.concat([Buffer.from(c.body), Buffer.from([0xed, 0xa0, 0x80, 0xff, 0xc3])])
              : c.body;
          const answer = await sendRaw(target.app.url, {
            method: c.method,
            headers,
            query: c.search,
            body: hasBody ? raw : undefined,
          });
          const verdict = inspect(
            answer,
            [c.body, new URLSearchParams(c.search).get('query') ?? '', new URLSearchParams(c.search).get('variables') ?? ''],
            tables,
          );
          return { verdict, kind: `${c.method} ${c.contentType || '(none)'}` };
        },
        tally,
        failures,
      );
      console.log(tally.report('malformed HTTP requests, by method and content type'));
      for (const f of failures) console.log(`FAILED ${f.what} (seed ${SETTINGS.seed}): ${f.problem}\n  request: ${shown(f.request)}`);
      expect(failures.map((f) => f.problem.split('\n')[0])).toEqual([]);
    },
    60_000 + SETTINGS.documents * 50,
  );
});
