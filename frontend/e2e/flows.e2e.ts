import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, screenshots } from './browser';

let browser: Browser;
let close: () => Promise<void>;
const url = (path: string) => `${inject('appUrl')}${path}`;

beforeAll(async () => {
  ({ browser, close } = await launch());
});
afterAll(async () => {
  await close?.();
});

/** A fresh browser context (its own cookies) signed in through the sign-in page. */
async function signedInPage(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA' });
  const page = await context.newPage();
  await page.goto(url('/sign-in'));
  await page.getByLabel('Електронна пошта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Увійти' }).click();
  await page.getByRole('button', { name: 'Вийти' }).waitFor();
  return page;
}

/** Searches practices and opens the first hit; returns its title. */
async function openFirstHit(page: Page, query: string): Promise<string> {
  await page.goto(url(`/search?q=${encodeURIComponent(query)}&type=practice`));
  const hit = page.locator('article.hit h2 a').first();
  await hit.waitFor();
  const title = (await hit.textContent())!.trim();
  await hit.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return title;
}

async function addToCollection(page: Page, collection: { newTitle?: string; existing?: string }, note: string) {
  await page.getByRole('link', { name: 'Додати до добірки' }).click();
  await page.waitForURL(/\/collections\/add/);
  if (collection.newTitle) {
    await page.getByLabel('Нова добірка').check();
    await page.getByLabel('Назва нової добірки').fill(collection.newTitle);
  } else {
    await page.getByLabel(collection.existing!).check();
  }
  await page.getByLabel('Нотатка куратора (необов’язково)').fill(note);
  await page.getByRole('button', { name: 'Додати', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: collection.newTitle ?? collection.existing }).waitFor();
}

describe('a trainer prepares a workshop handout', () => {
  it('searches with a typo, adds practices to a new collection, reorders them and prints it', async () => {
    const page = await signedInPage('trainer@poruch.test', 'demo-trainer-2025');

    // «казкотерапя» is a typo of казкотерапія.
    const first = await openFirstHit(page, 'казкотерапя');
    await addToCollection(page, { newTitle: 'Семінар: казки в укритті' }, 'Почати з цього');
    await expectAccessible(page, 'collection page');

    const second = await openFirstHit(page, 'психоем');
    expect(second).not.toBe(first);
    await addToCollection(page, { existing: 'Семінар: казки в укритті' }, 'Після перерви');

    const titles = () => page.locator('main ol > li h3, main ol > li h2').allTextContents();
    await expect.poll(titles).toEqual([first, second].map((t) => expect.stringContaining(t)));
    // Keyboard-friendly reorder: move the second practice up.
    await page.getByRole('button', { name: 'Перемістити вище' }).last().click();
    await expect.poll(titles).toEqual([second, first].map((t) => expect.stringContaining(t)));
    await screenshots(page, 'collection');

    await page.getByRole('link', { name: 'Версія для друку' }).click();
    await page.getByRole('button', { name: 'Друкувати' }).waitFor();
    const handout = await page.locator('main').textContent();
    expect(handout!.indexOf(second)).toBeLessThan(handout!.indexOf(first));
    expect(handout).toContain('Після перерви');
    await expectAccessible(page, 'print view');
    await page.emulateMedia({ media: 'print' });
    await screenshots(page, 'collection-print');
    await page.context().close();
  });
});
