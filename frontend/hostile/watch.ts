import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asShown, PAYLOADS } from './corpus';

/** What the suite saw, over every page it opened. */
export interface Tally {
  /** Page renders: server HTML read without JavaScript, and pages run in the browser. */
  serverRenders: number;
  browserRenders: number;
  /** Payload texts found shown as text, one per (page, text). */
  textsFound: number;
  /** The kinds of page opened, as address patterns. */
  routes: Set<string>;
  executions: { n: number; url: string }[];
  dialogs: { message: string; url: string }[];
  /** Everything wrong, named by page: executions, dialogs, injected markup, texts not shown. */
  problems: string[];
}

export const newTally = (): Tally => ({
  serverRenders: 0,
  browserRenders: 0,
  textsFound: 0,
  routes: new Set(),
  executions: [],
  dialogs: [],
  problems: [],
});

const KEYED =
  /^\/(practices|case-studies|organizations|communities|review|collections\/shared|collections|contribute\/practice|contribute\/case-study)\/[^/]+/;

/** The kind of page an address opens: `/practices/:key`, `/search?q=`. */
function routeOf(url: string): string {
  const { pathname, searchParams } = new URL(url);
  const path = pathname.replace(KEYED, (_, route: string) => `/${route}/:key`);
  const query = [...searchParams.keys()].map((k) => `${k}=`).join('&');
  return query ? `${path}?${query}` : path;
}

export interface Expectation {
  /** Texts (payloads as written) that must be shown as text on the page. */
  texts: string[];
  /** Where to look for them, form fields included (a CSS selector): the page's main part when left out, not its header. */
  scope?: string;
  /** The language the page must be shown in (its <html lang>), when it matters. */
  lang?: string;
}

/**
 * A browser context that counts what hostile text manages to do: `__xss(n)` is a function of the test, and
 * every dialog is recorded and dismissed. With JavaScript on, the page's Content-Security-Policy is bypassed,
 * so the escaping is tested on its own: the policy is a second line, not the reason nothing ran.
 */
export async function watchedContext(
  browser: Browser,
  tally: Tally,
  options: { javaScript: boolean; english?: boolean; cookie?: { name: string; value: string; url: string } },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript,
    bypassCSP: options.javaScript,
    locale: 'uk-UA',
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  if (options.cookie) await context.addCookies([options.cookie]);
  // The reader's choice of language, as the app remembers it after a press on «English».
  if (options.english) await context.addInitScript(() => window.localStorage.setItem('poruch.language', 'en'));
  await context.exposeBinding('__xss', ({ page }, n: unknown) => {
    tally.executions.push({ n: Number(n), url: page.url() });
  });
  context.on('dialog', (dialog) => {
    tally.dialogs.push({ message: dialog.message(), url: dialog.page()?.url() ?? '?' });
    void dialog.dismiss().catch(() => undefined);
  });
  return context;
}

/**
 * One browser tab that moves from page to page and checks each. `open` loads a page from the server (with
 * `serverHtml`, exactly that answer of the server, read before without JavaScript, so the page that hydrates is
 * the one that was checked as HTML); `follow` moves within the app as a link does, without a reload.
 */
export class Tab {
  private page: Page | null = null;

  constructor(
    private readonly context: BrowserContext,
    private readonly tally: Tally,
  ) {}

  async open(url: string, expectation: Expectation, options: { serverHtml?: string; prepare?: (page: Page) => Promise<void> } = {}) {
    const page = (this.page ??= await this.context.newPage());
    const { serverHtml } = options;
    if (serverHtml !== undefined) {
      // The next request of the tab is the page's document.
      await page.route(
        () => true,
        (route) => route.fulfill({ body: serverHtml, contentType: 'text/html; charset=utf-8' }),
        { times: 1 },
      );
    }
    await this.checked(url, expectation, options.prepare, () => page.goto(url));
  }

  /**
   * `sameRoute`: the page is another record of the route shown (the same elements get new texts); otherwise the
   * page has elements of its own, and the check waits until the old page's are gone.
   */
  async follow(url: string, expectation: Expectation, options: { sameRoute?: boolean; prepare?: (page: Page) => Promise<void> } = {}) {
    const page = this.page;
    if (!page) throw new Error('open a page first');
    const { pathname, search } = new URL(url);
    await this.checked(url, expectation, options.prepare, async () => {
      await page.evaluate(
        ({ to, sameRoute }) => {
          if (!sameRoute) for (const old of document.querySelectorAll('main > *')) old.setAttribute('data-left', '');
          window.history.pushState(null, '', to);
          window.dispatchEvent(new PopStateEvent('popstate'));
        },
        { to: pathname + search, sameRoute: options.sameRoute ?? false },
      );
      await page.waitForFunction(() => !document.querySelector('main > :last-child[data-left]'));
    });
  }

  async close() {
    await this.page?.close();
    this.page = null;
  }

  private async checked(
    url: string,
    expectation: Expectation,
    prepare: ((page: Page) => Promise<void>) | undefined,
    go: () => Promise<unknown>,
  ) {
    const page = this.page!;
    const tally = this.tally;
    const before = { executions: tally.executions.length, dialogs: tally.dialogs.length };
    await go();
    tally.browserRenders++;
    tally.routes.add(routeOf(url));
    // The texts come with the page's data: wait for them and for every part of the page to have loaded (a page
    // that never shows them fails below).
    await page
      .waitForFunction(
        showsAll,
        { texts: expectation.texts.map(asShown), scope: expectation.scope ?? 'main' },
        { timeout: 10_000, polling: 100 },
      )
      .catch(() => undefined);
    // A reader who chose English gets the server's Ukrainian first; the app switches once its English words
    // have loaded, which on a busy machine comes after the texts (a page that never switches fails below).
    if (expectation.lang) {
      await page
        .waitForFunction((lang) => document.documentElement.lang === lang, expectation.lang, { timeout: 10_000, polling: 100 })
        .catch(() => undefined);
    }
    if (prepare) await prepare(page);
    // Handlers such as onerror or ontoggle fire a moment after the markup lands.
    await page.waitForTimeout(100);
    await checkPage(page, url, expectation, tally);
    for (const e of tally.executions.slice(before.executions)) tally.problems.push(`${url}: payload ${e.n} ran`);
    for (const d of tally.dialogs.slice(before.dialogs)) tally.problems.push(`${url}: a dialog opened (${d.message})`);
  }
}

/**
 * The server's HTML, read as a browser without JavaScript reads it: the raw answer is checked as text (no
 * payload fragment unescaped, the JSON state sealed), then as the parsed page (no injected markup, the texts
 * shown). Returns the HTML.
 */
export async function visitWithoutJavaScript(
  context: BrowserContext,
  url: string,
  expectation: Expectation | null,
  tally: Tally,
  /** The status the answer must have; null: any that is not a server error. */
  status: number | null = 200,
): Promise<string> {
  const page = await context.newPage();
  try {
    const response = await page.goto(url);
    tally.serverRenders++;
    tally.routes.add(routeOf(url));
    const answered = response?.status() ?? 0;
    if (status === null ? answered === 0 || answered >= 500 : answered !== status) throw new Error(`${url} answered ${answered}`);
    const html = await response!.text();
    for (const problem of rawHtmlProblems(html)) tally.problems.push(`${url} (server HTML): ${problem}`);
    await checkPage(page, url, expectation ?? { texts: [] }, tally, ' (without JavaScript)');
    return html;
  } finally {
    await page.close();
  }
}

async function checkPage(page: Page, url: string, expectation: Expectation, tally: Tally, how = '') {
  for (const finding of await page.evaluate(injectedMarkup)) tally.problems.push(`${url}${how}: injected ${finding}`);
  if (expectation.lang) {
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== expectation.lang) tally.problems.push(`${url}${how}: shown in «${lang}», not «${expectation.lang}»`);
  }
  const shown = asShown(await page.evaluate(shownText, expectation.scope ?? 'main'));
  for (const text of expectation.texts) {
    if (shown.includes(asShown(text))) tally.textsFound++;
    else tally.problems.push(`${url}${how}: does not show «${asShown(text).slice(0, 60)}» as text`);
  }
}

/** The text of `scope` as a reader sees it (folded sections opened), with what its form fields hold. Runs in the page. */
function shownText(scope: string): string {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const roots = [...document.querySelectorAll<HTMLElement>(scope)];
  const fields = roots.flatMap((root) => [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]);
  return [...roots.map((root) => root.innerText), ...fields.map((field) => field.value)].join('\n');
}

/** Whether `scope` shows every text yet (white space folded as `asShown` folds it), nothing still loading. Runs in the page. */
function showsAll({ texts, scope }: { texts: string[]; scope: string }): boolean {
  if (document.querySelector('main .loading')) return false;
  const roots = [...document.querySelectorAll<HTMLElement>(scope)];
  const fields = roots.flatMap((root) => [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]);
  const shown = [...roots.map((root) => root.innerText), ...fields.map((field) => field.value)].join(' ').replace(/\s+/g, ' ');
  return texts.every((t) => shown.includes(t));
}

/**
 * Markup in the parsed page that only injected text could have made: event-handler attributes, script-bearing
 * URLs, elements that run or load code, styles and templates carrying a payload's call. Runs in the page.
 */
function injectedMarkup(): string[] {
  const signature = /__xss|alert\s*\(/i;
  const badScheme = /^(javascript|vbscript|data):/i;
  const urlAttributes = new Set([
    'href',
    'xlink:href',
    'src',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'codebase',
    'cite',
    'ping',
  ]);
  // Attributes that hold text for people (a preview's title, a field's value): the payload may sit there as text.
  const textAttributes = new Set(['content', 'title', 'alt', 'value', 'placeholder', 'label', 'aria-label', 'aria-description']);
  const codeElements = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK', 'STYLE', 'MATH']);
  const name = (e: Element) => `<${e.tagName.toLowerCase()}>`;
  // Browsers drop white space and control characters from an address before reading its scheme.
  const withoutControls = (value: string) => [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
  const found: string[] = [];
  const visit = (root: ParentNode, inBody: boolean) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.id === 'apollo-state') continue;
      const body = inBody || element.closest('body') !== null;
      for (const attribute of element.attributes) {
        const attr = attribute.name.toLowerCase();
        const value = attribute.value;
        if (attr.startsWith('on')) found.push(`${name(element)} with ${attr}`);
        else if (attr === 'srcdoc') found.push(`${name(element)} with srcdoc`);
        else if (urlAttributes.has(attr) && badScheme.test(withoutControls(value))) found.push(`${name(element)} ${attr}=${value}`);
        else if (attr === 'style' && /url\s*\(|expression\s*\(|__xss/i.test(value)) found.push(`${name(element)} style=${value}`);
        else if (attr === 'content' && element.hasAttribute('http-equiv') && signature.test(value))
          found.push(`${name(element)} http-equiv`);
        else if (!textAttributes.has(attr) && !urlAttributes.has(attr) && signature.test(value))
          found.push(`${name(element)} ${attr}=${value}`);
      }
      // A template is judged by what it holds: React marks a boundary left to the browser with an empty one.
      if (element.tagName === 'TEMPLATE') visit((element as HTMLTemplateElement).content, body);
      if (body && codeElements.has(element.tagName)) found.push(`${name(element)} in the body`);
      else if (['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(element.tagName) && signature.test(element.textContent ?? ''))
        found.push(`${name(element)} carrying a call`);
    }
  };
  visit(document, false);
  return found;
}

/** Problems in the server's HTML as text, before any parser: fragments of payloads left unescaped, a leaking state. */
export function rawHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const state = /<script type="application\/json" id="apollo-state">([\s\S]*?)<\/script>/.exec(html);
  let outside = html;
  if (state) {
    outside = html.replace(state[0], '');
    if (state[1]!.includes('<')) problems.push('the JSON state holds a raw «<»');
    try {
      JSON.parse(state[1]!);
    } catch {
      problems.push('the JSON state is not JSON');
    }
  }
  if ((html.match(/id="apollo-state"/g) ?? []).length > 1) problems.push('more than one JSON state element');
  // Attributes are judged on the parsed page (injectedMarkup): as text, a quoted value holding «formaction=…» looks alike.
  for (const p of PAYLOADS) {
    for (const fragment of [p.text, p.short ?? ''].flatMap(tagFragments)) {
      if (outside.includes(fragment)) problems.push(`payload ${p.n} unescaped: ${fragment}`);
    }
  }
  return problems;
}

/** The pieces of a payload that are markup when left unescaped: from each «<» to the next, where a call is. */
function tagFragments(text: string): string[] {
  return (text.match(/<[a-z!/][^<]*/gi) ?? []).map((f) => f.trim()).filter((f) => /__xss|alert\s*\(/i.test(f));
}
