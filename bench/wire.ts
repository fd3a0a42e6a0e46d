/**
 * First view over a weak link: `npm run bench:wire -- [--runs 3] [--seconds 5] [--concurrency 10] [--ref <commit>]`.
 *
 * Builds the web app into a temporary folder, starts the real server on it (fresh embedded PostgreSQL,
 * seed data) — from the working tree, or with --ref from that commit exported aside — and opens four pages in Debian's Chromium as a phone on a slow link (400 ms, 50 kB/s, CPU
 * 4× slower): cold (empty cache) and warm (second visit, HTTP cache primed), median of `--runs`. Then
 * each page once with JavaScript off (is its title in the HTML?), and the server's cost of a practice
 * page as HTML against the same page's data through GraphQL. Prints figures beside the issue's targets;
 * asserts nothing.
 */
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium, LINK, PHONE, visit, visitWithoutScript, type NoScript, type Visit } from './wire/browser.js';
import { buildApp } from './wire/build.js';
import { load, wireSize, type HttpCall, type LoadResult } from './wire/load.js';
import { startServer, type RunningServer } from './wire/server.js';
import { exportRef, workingTree } from './wire/source.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '10' },
    /** Build and serve this commit instead of the working tree (e.g. to measure before a change). */
    ref: { type: 'string' },
  },
});
const RUNS = Number(args.runs);
const SECONDS = Number(args.seconds);
const CONCURRENCY = Number(args.concurrency);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A hang is not a figure: past this, the run stops (servers and browser are stopped on exit). */
const HARD_LIMIT_MS = 15 * 60_000;

const TARGETS = { coldLcp: 2000, warmLcp: 1000, cls: 0.1, htmlToGraphql: 0.5 };

interface PageSpec {
  name: string;
  path: string;
  /** The page's main title: what a reader came for. */
  title: string;
  /** Also reloaded with no network after the warm visit (a page kept on the phone). */
  offline?: boolean;
}

const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const S = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`);
const MS = (ms: number) => `${ms.toFixed(1)} ms`;
const yes = (ok: boolean) => (ok ? 'met' : 'NOT met');

function median(values: (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

interface Summary {
  ttfb: number | null;
  fcp: number | null;
  lcp: number | null;
  title: number | null;
  titleSeen: number;
  cls: number | null;
  bytes: number | null;
  requests: number | null;
  cached: number | null;
  jsBytes: number | null;
  n: number;
}

function summarise(visits: Visit[]): Summary {
  const m = (pick: (v: Visit) => number | null) => median(visits.map(pick));
  return {
    ttfb: m((v) => v.ttfb),
    fcp: m((v) => v.fcp),
    lcp: m((v) => v.lcp),
    title: m((v) => v.title),
    titleSeen: visits.filter((v) => v.title !== null).length,
    cls: m((v) => v.cls),
    bytes: m((v) => v.bytes),
    requests: m((v) => v.requests),
    cached: m((v) => v.cached),
    jsBytes: m((v) => v.jsBytes),
    n: visits.length,
  };
}

function table(head: string[], rows: string[][], rightFrom = 2): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < rightFrom ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function graphql<T>(base: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!res.ok || body.errors || !body.data) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

async function findSlugs(base: string): Promise<{ practice: string; caseStudy: string }> {
  const data = await graphql<{
    practices: { edges: { node: { slug: string } }[] };
    caseStudies: { edges: { node: { slug: string } }[] };
  }>(base, '{ practices(first: 1) { edges { node { slug } } } caseStudies(first: 1) { edges { node { slug } } } }');
  const practice = data.practices.edges[0]?.node.slug;
  const caseStudy = data.caseStudies.edges[0]?.node.slug;
  if (!practice || !caseStudy) throw new Error('the seeded catalogue has no published practice or case study');
  return { practice, caseStudy };
}

async function measurePages(browser: Browser, base: string, pages: PageSpec[]) {
  const results = new Map<string, { cold: Visit[]; warm: Visit[]; offline: Visit[] }>();
  for (const page of pages) {
    const cold: Visit[] = [];
    const warm: Visit[] = [];
    const offline: Visit[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const context = await browser.newContext(PHONE);
      try {
        cold.push(await visit(context, base + page.path, page.title));
        warm.push(await visit(context, base + page.path, page.title));
        if (page.offline) {
          // The same page again with no network at all: what the service worker kept from the visits above.
          await context.setOffline(true);
          offline.push(await visit(context, base + page.path, page.title, { offline: true }));
          await context.setOffline(false);
        }
      } finally {
        await context.close().catch(() => undefined);
      }
      const [c, w] = [cold.at(-1)!, warm.at(-1)!];
      for (const v of [c, w])
        if (v.failure) console.log(`  ${page.name} run ${run}: ${v === c ? 'cold' : 'warm'} visit did not finish: ${v.failure}`);
      console.log(
        `  ${page.name.padEnd(10)} run ${run}: cold FCP ${S(c.fcp)} LCP ${S(c.lcp)} title ${S(c.title)} ${KB(c.bytes)}; warm LCP ${S(w.lcp)} title ${S(w.title)} ${KB(w.bytes)}`,
      );
    }
    results.set(page.name, { cold, warm, offline });
  }
  return results;
}

async function main() {
  const began = performance.now();
  const hardLimit = setTimeout(() => {
    console.error(`bench:wire: still running after ${HARD_LIMIT_MS / 60_000} min; stopping`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  hardLimit.unref();

  const root = mkdtempSync(join(tmpdir(), 'poruch-wire-'));
  chmodSync(root, 0o755);
  const dist = join(root, 'dist');
  let backend: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    const source = args.ref ? exportRef(REPO, args.ref, join(root, 'src')) : workingTree(REPO);
    console.log(`bench:wire: ${source.label}`);
    let t = performance.now();
    await buildApp(join(source.root, 'frontend'), dist);
    console.log(`built the web app into ${dist} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    backend = await startServer(join(source.root, 'backend'), join(root, 'data'), {
      WEB_DIST: dist,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    });
    const base = backend.url;
    console.log(`server up at ${base} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const slugs = await findSlugs(base);
    const pages: PageSpec[] = [
      { name: 'home', path: '/', title: 'h1' },
      { name: 'search', path: `/search?q=${encodeURIComponent('казкотерапія')}`, title: 'article.hit h2' },
      { name: 'practice', path: `/practices/${encodeURIComponent(slugs.practice)}`, title: 'h1', offline: true },
      { name: 'case study', path: `/case-studies/${encodeURIComponent(slugs.caseStudy)}`, title: 'h1' },
    ];

    browser = await launchChromium();
    console.log(
      `\nchromium ${browser.version()}, 360×740 @2×, uk-UA; link ${LINK.latencyMs} ms, ${LINK.downBytesPerSecond / 1000} kB/s down and up, CPU ÷${LINK.cpuSlowdown}; ${RUNS} runs per page`,
    );
    t = performance.now();
    const visits = await measurePages(browser, base, pages);
    console.log(`page loads took ${((performance.now() - t) / 1000).toFixed(0)} s`);

    const noScript = new Map<string, NoScript>();
    for (const page of pages) {
      const titleText = visits.get(page.name)!.cold.find((v) => v.titleText)?.titleText ?? null;
      noScript.set(page.name, await visitWithoutScript(browser, base + page.path, page.title, titleText));
    }
    await browser.close();
    browser = undefined;

    // Server cost of the practice page: its HTML against the same page's data as the app asks for it.
    const practicePath = pages[2]!.path;
    const htmlCall: HttpCall = { path: practicePath, headers: { 'accept-encoding': 'gzip', accept: 'text/html' } };
    // The page's own query, as Apollo Client sends it (with __typename), from the source being measured.
    const documents = (await import(pathToFileURL(join(source.root, 'frontend/src/gql/graphql.ts')).href)) as {
      PracticePageDocument: DocumentNode;
    };
    const query = print(addTypenameToDocument(documents.PracticePageDocument));
    const gqlCall: HttpCall = {
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ operationName: 'PracticePage', query, variables: { slug: slugs.practice } }),
    };
    const check = await graphql<{ practice: { slug: string } | null }>(base, query, { slug: slugs.practice });
    if (!check.practice) throw new Error(`PracticePage returned no practice for ${slugs.practice}`);
    const htmlSize = await wireSize(base, htmlCall);
    const gqlSize = await wireSize(base, gqlCall);
    console.log(
      `\nserver cost: ${CONCURRENCY} concurrent, ${SECONDS} s each, 127.0.0.1, ${cpus().length} cores shared with the load generator`,
    );
    const html = await load(base, `GET ${practicePath} (HTML)`, htmlCall, CONCURRENCY, SECONDS);
    const gql = await load(base, 'POST /graphql PracticePage', gqlCall, CONCURRENCY, SECONDS);
    await backend.stop();
    backend = undefined;

    report(pages, visits, noScript, [
      { result: html, size: htmlSize },
      { result: gql, size: gqlSize },
    ]);
    console.log(`\nbench:wire took ${((performance.now() - began) / 1000).toFixed(0)} s`);
  } finally {
    clearTimeout(hardLimit);
    await browser?.close().catch(() => undefined);
    await backend?.stop().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  }
}

function report(
  pages: PageSpec[],
  visits: Map<string, { cold: Visit[]; warm: Visit[]; offline: Visit[] }>,
  noScript: Map<string, NoScript>,
  cost: { result: LoadResult; size: { wireBytes: number; encoding: string; text: string } }[],
) {
  console.log(`\nFirst view, median of ${RUNS} (times from the start of navigation):\n`);
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const page of pages) {
    for (const kind of ['cold', 'warm', 'offline'] as const) {
      if (visits.get(page.name)![kind].length === 0) continue;
      const s = summarise(visits.get(page.name)![kind]);
      // A page kept on the phone, reloaded with no network, is held to the warm target.
      const lcpTarget = kind === 'cold' ? TARGETS.coldLcp : TARGETS.warmLcp;
      rows.push([
        page.name,
        kind,
        S(s.ttfb),
        S(s.fcp),
        S(s.lcp),
        s.titleSeen === s.n ? S(s.title) : `${S(s.title)} (${s.titleSeen}/${s.n})`,
        s.cls === null ? '—' : s.cls.toFixed(3),
        s.bytes === null ? '—' : KB(s.bytes),
        s.requests === null ? '—' : `${s.requests}${s.cached ? ` (${s.cached} cached)` : ''}`,
        s.jsBytes === null ? '—' : KB(s.jsBytes),
        `≤ ${S(lcpTarget)}`,
      ]);
      verdicts.push(
        `${page.name} ${kind}: LCP ${S(s.lcp)} ≤ ${S(lcpTarget)} ${yes(s.lcp !== null && s.lcp <= lcpTarget)}; CLS ${s.cls?.toFixed(3) ?? '—'} ≤ ${TARGETS.cls} ${yes(s.cls !== null && s.cls <= TARGETS.cls)}`,
      );
    }
  }
  console.log(table(['page', 'visit', 'TTFB', 'FCP', 'LCP', 'title in DOM', 'CLS', 'transferred', 'requests', 'JS', 'LCP target'], rows));
  if ([...visits.values()].some(({ cold, warm }) => [...cold, ...warm].some((v) => v.serviceWorker))) {
    console.log('note: a service worker was active; its own fetches are not slowed by the emulated link and not counted above');
  }

  console.log('\nWith JavaScript off:\n');
  console.log(
    table(
      ['page', 'title in HTML', 'HTML', 'on the wire'],
      pages.map((p) => {
        const n = noScript.get(p.name)!;
        return [p.name, n.titleInHtml ? 'yes' : 'no', KB(n.htmlBytes), KB(n.htmlWireBytes)];
      }),
    ),
  );

  console.log('\nServer cost of the practice page:\n');
  console.log(
    table(
      ['what', 'requests', 'errors', 'req/s', 'p50', 'p95', 'answer', 'on the wire'],
      cost.map(({ result: r, size }) => [
        r.label,
        String(r.requests),
        String(r.errors),
        r.rps.toFixed(0),
        MS(r.p50),
        MS(r.p95),
        KB(Buffer.byteLength(size.text)),
        `${KB(size.wireBytes)} ${size.encoding}`,
      ]),
      1,
    ),
  );
  const ratio = cost[0]!.result.rps / cost[1]!.result.rps;

  console.log('\nTargets (from the issue; reported, not asserted):');
  for (const v of verdicts) console.log(`  ${v}`);
  console.log(`  HTML req/s ÷ GraphQL req/s = ${ratio.toFixed(2)} ≥ ${TARGETS.htmlToGraphql} ${yes(ratio >= TARGETS.htmlToGraphql)}`);
}

await main();
