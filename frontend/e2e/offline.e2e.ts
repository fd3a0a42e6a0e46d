import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, screenshots } from './browser';

let browser: Browser;
let close: () => Promise<void>;
const url = (path: string) => `${inject('appUrl')}${path}`;

const PRACTICE = '/practices/bibliotechnyi-kutochok-v-ukrytti';
const PRACTICE_TITLE = 'Бібліотечний куточок в укритті';
// The worker of the build under test (global-setup.ts serves E2E_DIST, dist by default).
const SERVED_WORKER = resolve(dirname(fileURLToPath(import.meta.url)), '..', process.env.E2E_DIST ?? 'dist', 'sw.js');
const NEVER_READ = '/case-studies/bila-tserkva-kazkoterapiia-za-dosvidom-pavlohradu';

beforeAll(async () => {
  ({ browser, close } = await launch());
});
afterAll(async () => {
  await close?.();
});

/** A phone with a fresh profile: no service worker, nothing saved. */
async function withPhone<T>(run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'uk-UA' });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Waits until the service worker controls the page and has kept `address` among the pages read. */
async function waitUntilKept(page: Page, address: string) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  // waitForFunction takes a returned promise as truthy, so the asynchronous cache is polled from here.
  await expect
    .poll(() => page.evaluate(async (href) => (await caches.match(href)) !== undefined, url(address)), { timeout: 20_000 })
    .toBe(true);
}

describe('offline', () => {
  it('a practice read online opens offline after a reload, with its text, its data and the time of the copy', async () => {
    await withPhone(async (page, context) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      // The first page a reader opens (a link from a messenger) is loaded before the worker exists; it is kept all the same.
      await page.goto(url(PRACTICE));
      await expect(page.locator('h1').textContent()).resolves.toBe(PRACTICE_TITLE);
      const steps = await page.locator('main ol li').allTextContents();
      expect(steps.length).toBeGreaterThan(1);
      await waitUntilKept(page, PRACTICE);
      await expect(page.locator('.app-notice').count()).resolves.toBe(0);

      await context.setOffline(true);
      const response = await page.reload();
      expect(response?.status()).toBe(200);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.locator('h1').textContent()).resolves.toBe(PRACTICE_TITLE);
      await expect(page.locator('main ol li').allTextContents()).resolves.toEqual(steps);
      // The page hydrated from its saved data (no request could have been answered) and says what it shows.
      const notice = page.locator('.app-notice--offline');
      await notice.waitFor();
      await expect
        .poll(() => notice.textContent())
        .toMatch(/^Ви офлайн\. Це збережена копія від \d{1,2} [а-яіїє]+ \d{4} р\. о \d{2}:\d{2}\.$/);
      expect(
        await page.evaluate(() => Object.keys(JSON.parse(document.getElementById('apollo-state')?.textContent ?? '{}') as object).length),
      ).toBeGreaterThan(1);
      await expect(page.locator('h1').textContent()).resolves.toBe(PRACTICE_TITLE);
      // Hydrated online and offline without a mismatch (the notice decides after the first render).
      expect(errors.filter((text) => /hydrat/i.test(text))).toEqual([]);
      await expectAccessible(page, 'a practice opened offline');
      await screenshots(page, 'offline-practice');

      // Back online: the notice goes away by itself.
      await context.setOffline(false);
      await page.locator('.app-notice--offline').waitFor({ state: 'detached' });
    });
  });

  it('a page never read opens offline as the app saying it is offline, not the browser’s error page', async () => {
    await withPhone(async (page, context) => {
      await page.goto(url(PRACTICE));
      await waitUntilKept(page, PRACTICE);
      await context.setOffline(true);

      for (const address of [NEVER_READ, '/contribute']) {
        const response = await page.goto(url(address));
        expect(response?.status(), address).toBe(200);
        expect(response?.fromServiceWorker(), address).toBe(true);
        await expect(page.locator('.brand__name').textContent()).resolves.toBe('Поруч');
        const notice = page.locator('.app-notice--offline');
        await notice.waitFor();
        // No copy of this page is kept, so the notice claims none.
        expect(await notice.textContent()).toBe('Ви офлайн.');
      }
      await expectAccessible(page, 'a page never read, offline');
    });
  });

  it('a new version is offered, not forced: the page keeps what is typed until the reader chooses to reload', async () => {
    await withPhone(async (page) => {
      await page.goto(url('/search'));
      await waitUntilKept(page, '/search');
      const query = page.locator('main input[name="q"]').first();
      await query.fill('казкотерапія для найменших');

      // The next version of the app: the same worker with a few bytes more, as a new build would give. Written
      // into the served build (and put back afterwards): Chromium fetches worker scripts outside the page's routing.
      const original = readFileSync(SERVED_WORKER, 'utf8');
      writeFileSync(SERVED_WORKER, `${original}\n// the next version\n`);
      try {
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        const offer = page.locator('.app-notice', { hasText: 'Доступна нова версія Поруч.' });
        await offer.waitFor({ timeout: 20_000 });
        await expect(query.inputValue()).resolves.toBe('казкотерапія для найменших');
        await expectAccessible(page, 'the offer of a new version');

        const reloaded = page.waitForEvent('load');
        await offer.getByRole('button', { name: 'Оновити' }).click();
        await reloaded;
        // The new version controls the page; nothing else waits, so nothing is offered.
        const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
        expect(waiting).toBeNull();
        await expect(page.locator('.app-notice').count()).resolves.toBe(0);
      } finally {
        writeFileSync(SERVED_WORKER, original);
      }
    });
  });

  it('the app is installable: the manifest names it in Ukrainian, its icons exist, the worker is never cached, pages keep their ETag', async () => {
    await withPhone(async (page, context) => {
      await page.goto(url('/'));
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('/manifest.webmanifest');

      const response = await context.request.get(url(href!));
      expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
      const manifest = (await response.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
      expect(manifest).toMatchObject({
        name: expect.stringMatching(/^Поруч/),
        short_name: 'Поруч',
        lang: 'uk',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
        description: expect.stringMatching(/\S/),
      });
      expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
        '192x192 any',
        '512x512 any',
        '512x512 maskable',
      ]);
      for (const icon of manifest.icons) {
        const image = await context.request.get(url(icon.src));
        expect(image.headers()['content-type'], icon.src).toBe('image/png');
        // A PNG's width and height are the two big-endian numbers after its IHDR tag.
        const bytes = await image.body();
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }

      // The time of a saved copy comes from the response's Date, not from the HTML: a page rendered again with
      // the same data keeps its ETag, so a returning reader's browser still gets a 304.
      const [first, second] = [await context.request.get(url(PRACTICE)), await context.request.get(url(PRACTICE))];
      expect(first.headers().etag).toBeTruthy();
      expect(second.headers().etag).toBe(first.headers().etag);

      const worker = await context.request.get(url('/sw.js'));
      expect(worker.ok()).toBe(true);
      expect(worker.headers()['cache-control']).toBe('no-cache');
    });
  });
});
