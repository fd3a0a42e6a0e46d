import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser';

let browser: Browser;
let close: () => Promise<void>;
const url = (path: string) => `${inject('appUrl')}${path}`;

beforeAll(async () => {
  ({ browser, close } = await launch());
});
afterAll(async () => {
  await close?.();
});

const PRACTICE = '/practices/bibliotechnyi-kutochok-v-ukrytti';
const CASE_STUDY = '/case-studies/bila-tserkva-kazkoterapiia-za-dosvidom-pavlohradu';
const COLLECTION = '/collections/rodyny-vpo-v-bibliotetsi-vid-pershoho-dnia';

/** A phone without JavaScript: what the server sent is all there is. */
async function withoutScript<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'uk-UA', javaScriptEnabled: false });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Signs in through the API in `context`, so its pages carry the session cookie. */
async function signIn(context: BrowserContext, email: string, password: string) {
  const res = await context.request.post(url('/graphql'), {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query: 'mutation($input: LoginInput!) { login(input: $input) { id } }', variables: { input: { email, password } } },
  });
  expect(res.ok()).toBe(true);
}

describe('pages rendered on the server', () => {
  it('a practice and a case study are readable in full without JavaScript', async () => {
    await withoutScript(async (page) => {
      const practice = await page.goto(url(PRACTICE));
      expect(practice?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe('Бібліотечний куточок в укритті');
      // The steps are in the HTML, not only the summary.
      expect(await page.locator('main ol li').count()).toBeGreaterThan(1);

      const caseStudy = await page.goto(url(CASE_STUDY));
      expect(caseStudy?.status()).toBe(200);
      expect((await page.locator('h1').textContent())!.length).toBeGreaterThan(10);
      expect(await page.locator('main').textContent()).toMatch(/Павлоград/);
    });
  });

  it('search works through its form without JavaScript', async () => {
    await withoutScript(async (page) => {
      await page.goto(url('/'));
      const form = page.locator('form[action="/search"][method="get"]').first();
      await form.locator('input[name="q"]').fill('казкотерапія');
      await form.locator('input[name="q"]').press('Enter');
      await page.waitForURL(/\/search\?q=/);
      const hits = await page.locator('article.hit h2 a').allTextContents();
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.join(' ')).toMatch(/[Кк]азк/);
    });
  });

  it('a collection shared by link opens without JavaScript', async () => {
    const context = await browser.newContext();
    await signIn(context, 'admin@poruch.test', 'demo-admin-2025');
    const res = await context.request.post(url('/graphql'), {
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      data: { query: '{ collection(slug: "mova-pamiat-i-hidnist-bez-pafosu") { titleUk shareToken } }' },
    });
    const { collection } = ((await res.json()) as { data: { collection: { titleUk: string; shareToken: string } } }).data;
    await context.close();
    expect(collection.shareToken).toBeTruthy();

    await withoutScript(async (page) => {
      const response = await page.goto(url(`/collections/shared/${collection.shareToken}`));
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe(collection.titleUk);
      expect(await page.locator('main ol > li').count()).toBeGreaterThan(0);
    });
  });

  it('unknown records and routes answer 404 with the Ukrainian not-found page', async () => {
    for (const path of [
      '/practices/no-such-practice',
      '/case-studies/no-such-case',
      '/organizations/no-such-library',
      '/communities/no-such-community',
      '/collections/no-such-collection',
      '/no/such/page',
    ]) {
      const res = await fetch(url(path));
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toContain('Сторінку не знайдено');
    }
    // A chunk of a past release is not answered with a page.
    expect((await fetch(url('/assets/no-such-chunk.js'))).status).toBe(404);
  });

  it('each page has its own title, description and preview tags', async () => {
    const html = await (await fetch(url(PRACTICE))).text();
    const meta = (key: string) => html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];
    expect(html).toMatch(/<title>Бібліотечний куточок в укритті · Поруч<\/title>/);
    expect(meta('og:title')).toBe('Бібліотечний куточок в укритті · Поруч');
    expect(meta('description')).toMatch(/^Бібліотека облаштовує в укритті/);
    expect(meta('og:description')).toBe(meta('description'));
    expect(meta('og:type')).toBe('article');
    expect(meta('og:locale')).toBe('uk_UA');
    expect(meta('og:site_name')).toBe('Поруч');
    expect(meta('og:url')).toMatch(new RegExp(`${PRACTICE}$`));
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = await fetch(new URL(new URL(meta('og:image')!).pathname, url('/')));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/practices\/bibliotechnyi-kutochok-v-ukrytti"/);

    const search = await (await fetch(url('/search?q=%D0%BA%D0%B0%D0%B7%D0%BA%D0%B0'))).text();
    expect(search).toMatch(/<title>Пошук: казка · Поруч<\/title>/);
  });

  it('public pages may be cached by a proxy and revalidated; signed-in pages are not kept', async () => {
    const page = await fetch(url(PRACTICE));
    expect(page.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    // Node's fetch marks a conditional request `no-cache`, which forbids a 304; a plain HTTP client asks as a proxy would.
    const context = await browser.newContext();
    expect((await context.request.get(url(PRACTICE), { headers: { 'if-none-match': etag! } })).status()).toBe(304);
    await context.close();
    expect((await fetch(url('/contribute'))).headers.get('cache-control')).toBe('no-cache');
  });

  it('the HTML never carries the signed-in reader: the same page for everyone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'uk-UA', javaScriptEnabled: false });
    await signIn(context, 'trainer@poruch.test', 'demo-trainer-2025');
    const page = await context.newPage();
    await page.goto(url(PRACTICE));
    const html = await page.content();
    expect(html).not.toContain('Наталія');
    expect(html).not.toContain('trainer@poruch.test');
    await context.close();
  });

  it('a private collection, rendered as not found for everyone, opens for its owner once the page knows them', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'uk-UA' });
    await signIn(context, 'trainer@poruch.test', 'demo-trainer-2025');
    const title = `Приватна добірка ${Date.now().toString(36)}`;
    const res = await context.request.post(url('/graphql'), {
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      data: {
        query: 'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { slug } }',
        variables: { input: { titleUk: title } },
      },
    });
    const { slug } = ((await res.json()) as { data: { createCollection: { slug: string } } }).data.createCollection;
    const page = await context.newPage();
    const response = await page.goto(url(`/collections/${slug}`));
    expect(response?.status()).toBe(404); // the shared HTML knows no reader
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await context.close();
  });

  it('hydrates without a mismatch or an error and asks nothing the HTML already answered', async () => {
    for (const path of ['/', PRACTICE, CASE_STUDY, '/search?q=казкотерапія']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'uk-UA' });
      const page = await context.newPage();
      const problems: string[] = [];
      const asked: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql')) asked.push((JSON.parse(r.postData() ?? '{}') as { operationName?: string }).operationName ?? '?');
      });
      await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(problems, path).toEqual([]);
      // Who is reading is learnt in the browser; the page's own data came with the HTML.
      expect(asked, path).toEqual(['Me']);
      await context.close();
    }
  });

  it('no page carries inline script: every script is a built file or JSON data', async () => {
    for (const path of ['/', PRACTICE, CASE_STUDY, '/search?q=казка', COLLECTION, `${COLLECTION}/print`, '/sign-in']) {
      const res = await fetch(url(path));
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(csp, path).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
      const scripts = [...(await res.text()).matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const attributes of scripts) expect(attributes, path).toMatch(/\bsrc="\/assets\/[^"]+\.js"|\btype="application\/json"/);
    }
    // The data of a rendered page is there for the app to read, and is not code.
    const practice = await (await fetch(url(PRACTICE))).text();
    const state = practice.match(/<script type="application\/json" id="apollo-state">([^<]*)<\/script>/)?.[1];
    expect(Object.keys(JSON.parse(state ?? '{}') as object).length).toBeGreaterThan(1);
    expect(practice).not.toContain('__APOLLO_STATE__');
    for (const path of ['/sw.js', '/manifest.webmanifest', '/favicon.svg']) {
      expect((await fetch(url(path))).headers.get('content-security-policy'), path).toContain("default-src 'self'");
    }
  });

  it('opens home, a practice, search, a collection, sign-in and the print view at 360 px without one refusal', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'uk-UA' });
    const refused: string[] = [];
    // Reported from inside the page before any of its own code runs, so a refusal during parsing counts too.
    await context.exposeFunction('reportRefusal', (text: string) => refused.push(text));
    await context.addInitScript(() => {
      document.addEventListener(
        'securitypolicyviolation',
        (e) =>
          void (window as unknown as { reportRefusal(t: string): void }).reportRefusal(
            `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
          ),
        true,
      );
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    const open = async (path: string) => {
      const res = await page.goto(url(path), { waitUntil: 'networkidle' });
      expect(res?.status(), path).toBe(200);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    };
    for (const path of ['/', PRACTICE, '/search?q=казкотерапія', COLLECTION, '/sign-in']) await open(path);

    // The print view draws its QR code (a chunk loaded then) before printing.
    await open(`${COLLECTION}/print`);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.locator('.print-source__qr path').waitFor();

    // Hydrated: a search from the home page moves within the same document, which only the app's code does.
    await open('/');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const box = page.getByRole('searchbox').first();
    await box.fill('казкотерапія');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await page.locator('article.hit h2 a').first().waitFor();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    expect(refused).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('robots.txt points at a sitemap of every published record', async () => {
    expect(await (await fetch(url('/robots.txt'))).text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
    const sitemap = await (await fetch(url('/sitemap.xml'))).text();
    expect(sitemap).toContain(`${PRACTICE}</loc>`);
    expect(sitemap).toContain(`${CASE_STUDY}</loc>`);
    expect(sitemap).toContain('/collections/rodyny-vpo-v-bibliotetsi-vid-pershoho-dnia</loc>');
    expect(sitemap).not.toContain('mova-pamiat-i-hidnist-bez-pafosu'); // unlisted
    const favicon = await fetch(url('/favicon.ico'));
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toMatch(/image\//);
  });
});
