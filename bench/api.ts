/**
 * What the layers above the database cost: `npm run bench:api -- [--seconds 5] [--concurrency 10]`.
 *
 * One fresh embedded PostgreSQL with the seed catalogue, three servers in this process on the same ORM and
 * search index, each asked the same documents by `--concurrency` clients:
 *   app      — the real HTTP app (Express, Apollo Server, its plugins and validation rules, type-graphql);
 *   graphql  — a minimal handler: node:http, graphql-js parse + validate (cached per document, as Apollo
 *              caches them) + execute over the same built schema and the same per-request context;
 *   bare     — node:http answering the same JSON bytes, computed once.
 * Three documents: a practice page (the web app's PracticePage), a search page answered from the result cache,
 * and a list of the catalogue's practices with nested fields. Prints requests/s, p50/p95/p99 and the ratios;
 * asserts nothing.
 */
import 'reflect-metadata';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { MikroORM } from '@mikro-orm/postgresql';
import { execute, parse, print, specifiedRules, validate, type DocumentNode } from 'graphql';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { migrate } from '../backend/src/db/database.js';
import { startEmbeddedPostgres } from '../backend/src/db/embedded-postgres.js';
import { ormOptions } from '../backend/src/db/orm.config.js';
import { timeoutOptions } from '../backend/src/db/timeouts.js';
import { buildContext } from '../backend/src/graphql/context.js';
import { getSchema } from '../backend/src/graphql/schema.js';
import { createHttpApp } from '../backend/src/graphql/server.js';
import { createSearchIndex } from '../backend/src/modules/search/search-engine.js';
import { SearchIndexer } from '../backend/src/modules/search/search-indexer.js';
import { freePort } from '../backend/src/net.js';
import { SEEDS_DIR } from '../backend/src/paths.js';
import { seedFromFolder } from '../backend/src/seed/seed.service.js';
import { PracticePageDocument, SearchDocument } from '../frontend/src/gql/graphql.js';
import { load, type HttpCall, type LoadResult } from './wire/load.js';

const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '10' } },
});
const SECONDS = Number(args.seconds);
const CONCURRENCY = Number(args.concurrency);
const TARGET = 0.5; // the app's requests/s against the minimal graphql-js handler's

const LIST = `query PracticeList {
  practices(first: 50) {
    totalCount
    edges { node { id slug titleUk titleEn summaryUk summaryEn evidenceLevel
      themes { slug nameUk nameEn }
      audiences { slug nameUk nameEn }
      origin { id slug nameUk nameEn community { id slug nameUk nameEn } } } }
  }
}`;

const log = pino({ level: 'silent' });

const listen = async (server: Server) => {
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return `http://127.0.0.1:${port}`;
};

const body = (req: import('node:http').IncomingMessage) =>
  new Promise<string>((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });

async function main() {
  const dataRoot = mkdtempSync(join(tmpdir(), 'poruch-bench-api-'));
  chmodSync(dataRoot, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dataRoot, 'data'), port: await freePort() });
  const servers: Server[] = [];
  try {
    await pg.ensureDatabase('bench');
    const url = pg.url('bench');
    await migrate(url, log);
    const orm = await MikroORM.init(ormOptions(url, timeoutOptions()));
    await seedFromFolder(orm.em.fork(), SEEDS_DIR);
    const search = await createSearchIndex({ SEARCH_CACHE_SIZE: 1_000, SEARCH_CACHE_TTL_MS: 600_000 }, orm);
    await search.prepare();
    await new SearchIndexer(orm, search, log).drainAll();
    const schema = await getSchema();

    const app = await createHttpApp(orm, log, search, { introspection: false, limits: { registrationsPerHour: 1_000_000 } });
    servers.push(app.server);
    const appUrl = await listen(app.server);

    // The minimal handler: what graphql-js itself costs over the same schema and context.
    const prepared = new Map<string, DocumentNode>();
    const minimal = createServer((req, res) => {
      void body(req).then(async (text) => {
        const { query, variables } = JSON.parse(text) as { query: string; variables?: Record<string, unknown> };
        let document = prepared.get(query);
        if (!document) {
          document = parse(query);
          const errors = validate(schema, document, specifiedRules);
          if (errors.length) throw new Error(errors.map((e) => e.message).join('; '));
          prepared.set(query, document);
        }
        const result = await execute({ schema, document, variableValues: variables, contextValue: buildContext(orm, log, search) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    });
    servers.push(minimal);
    const minimalUrl = await listen(minimal);

    const practiceSlug = (
      (await orm.em.fork().getConnection().execute(`select slug from practice where status = 'published' order by slug limit 1`)) as {
        slug: string;
      }[]
    )[0]!.slug;
    const documents: { name: string; query: string; variables: Record<string, unknown> }[] = [
      { name: 'practice page', query: print(addTypenameToDocument(PracticePageDocument)), variables: { slug: practiceSlug } },
      { name: 'cached search', query: print(addTypenameToDocument(SearchDocument)), variables: { query: 'казкотерапія', pageSize: 20 } },
      { name: 'list of practices', query: LIST, variables: {} },
    ];

    // The bare server answers each document's JSON as the app gave it.
    const answers = new Map<string, string>();
    const bare = createServer((req, res) => {
      void body(req).then((text) => {
        const { query } = JSON.parse(text) as { query: string };
        res.writeHead(200, { 'content-type': 'application/json' }).end(answers.get(query));
      });
    });
    servers.push(bare);
    const bareUrl = await listen(bare);

    console.log(`bench:api — ${CONCURRENCY} clients, ${SECONDS} s each, Node ${process.version}`);
    console.log('document            server    req/s      p50      p95      p99   vs graphql');
    const ratios: { name: string; ratio: number }[] = [];
    for (const d of documents) {
      const call: HttpCall = {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: d.query, variables: d.variables }),
      };
      const first = await fetch(`${appUrl}/graphql`, { method: 'POST', headers: call.headers, body: call.body });
      const answer = await first.text();
      if (!first.ok || answer.includes('"errors"')) throw new Error(`${d.name}: the app answered ${first.status} ${answer.slice(0, 300)}`);
      answers.set(d.query, answer);
      const results: Record<string, LoadResult> = {};
      for (const [server, base] of [
        ['app', appUrl],
        ['graphql', minimalUrl],
        ['bare', bareUrl],
      ] as const) {
        results[server] = await load(base, server, call, CONCURRENCY, SECONDS);
      }
      for (const server of ['app', 'graphql', 'bare'] as const) {
        const r = results[server]!;
        const vs = server === 'graphql' ? '' : `${(r.rps / results.graphql!.rps).toFixed(2)}×`;
        console.log(
          `${d.name.padEnd(19)} ${server.padEnd(8)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(7)}ms ${r.p95.toFixed(1).padStart(7)}ms ${r.p99.toFixed(1).padStart(7)}ms   ${vs}${r.errors ? `  (${r.errors} errors)` : ''}`,
        );
      }
      ratios.push({ name: d.name, ratio: results.app!.rps / results.graphql!.rps });
    }
    const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    console.log(
      `api bench: worst app/graphql requests/s ${worst.ratio.toFixed(2)} (${worst.name}); target ≥ ${TARGET}: ${worst.ratio >= TARGET ? 'met' : 'NOT met'}`,
    );
    await orm.close(true);
  } finally {
    await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
    await pg.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
