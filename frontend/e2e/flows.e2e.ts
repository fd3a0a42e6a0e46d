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
  await page.getByLabel('Нова добірка').waitFor();
  await expectAccessible(page, 'add to a collection');
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
    await page.goto(url('/collections'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expectAccessible(page, 'collections');
    await screenshots(page, 'collections');
    await page.goBack();

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

/** A form control by its label, which may end with the required-field mark. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`));

describe('a partner library shares a case study', () => {
  it('registers, submits a case study, a moderator approves it and it appears in search', async () => {
    const stamp = Date.now().toString(36);
    const title = `Казки в укритті ліцею ${stamp}`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA' });
    const page = await context.newPage();

    await page.goto(url('/register'));
    await page.getByLabel('Електронна пошта').fill(`partner-${stamp}@library.example`);
    await page.getByLabel('Пароль').fill('казки-під-час-тривоги-2025');
    await page.getByLabel('Ім’я та прізвище').fill('Марія Тестова');
    await page.getByLabel('Організація (необов’язково)').fill('Дитяча бібліотека Павлоградської МЦБС');
    await page.getByRole('button', { name: 'Створити обліковий запис' }).click();
    await page.getByRole('button', { name: 'Вийти' }).waitFor();

    await page.goto(url('/contribute/case-study/new'));
    await field(page, 'Назва').fill(title);
    await field(page, 'Коротко').fill('Щотижневі казкові хвилинки для дітей у шкільному укритті.');
    await field(page, 'Яка практика (№ 1)').selectOption('bibliotechnyi-kutochok-v-ukrytti');
    await field(page, 'Початок').fill('2025-02-01');
    await field(page, 'Потреба').fill('Діти боялися довгих тривог.');
    await field(page, 'Що зробили').fill('Бібліотекарки приходили в укриття двічі на тиждень і читали казки.');
    await page.getByRole('group', { name: 'Учасники' }).getByLabel('Діти 6–9 років').check();
    await field(page, 'Кількість учасників').fill('40');
    await expectAccessible(page, 'case study form');
    await screenshots(page, 'contribute-case-study');
    await page.getByRole('button', { name: 'Надіслати на модерацію' }).click();
    // The press is never lost: the page says the case study went to the moderators.
    await page.getByText(`«${title}» надіслано на модерацію.`, { exact: false }).waitFor();
    await page.getByText('На модерації').first().waitFor();
    await page.goto(url('/contribute'));
    await page.getByRole('link', { name: title }).first().waitFor();
    await expectAccessible(page, 'my contributions');
    await screenshots(page, 'my-contributions');

    const moderator = await signedInPage('moderator@poruch.test', 'demo-moderator-2025');
    await moderator.goto(url('/review'));
    await moderator.getByRole('link', { name: title }).waitFor();
    await expectAccessible(moderator, 'review queue');
    await screenshots(moderator, 'review-queue');
    await moderator.getByRole('link', { name: title }).click();
    await moderator.getByRole('heading', { level: 1 }).first().waitFor();
    await expectAccessible(moderator, 'submission page');
    await screenshots(moderator, 'review-submission');
    await moderator.getByLabel('Схвалити', { exact: true }).check();
    await moderator.getByRole('button', { name: 'Схвалити й опублікувати' }).click();
    await moderator.getByText(`«${title}» схвалено й опубліковано.`).waitFor();

    // The background indexer picks the change up within a few seconds.
    const reader = await context.browser()!.newPage({ viewport: { width: 1280, height: 900 } });
    await expect
      .poll(
        async () => {
          await reader.goto(url(`/search?q=${encodeURIComponent(`ліцею ${stamp}`)}`));
          await reader.locator('[role="status"]').first().waitFor();
          return reader.locator('article.hit h2 a').allTextContents();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain(title);
    await moderator.context().close();
    await context.close();
  });
});
