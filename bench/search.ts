/**
 * Search benchmark: `npm run bench:search -- [--records 100000] [--seconds 20] [--concurrency 10]`
 * (or BENCH_RECORDS=20000).
 *
 * Generates a catalogue of practices and case studies with Ukrainian text drawn from the seed data's
 * own vocabulary, indexes it (records per second), then fires a fixed mix of queries — common words,
 * rare words, typos, prefixes, facets — at a real server process through GraphQL, and the same queries
 * straight at the engine, and prints p50 / p95 / p99 and throughput for both.
 *
 * Beside the engine, on the same database, a plain baseline answers every query kind: a stored `simple`
 * tsvector of title, summary, theme names and description with a GIN index, `plainto_tsquery`, `ts_rank`, 20 rows and
 * `count(*)` (facet filters as a GIN-indexed array). For typos, Latin and synonyms the baseline is given
 * the words the person meant. The last line sums up the ratios against the targets.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from '../backend/src/db/embedded-postgres.js';
import { ormOptions } from '../backend/src/db/orm.config.js';
import { PostgresSearchIndex } from '../backend/src/modules/search/postgres/postgres-search-index.js';
import { reindex } from '../backend/src/modules/search/search-maintenance.js';
import type { SearchQuery } from '../backend/src/modules/search/search-index.js';
import { FACETS } from '../backend/src/modules/search/search-index.js';
import { REPO_ROOT, SEEDS_DIR } from '../backend/src/paths.js';
import { seedFromFolder } from '../backend/src/seed/seed.service.js';
import { loadAndValidateSeeds } from '../backend/src/seed/seed.validate.js';
import { words } from '../backend/src/modules/search/search.text.js';
import { freePort } from '../backend/src/net.js';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: process.env.BENCH_RECORDS ?? '100000' },
    seconds: { type: 'string', default: '15' },
    concurrency: { type: 'string', default: '10' },
  },
});
const RECORDS = Number(args.records);
const SECONDS = Number(args.seconds);
const CONCURRENCY = Number(args.concurrency);

/** A deterministic random source, so two runs index the same catalogue. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/**
 * Each query kind, with what the baseline is given: `meant`, the words the person meant (it has no
 * typos, Latin or synonyms) for `plainto_tsquery` as comparable catalogues use it; and `comparable`, a
 * `to_tsquery` that asks for the same result set as the engine returns, against which the ratio is
 * taken. The engine matches any word and ranks by how many match (so several words are an OR), a
 * half-typed last word is a prefix, and a synonym brings its group.
 */
const QUERIES: { name: string; text: string; meant: string; comparable: string; filters?: SearchQuery['filters'] }[] = [
  { name: 'common word', text: 'діти', meant: 'діти', comparable: 'діти' },
  { name: 'common two words', text: 'бібліотека громада', meant: 'бібліотека громада', comparable: 'бібліотека | громада' },
  { name: 'rare word', text: 'лялькотерапія', meant: 'лялькотерапія', comparable: 'лялькотерапія' },
  { name: 'typo', text: 'патріотичне вихованя', meant: 'патріотичне виховання', comparable: 'патріотичне | виховання' },
  { name: 'typo 2', text: 'краезнавчий', meant: 'краєзнавчий', comparable: 'краєзнавчий' },
  { name: 'prefix', text: 'психоем', meant: 'психоемоційна', comparable: 'психоем:*' },
  { name: 'latin', text: 'kazkoterapiia', meant: 'казкотерапія', comparable: 'казкотерапія' },
  { name: 'synonym', text: 'ВПО', meant: 'впо', comparable: 'впо | (внутрішньо & переміщені & особи) | переселенці' },
  { name: 'facets only', text: '', meant: '', comparable: '', filters: { themes: ['play-therapy'], communityKind: ['frontline'] } },
  { name: 'word+filters', text: 'казка', meant: 'казка', comparable: 'казка', filters: { conditions: ['works_in_shelter'] } },
];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(label: string, run: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  let n = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const i = n++;
        const t = performance.now();
        await run(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const row = {
    label,
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / elapsed,
  };
  console.log(
    `${label.padEnd(28)} ${String(row.requests).padStart(7)} req  p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms  p99 ${row.p99.toFixed(1).padStart(6)} ms  ${row.rps.toFixed(0).padStart(6)} req/s`,
  );
  return row;
}

async function generate(orm: MikroORM) {
  const { catalog } = loadAndValidateSeeds(SEEDS_DIR);
  const vocabulary = [
    ...new Set(catalog.practices.flatMap((p) => words(`${p.titleUk} ${p.summaryUk} ${p.descriptionUk}`)).filter((w) => w.length > 2)),
  ];
  const themes = catalog.themes.map((t) => t.slug);
  const audiences = catalog.audiences.map((t) => t.slug);
  const [org] = await orm.em.getConnection().execute(`select array_agg(id) as ids from organization`);
  const orgs: string[] = org!.ids;
  const random = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(vocabulary)).join(' ');
  const conn = orm.em.getConnection();
  const BATCH = 1000;
  const began = performance.now();
  for (let start = 0; start < RECORDS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, RECORDS - start) }, (_, k) => {
      const i = start + k;
      const title = sentence(3 + (i % 5));
      return {
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        slug: `bench-${i}`,
        title: title.charAt(0).toUpperCase() + title.slice(1),
        summary: `${sentence(25)}.`,
        description: `${sentence(80)}.\n\n${sentence(60)}.`,
        theme: pick(themes),
        audience: pick(audiences),
        org: pick(orgs),
        shelter: random() < 0.3,
        day: Math.floor(random() * 600),
      };
    });
    const values = rows.map(
      () =>
        `(?, ?, 'published', now() - (?::int * interval '1 day'), ?, ?, ?, '[]', '[{"titleUk":"Крок"}]', 1, 0, '[]', 'low', '[]', ?, true, false, 'any', true, true, false, 'documented', ?)`,
    );
    const ordered = rows.flatMap((r) => [r.id, r.slug, r.day, r.title, r.summary, r.description, r.shelter, r.org]);
    await conn.execute(
      `insert into practice (id, slug, status, published_at, title_uk, summary_uk, description_uk, goals, steps, staff, volunteers, materials_uk, budget_band, partners_needed, works_in_shelter, needs_power, needs_internet, security_context, consent_required, no_photos_of_children, psychologist_needed, evidence_level, origin_organization_id)
       values ${values.join(', ')}`,
      ordered,
    );
    await conn.execute(
      `insert into practice_theme (practice_id, theme_slug, position) values ${rows.map(() => '(?, ?, 0)').join(', ')}`,
      rows.flatMap((r) => [r.id, r.theme]),
    );
    await conn.execute(
      `insert into practice_audience (practice_id, audience_slug) values ${rows.map(() => '(?, ?)').join(', ')}`,
      rows.flatMap((r) => [r.id, r.audience]),
    );
  }
  // Generated rows bypass the outbox on purpose: the benchmark indexes them with a full rebuild.
  await conn.execute('delete from search_outbox');
  console.log(`generated ${RECORDS} practices in ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

async function main() {
  console.log(
    `search benchmark: ${RECORDS} records, ${CONCURRENCY} concurrent, ${SECONDS} s per run, ${cpus().length} cores, node ${process.version}`,
  );
  const dataRoot = mkdtempSync(join(tmpdir(), 'poruch-bench-'));
  chmodSync(dataRoot, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dataRoot, 'pg'), port: await freePort() });
  const serverPort = await freePort();
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await pg.ensureDatabase('bench');
    const orm = await MikroORM.init(ormOptions(pg.url('bench')));
    await orm.getMigrator().up();
    await seedFromFolder(orm.em.fork(), SEEDS_DIR);
    await generate(orm);

    const index = new PostgresSearchIndex(orm);
    const began = performance.now();
    const total = await reindex(orm, index);
    const seconds = (performance.now() - began) / 1000;
    console.log(`indexed ${total} records in ${seconds.toFixed(1)} s: ${Math.round(total / seconds)} records/s`);
    await orm.em.getConnection().execute('vacuum analyze search_document');
    await orm.em.getConnection().execute('vacuum analyze search_vocabulary');

    // The baseline: built from the same records on the same database, timed the same way.
    const conn = orm.em.getConnection();
    const baseBegan = performance.now();
    // Title, summary, theme names and the long text: what the engine indexes too.
    await conn.execute(`create table bench_baseline as
      select id, published_at, facet_values,
        to_tsvector('simple', title_uk || ' ' || summary_uk || ' ' ||
          coalesce((select string_agg(name_uk, ' ') from theme where slug = any(d.themes)), '') || ' ' || body) as tsv
      from search_document d`);
    await conn.execute('create index on bench_baseline using gin (tsv)');
    await conn.execute('create index on bench_baseline using gin (facet_values)');
    const baseSeconds = (performance.now() - baseBegan) / 1000;
    const baseRate = total / baseSeconds;
    const indexingRatio = total / seconds / baseRate;
    console.log(
      `baseline indexed ${total} records in ${baseSeconds.toFixed(1)} s: ${Math.round(baseRate)} records/s; engine/baseline rate ${indexingRatio.toFixed(2)}`,
    );
    await conn.execute('vacuum analyze bench_baseline');
    const baseline = async (q: (typeof QUERIES)[number], comparable: boolean) => {
      const words = comparable ? q.comparable : q.meant;
      const tsquery = comparable ? `to_tsquery('simple', ?)` : `plainto_tsquery('simple', ?)`;
      const facets = Object.entries(q.filters ?? {}).map(([f, values]) => values!.map((v) => `${f}:${v}`));
      const where = [...(words ? [`tsv @@ ${tsquery}`] : []), ...facets.map(() => 'facet_values && ?::text[]')];
      const params = [...(words ? [words] : []), ...facets.map((f) => `{${f.map((v) => `"${v}"`).join(',')}}`)];
      const cond = where.length ? `where ${where.join(' and ')}` : '';
      await conn.execute(
        `select id from bench_baseline ${cond} order by ${words ? `ts_rank(tsv, ${tsquery}) desc` : 'published_at desc'} limit 20`,
        [...params, ...(words ? [words] : [])],
      );
      await conn.execute(`select count(*) from bench_baseline ${cond}`, params);
    };

    const startServer = async (cacheSize: number) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: resolve(REPO_ROOT, 'backend'),
        env: {
          ...process.env,
          DATABASE_URL: pg.url('bench'),
          PORT: String(serverPort),
          SEED_ON_EMPTY: 'false',
          LOG_LEVEL: 'warn',
          WEB_DIST: '/nonexistent',
          NODE_ENV: 'production',
          SEARCH_CACHE_SIZE: String(cacheSize),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${serverPort}/healthz`)).ok) return child;
        } catch {
          if (i > 300) throw new Error('server did not start');
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    const stopServer = async () => {
      if (server && server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((r) => server!.once('exit', r));
      }
    };
    server = await startServer(0);

    const gql = `query($q: String, $f: SearchFilters) { search(query: $q, filters: $f, pageSize: 20) { total tookMs hits { id slug title highlights { title summary snippet } themes { slug nameUk } organization { nameUk } } facets { facet values { value count labelUk } } } }`;
    const viaGraphql = async (i: number) => {
      const q = QUERIES[i % QUERIES.length]!;
      const res = await fetch(`http://127.0.0.1:${serverPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: gql, variables: { q: q.text, f: q.filters ?? null } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    const viaEngine = async (i: number) => {
      const q = QUERIES[i % QUERIES.length]!;
      await index.search({
        text: q.text,
        filters: q.filters ?? {},
        sort: q.text ? 'relevance' : 'newest',
        offset: 0,
        limit: 20,
        facets: FACETS,
      });
    };

    // Warm both paths, then report each query alone and the whole mix.
    for (let i = 0; i < QUERIES.length * 3; i++) {
      await viaGraphql(i);
      await viaEngine(i);
    }
    console.log(
      '\nper query kind, 1 at a time, 20 runs each, p50 / p95 ms (engine | baseline asked for the same results | plainto_tsquery of the meant words | GraphQL, result cache off):',
    );
    const timed = async (run: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let k = 0; k < 20; k++) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { p50: percentile(times, 50), p95: percentile(times, 95) };
    };
    let worst = { ratio: 0, name: '' };
    const graphqlRatios: number[] = [];
    for (const [i, q] of QUERIES.entries()) {
      const e = await timed(() => viaEngine(i));
      const b = await timed(() => baseline(q, true));
      const plain = await timed(() => baseline(q, false));
      const g = await timed(() => viaGraphql(i));
      const ratio = e.p50 / b.p50;
      if (ratio > worst.ratio) worst = { ratio, name: q.name };
      graphqlRatios.push(g.p50 / e.p50);
      const ms = (x: { p50: number; p95: number }) => `${x.p50.toFixed(1).padStart(6)} / ${x.p95.toFixed(1).padStart(6)}`;
      console.log(
        `  ${q.name.padEnd(18)} engine ${ms(e)}  baseline ${ms(b)}  plain ${ms(plain)}  graphql ${ms(g)}  engine/baseline p50 ${ratio.toFixed(2)}`,
      );
    }
    graphqlRatios.sort((a, b) => a - b);
    const graphqlRatio = graphqlRatios[Math.floor(graphqlRatios.length / 2)]!;
    console.log(`\nmixed load, ${CONCURRENCY} concurrent:`);
    const engine = await load('engine (SQL, in process)', viaEngine);
    const graphql = await load('GraphQL, result cache off', viaGraphql);
    await stopServer();
    server = await startServer(1000);
    for (let i = 0; i < QUERIES.length; i++) await viaGraphql(i);
    const cachedGraphql = await load('GraphQL, result cache on', viaGraphql);
    console.log(
      `\ncache off: GraphQL p95 / engine p95 = ${(graphql.p95 / engine.p95).toFixed(2)} (target ≤ 2); GraphQL p95 ${graphql.p95.toFixed(1)} ms (target ≤ 30 ms)`,
    );
    console.log(`cache on:  GraphQL p95 ${cachedGraphql.p95.toFixed(1)} ms`);
    console.log(
      `search bench: records ${RECORDS}, worst engine/baseline p50 ratio ${worst.ratio.toFixed(1)} (${worst.name}), indexing ratio ${indexingRatio.toFixed(2)}, graphql/engine p50 ${graphqlRatio.toFixed(2)}`,
    );
    await orm.close(true);
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await pg.stop();
    rmSync(dataRoot, { recursive: true, force: true });
  }
}

await main();
