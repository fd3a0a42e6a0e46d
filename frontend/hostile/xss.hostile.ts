import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../e2e/browser';
import { inTurns, signIn, type Session } from './api';
import {
  decideAll,
  LIBRARIES,
  openSubmissions,
  registerAuthors,
  writeCaseStudies,
  writePractices,
  writeTheRest,
  type Author,
} from './authors';
import { FieldLog, type Vocabulary } from './content';
import { PAYLOADS } from './corpus';
import * as op from './operations';
import { newTally, Tab, visitWithoutJavaScript, watchedContext, type Expectation } from './watch';

/**
 * Hostile text through every field a user can write, published through the real review, then every page that
 * shows it opened in Chromium: the server's HTML without JavaScript and the page running in the browser. Nothing
 * may run, no dialog may open, no markup may be injected, and the text must be shown as text.
 */

const baseUrl = () => inject('appUrl');
const url = (path: string) => `${baseUrl()}${path}`;
const tally = newTally();
const log = new FieldLog();
const timings: string[] = [];
let browser: Browser;
let close: () => Promise<void>;
let admin: Session;
let moderator: Session;
let vocabulary: Vocabulary;
let authors: Author[] = [];
// Anonymous readers (with and without JavaScript, in Ukrainian and in English) and the moderator.
let reader: BrowserContext;
let englishReader: BrowserContext;
let plainReader: BrowserContext;
let moderatorBrowser: BrowserContext;

/** Pages open at once: enough to overlap the waits, few enough for two cores. */
const AT_ONCE = 4;

beforeAll(async () => {
  ({ browser, close } = await launch());
  admin = await signIn(baseUrl(), 'admin@poruch.test', 'demo-admin-2025');
  moderator = await signIn(baseUrl(), 'moderator@poruch.test', 'demo-moderator-2025');
  const terms = await admin.ask<Record<'themes' | 'audiences' | 'formats', { slug: string }[]>>(op.VOCABULARY);
  vocabulary = { theme: terms.themes[0]!.slug, audience: terms.audiences[0]!.slug, format: terms.formats[0]!.slug };
  reader = await watchedContext(browser, tally, { javaScript: true });
  englishReader = await watchedContext(browser, tally, { javaScript: true, english: true });
  plainReader = await watchedContext(browser, tally, { javaScript: false });
  moderatorBrowser = await watchedContext(browser, tally, { javaScript: true, cookie: moderator.browserCookie() });
});

afterAll(async () => {
  const renders = tally.serverRenders + tally.browserRenders;
  console.log(
    [
      `hostile text: ${PAYLOADS.length} payloads × ${log.fields.length} fields (${log.writes} payload-field writes) × ${renders} page renders`,
      `  ${tally.serverRenders} server pages read without JavaScript, ${tally.browserRenders} pages run in the browser, ${tally.routes.size} kinds of page:`,
      `  ${[...tally.routes].sort().join(', ')}`,
      `  payload texts found shown as text: ${tally.textsFound}`,
      `  executions: ${tally.executions.length}, dialogs: ${tally.dialogs.length}, problems: ${tally.problems.length}`,
      `  fields: ${log.fields.join(', ')}`,
      `  fields too short for some payloads (they got the marker only): ${log.shortfalls.join(', ') || 'none'}`,
      `  ${timings.join('; ')}`,
    ].join('\n'),
  );
  await close?.();
});

interface PageVisit {
  path: string;
  expect: Expectation;
  /** Read the server's HTML without JavaScript first, and hydrate exactly that. */
  server?: boolean;
  /** The address names no record: any answer but a server error. */
  missing?: boolean;
  /** Hydrate the same server HTML a second time for a reader who chose English. */
  english?: boolean;
  prepare?: (page: Page) => Promise<void>;
}

/** Opens each page in the browser (with `server`, after reading its server HTML without JavaScript), a few at a time. */
async function visitAll(context: BrowserContext, pages: PageVisit[]) {
  const queue = [...pages];
  const worker = async () => {
    const tabs = { uk: new Tab(context, tally), en: new Tab(englishReader, tally) };
    try {
      for (let page = queue.shift(); page; page = queue.shift()) {
        const serverHtml = page.server
          ? await visitWithoutJavaScript(plainReader, url(page.path), page.expect, tally, page.missing ? null : 200)
          : undefined;
        await tabs.uk.open(url(page.path), page.expect, { serverHtml, prepare: page.prepare });
        if (page.english) await tabs.en.open(url(page.path), { ...page.expect, lang: 'en' }, { serverHtml });
      }
    } finally {
      await Promise.all([tabs.uk.close(), tabs.en.close()]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, worker));
}

/** The moderator's queue and each open submission's page, with the texts each must show. */
async function reviewPages(kind: op.Queued['kind'], type: op.Queued['recordType']) {
  const open = await openSubmissions(moderator, authors, kind, type);
  expect(open).toHaveLength(authors.length);
  // Signed-in pages come from the server as the app's bare shell: read it once, it must be clean too.
  await visitWithoutJavaScript(plainReader, url(`/review/${open[0]!.submission.id}`), null, tally);
  // Each tab loads one submission, then goes on to others within the app, as the moderator's links do.
  const shares = Array.from({ length: AT_ONCE }, (_, i) => open.filter((_, j) => j % AT_ONCE === i));
  await inTurns(shares, AT_ONCE, async (share) => {
    const tab = new Tab(moderatorBrowser, tally);
    try {
      for (const [i, { submission, author }] of share.entries()) {
        const expectation = { texts: [author.p.text, author.displayName] };
        if (i === 0) await tab.open(url(`/review/${submission.id}`), expectation);
        else await tab.follow(url(`/review/${submission.id}`), expectation, { sameRoute: true });
      }
    } finally {
      await tab.close();
    }
  });
  await visitAll(moderatorBrowser, [{ path: `/review?kind=${kind}&type=${type}`, expect: { texts: open.map((o) => o.author.p.text) } }]);
}

/** A step of the story: it fails with the problems it found. */
function step(name: string, work: () => Promise<void>, timeout: number) {
  it(
    name,
    async () => {
      const [from, started] = [tally.problems.length, Date.now()];
      await work();
      timings.push(`${name.split(':')[0]}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      const found = tally.problems.slice(from);
      expect(found, found.slice(0, 20).join('\n')).toEqual([]);
    },
    timeout,
  );
}

describe('hostile text in every field a user can write', () => {
  step(
    'practices: contributors write it into every field, review pages show it as text, the moderator approves',
    async () => {
      authors = await registerAuthors(baseUrl(), admin, log);
      await writePractices(authors, vocabulary, log);
      await reviewPages('RECORD', 'PRACTICE');
      await decideAll(moderator, authors, 'RECORD', 'PRACTICE', 'approve', log);
    },
    240_000,
  );

  step(
    'case studies: with impact stories, partners and adaptations, through review the same way',
    async () => {
      await writeCaseStudies(authors, vocabulary, log);
      await reviewPages('RECORD', 'CASE_STUDY');
      await decideAll(moderator, authors, 'RECORD', 'CASE_STUDY', 'approve', log);
    },
    240_000,
  );

  step(
    'the rest: follow-ups, second editions, collections and "tried here" reports, their review and membership pages',
    async () => {
      await writeTheRest(authors, vocabulary, log);
      await reviewPages('FOLLOW_UP', 'CASE_STUDY');
      await reviewPages('REVISION', 'PRACTICE');
      await decideAll(moderator, authors, 'FOLLOW_UP', 'CASE_STUDY', 'approve', log);
      // The second editions go back to their authors, whose editors then show the moderator's comment.
      await decideAll(moderator, authors, 'REVISION', 'PRACTICE', 'requestChanges', log);
      // Claims of membership name each author; waiting reports show what each wrote.
      await visitAll(moderatorBrowser, [
        { path: '/contribute/members', expect: { texts: authors.flatMap((a) => [a.displayName, a.p.text]) } },
      ]);
    },
    240_000,
  );

  step(
    'public pages: the server HTML without JavaScript, then hydrated in Ukrainian (and practices in English)',
    async () => {
      const ours = new Set(authors.flatMap((a) => [a.p.text, a.displayName]));
      const only = (texts: string[]) => texts.filter((t) => ours.has(t));
      const titlesOf = (library: (typeof LIBRARIES)[number]) => authors.filter((a) => a.library === library).map((a) => a.p.text);
      const lists = await admin.ask<{
        practices: { edges: { node: { titleUk: string } }[] };
        collections: { titleUk: string; curator: { displayName: string } | null }[];
      }>('{ practices(first: 36, orderBy: NEWEST) { edges { node { titleUk } } } collections { titleUk curator { displayName } } }');
      const newest = lists.practices.edges.map((e) => e.node.titleUk);
      // The home page features the four most recently changed public collections and the six newest practices.
      const featured = only([
        ...lists.collections.slice(0, 4).flatMap((c) => [c.titleUk, c.curator?.displayName ?? '']),
        ...newest.slice(0, 6),
      ]);
      // Addresses that carry the payload themselves name no record: the answer must not reflect it as markup.
      const routes = ['/practices/', '/case-studies/', '/organizations/', '/communities/', '/collections/shared/'];
      await visitAll(reader, [
        ...authors.flatMap((a) => [
          { path: `/practices/${a.practice.slug}`, expect: { texts: [a.p.text] }, server: true, english: true },
          { path: `/case-studies/${a.caseStudy.slug}`, expect: { texts: [a.p.text] }, server: true },
          { path: a.collection.path, expect: { texts: [a.p.text] }, server: true },
          { path: `${a.collection.path}/print`, expect: { texts: [a.p.text] }, server: true },
        ]),
        { path: '/', expect: { texts: featured }, server: true },
        ...[1, 2, 3].map((page) => ({
          path: `/practices${page > 1 ? `?page=${page}` : ''}`,
          expect: { texts: only(newest.slice((page - 1) * 12, page * 12)) },
          server: true,
        })),
        ...LIBRARIES.flatMap((library) => [
          { path: `/organizations/${library.organization}`, expect: { texts: titlesOf(library) }, server: true },
          { path: `/communities/${library.community}`, expect: { texts: titlesOf(library) }, server: true },
        ]),
        ...PAYLOADS.map((p, i) => ({
          path: `${routes[i % routes.length]}${encodeURIComponent(p.text)}`,
          expect: { texts: [] },
          server: true,
          missing: true,
        })),
      ]);
    },
    300_000,
  );

  step(
    'search: the payload as the query, its record highlighted in the results',
    async () => {
      // The indexer works in the background: wait until each payload finds its own practice and case study.
      await inTurns(authors, AT_ONCE, async (a) => {
        const slugs = async () =>
          (await admin.ask<{ search: { hits: { slug: string }[] } }>(op.SEARCH, { q: a.p.text })).search.hits.map((h) => h.slug);
        await expect.poll(slugs, { timeout: 60_000, interval: 1_000 }).toEqual(expect.arrayContaining([a.practice.slug, a.caseStudy.slug]));
      });
      await visitAll(
        reader,
        authors.map((a) => ({
          path: `/search?q=${encodeURIComponent(a.p.text)}`,
          expect: { texts: [a.p.text], scope: 'article.hit' },
          server: true,
        })),
      );
    },
    240_000,
  );

  step(
    "the authors' own pages: contributions, notifications, editors with Markdown previews, collections",
    async () => {
      // Every Markdown field's preview, rendered in the browser by markdown-it, translations included.
      const previews = async (page: Page) => {
        const opened = await page.evaluate(() => {
          const buttons = [...document.querySelectorAll<HTMLButtonElement>('.markdown-field > button[aria-expanded="false"]')];
          for (const button of buttons) button.click();
          return buttons.length;
        });
        expect(opened).toBeGreaterThan(0);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.markdown-preview')].every((preview) => preview.querySelector('.text-block, .field__hint')),
        );
      };
      await visitWithoutJavaScript(plainReader, url('/contribute'), null, tally);
      await inTurns(authors, 3, async (a, i) => {
        const context = await watchedContext(browser, tally, { javaScript: true, cookie: a.session.browserCookie() });
        const tab = new Tab(context, tally);
        try {
          // Their records with their review threads: notes and the moderator's comments.
          await tab.open(url('/contribute'), { texts: [a.p.text] });
          // Decisions with the moderator's comments, and the previous author's invitations.
          await tab.follow(url('/notifications'), { texts: [a.p.text] });
          // The second edition, sent back with the moderator's comment, and the published case study.
          await tab.follow(url(`/contribute/practice/${a.practice.id}`), { texts: [a.p.text] }, { prepare: previews });
          await tab.follow(url(`/contribute/case-study/${a.caseStudy.id}`), { texts: [a.p.text] }, { prepare: previews });
          // Everyone's collections page lists every public collection: one author's visit covers them all.
          if (i === 0)
            await tab.follow(url('/collections'), { texts: authors.filter((b) => b.collection.listed || b === a).map((b) => b.p.text) });
        } finally {
          await context.close();
        }
      });
    },
    300_000,
  );
});
