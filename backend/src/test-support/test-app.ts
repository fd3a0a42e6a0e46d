import { MikroORM } from '@mikro-orm/postgresql';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { withPgClient } from '../db/pg-client.js';
import { pino, type Logger } from 'pino';
import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { ormOptions } from '../db/orm.config.js';
import { timeoutOptions, type DatabaseTimeouts } from '../db/timeouts.js';
import { createHttpApp, type HttpApp } from '../graphql/server.js';
import type { MailSetup } from '../graphql/context.js';
import { SEEDS_DIR } from '../paths.js';
import { seedFromFolder } from '../seed/seed.service.js';
import { PostgresSearchIndex } from '../modules/search/postgres/postgres-search-index.js';
import type { SearchIndex } from '../modules/search/search-index.js';
import { SearchIndexer } from '../modules/search/search-indexer.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  /** Sends one GraphQL operation over HTTP, as the web app does. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  /** SQL statements run since the last reset. */
  sql: { statements: string[]; reset(): void };
  /** Lines the server logged (JSON). */
  logs: Record<string, unknown>[];
  database: string;
  search: SearchIndex;
  /** Drains the search outbox now, as the background indexer would. */
  indexer: SearchIndexer;
  close(): Promise<void>;
}

const admin = <T>(fn: (c: pg.Client) => Promise<T>) => withPgClient(inject('pgAdminUrl'), fn);

/** Creates an empty database with a unique name on the run's PostgreSQL; returns its URL. */
export async function createTestDatabase(prefix = 't'): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin((c) => c.query(`create database "${name}"`));
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
}

/**
 * A real server on a random port over a fresh database with migrations applied, optionally seeded
 * from seeds/. Every SQL statement is recorded so tests can count them.
 */
export async function startTestApp(
  options: {
    seed?: boolean;
    search?: (orm: MikroORM) => SearchIndex;
    webDist?: string;
    introspection?: boolean;
    /** The app's database timeouts (as production has them); none unless given. */
    timeouts?: DatabaseTimeouts;
    /** New accounts per address and hour; every test signs up from one address, so very many unless given. */
    registrationsPerHour?: number;
    /** E-mail for password resets (a capturing mailer in tests); none unless given. */
    mail?: MailSetup;
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const statements: string[] = [];
  const orm = await MikroORM.init(
    ormOptions(db.url, {
      debug: ['query'],
      logger: (message: string) => {
        if (!message.startsWith('[query]')) return;
        const sql = message.replace(/^\[query\]\s*/, '');
        if (!/^(begin|commit|rollback|savepoint|release)/i.test(sql)) statements.push(sql);
      },
      colors: false,
      ...(options.timeouts ? timeoutOptions(options.timeouts) : {}),
    }),
  );
  await orm.getMigrator().up();
  if (options.seed) await seedFromFolder(orm.em.fork(), SEEDS_DIR);
  statements.length = 0;

  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const log: Logger = pino({ level: 'info' }, sink);
  const search = options.search?.(orm) ?? new PostgresSearchIndex(orm);
  await search.prepare();
  const indexer = new SearchIndexer(orm, search, log, { baseDelayMs: 50, maxDelayMs: 200 });
  const http: HttpApp = await createHttpApp(orm, log, search, {
    webDist: options.webDist,
    introspection: options.introspection,
    limits: { registrationsPerHour: options.registrationsPerHour ?? 1_000_000 },
    mail: options.mail ?? null,
  });
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;

  return {
    url,
    orm,
    logs,
    database: db.name,
    search,
    indexer,
    sql: {
      statements,
      reset: () => void (statements.length = 0),
    },
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    async close() {
      await http.apollo.stop();
      await orm.close(true);
      await dropTestDatabase(db.name);
    },
  };
}
