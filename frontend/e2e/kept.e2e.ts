import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, screenshots } from './browser';

let browser: Browser;
let close: () => Promise<void>;
const url = (path: string) => `${inject('appUrl')}${path}`;

// A public collection of the seed data: a trainer's workshop set of five practices and two case studies.
const COLLECTION = '/collections/pershi-kroky-yak-zaspokoity-ditei-pid-chas-tryvohy';
const COLLECTION_TITLE = 'Перші кроки: як заспокоїти дітей під час тривоги';
// In the collection; its text says «дошкільнят», the search below asks for «дошкільнятам».
const SAND_PLAY = 'Пісочниця історій: ігри з піском для дошкільнят';
// Used by no other browser test: archived here and put back at the end.
const TO_ARCHIVE = '/practices/taktylni-knyzhky-ruchnoi-roboty';

beforeAll(async () => {
  ({ browser, close } = await launch());
});
afterAll(async () => {
  await close?.();
});

/** A phone with a fresh profile: no service worker, nothing kept. */
async function withPhone<T>(run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'uk-UA' });
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const waitForWorker = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });

/** A GraphQL request in `context` (with its session cookie, if signed in). */
async function graphql(context: BrowserContext, query: string, variables: Record<string, unknown> = {}) {
  const res = await context.request.post(url('/graphql'), {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = (await res.json()) as { data?: Record<string, { id: string } | null>; errors?: unknown[] };
  expect(body.errors, query).toBeUndefined();
  return body.data!;
}

describe('kept offline on purpose', () => {
  it('a trainer keeps a collection; offline, /offline lists it, the collection and every record open, and search finds kept records', async () => {
    await withPhone(async (page, context) => {
      await page.goto(url(COLLECTION));
      await waitForWorker(page);
      const records = await page
        .locator('main .collection-items h3 a')
        .evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, title: link.textContent!.trim() })));
      expect(records.length).toBe(7);

      await page.getByRole('button', { name: 'Зберегти офлайн' }).click();
      await page.locator('.keep__state', { hasText: /^Збережено офлайн · \d{1,2} [а-яіїє]+ \d{4} р\.$/ }).waitFor({ timeout: 60_000 });
      await expect(page.getByRole('button', { name: 'Прибрати' }).count()).resolves.toBe(1);
      await screenshots(page, 'kept-collection');

      await context.setOffline(true);
      const list = await page.goto(url('/offline'));
      expect(list?.fromServiceWorker()).toBe(true);
      await expect(page.locator('h1').textContent()).resolves.toBe('Збережене офлайн');
      const entry = page.locator('.kept-entry', { hasText: COLLECTION_TITLE });
      await entry.waitFor();
      await expect(entry.locator('.kept-records a').allTextContents()).resolves.toEqual(records.map((r) => r.title));
      await expect(page.locator('.card__meta').first().textContent()).resolves.toMatch(/^Разом [\d\s,]+ (кБ|МБ) з 25 МБ/);
      await expectAccessible(page, 'the list of kept items, offline');
      await screenshots(page, 'kept-list');

      // The collection opens from the list, and again after a reload, with no connection at all.
      await entry.getByRole('link', { name: COLLECTION_TITLE }).click();
      await page.locator('h1', { hasText: COLLECTION_TITLE }).waitFor();
      const reloaded = await page.reload();
      expect(reloaded?.status()).toBe(200);
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await expect(page.locator('h1').textContent()).resolves.toBe(COLLECTION_TITLE);
      await expect(page.locator('main .collection-items h3 a').count()).resolves.toBe(records.length);
      // A tap on a record in the kept collection opens the record's kept page, data and all.
      await page.locator('main .collection-items h3 a').first().click();
      await page.locator('h1', { hasText: records[0]!.title }).waitFor();
      expect(await page.locator('main article p').count()).toBeGreaterThan(1);

      for (const record of records) {
        const response = await page.goto(url(record.href));
        expect(response?.status(), record.href).toBe(200);
        expect(response?.fromServiceWorker(), record.href).toBe(true);
        await expect(page.locator('h1').textContent(), record.href).resolves.toBe(record.title);
        // The page hydrated from its kept data: its body is there, not an error or a skeleton.
        expect(await page.locator('main article p').count(), record.href).toBeGreaterThan(1);
      }
      await page.reload();
      await expect(page.locator('h1').textContent()).resolves.toBe(records.at(-1)!.title);

      // Search cannot reach the API: it searches the kept records, in another word form, and says so.
      await page.goto(url(`/search?q=${encodeURIComponent('дошкільнятам')}`));
      await page.locator('.offline-search').waitFor();
      await expect(page.locator('.offline-search .notice').textContent()).resolves.toBe(
        'Немає зв’язку із сервером пошуку. Нижче — лише те, що збережено на цьому пристрої.',
      );
      const found = await page.locator('.offline-search .hit__title a').allTextContents();
      expect(found).toContain(SAND_PLAY);
      expect(found.every((title) => records.some((r) => r.title === title))).toBe(true);
      await expectAccessible(page, 'search offline, over kept records');
      await screenshots(page, 'kept-search-offline');

      // /offline has a search box of its own.
      await page.goto(url('/offline'));
      await page.getByLabel('Пошук у збереженому').fill('піском');
      await page.locator('.kept-hits .hit__title a', { hasText: SAND_PLAY }).waitFor();
      await expect(page.locator('.kept-hits .hit__title a').count()).resolves.toBe(1);
    });
  });

  it('a kept practice later archived is marked as no longer published when refreshed; removing it frees the space', async () => {
    await withPhone(async (page, context) => {
      await page.goto(url(TO_ARCHIVE));
      await waitForWorker(page);
      const title = (await page.locator('h1').textContent())!;
      await page.getByRole('button', { name: 'Зберегти офлайн' }).click();
      await page.locator('.keep__state', { hasText: 'Збережено офлайн · ' }).waitFor();

      const moderator = await browser.newContext();
      await graphql(moderator, 'mutation($input: LoginInput!) { login(input: $input) { id } }', {
        input: { email: 'moderator@poruch.test', password: 'demo-moderator-2025' },
      });
      const slug = TO_ARCHIVE.split('/').pop();
      const { practice } = await graphql(moderator, 'query($slug: String!) { practice(slug: $slug) { id } }', { slug });
      await graphql(moderator, 'mutation($id: ID!) { archiveRecord(type: PRACTICE, id: $id) { id } }', { id: practice!.id });
      try {
        await page.goto(url('/offline'));
        const entry = page.locator('.kept-entry', { hasText: title });
        await entry.getByRole('button', { name: `Оновити ${title}` }).click();
        await entry.locator('.keep__gone', { hasText: /^Більше не опубліковано \(помічено \d{1,2} [а-яіїє]+ \d{4} р\.\)/ }).waitFor();
        await screenshots(page, 'kept-archived');

        // Its last copy is still there to read offline.
        await context.setOffline(true);
        const response = await page.goto(url(TO_ARCHIVE));
        expect(response?.fromServiceWorker()).toBe(true);
        await expect(page.locator('h1').textContent()).resolves.toBe(title);
        await page.locator('.record__actions .keep__gone', { hasText: 'Більше не опубліковано' }).waitFor();
        await context.setOffline(false);

        await page.goto(url('/offline'));
        await page.getByRole('button', { name: `Прибрати ${title}` }).click();
        await page.locator('.notice', { hasText: 'Ще нічого не збережено.' }).waitFor();
        expect(await page.evaluate(async () => (await (await caches.open('poruch-kept-pages')).keys()).length)).toBe(0);
      } finally {
        await graphql(moderator, 'mutation($id: ID!) { restoreRecord(type: PRACTICE, id: $id) { id } }', { id: practice!.id });
        await moderator.close();
      }
    });
  });
});
