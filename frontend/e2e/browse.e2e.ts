import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, screenshots } from './browser';

let browser: Browser;
let close: () => Promise<void>;
let page: Page;
const url = (path: string) => `${inject('appUrl')}${path}`;

beforeAll(async () => {
  ({ browser, close } = await launch());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'uk-UA' });
});
afterAll(async () => {
  await close?.();
});

/** Opens a page, waits for its heading, checks it with axe and saves its screenshots. */
async function visit(path: string, name: string): Promise<void> {
  await page.goto(url(path));
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Let loading skeletons settle before checking and photographing.
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, path);
  await screenshots(page, name);
}

describe('browsing', () => {
  it('finds a practice from a search with a typo, and every page on the way passes axe', async () => {
    await visit('/', 'home');
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toBe(
      'Практики, що працюють у бібліотеках України',
    );

    const box = page.getByRole('searchbox').first();
    await box.fill('патріотичне вихованя');
    await box.press('Enter');
    await page.waitForURL(/\/search\?/);
    // The typo still finds records about patriotic education, with the corrected words highlighted.
    const firstHit = page.locator('article.hit h2 a').first();
    await page
      .locator('article.hit mark')
      .filter({ hasText: /патріотичн/i })
      .first()
      .waitFor();
    const title = (await firstHit.textContent())!.trim();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'search results');
    await screenshots(page, 'search');

    await firstHit.click();
    await page.waitForURL(/\/(practices|case-studies)\//);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'practice page');
    await screenshots(page, 'practice');
  });

  it.each([
    ['/case-studies/bila-tserkva-kazkoterapiia-za-dosvidom-pavlohradu', 'case-study'],
    ['/organizations/pavlohrad-childrens-library', 'organization'],
    ['/communities/pavlohrad', 'community'],
    ['/sign-in', 'sign-in'],
    ['/register', 'register'],
  ])('%s passes axe', async (path, name) => {
    await visit(path, name);
  });

  it('switches to English and back, and remembers the choice', async () => {
    await page.goto(url('/'));
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Practices that work in Ukrainian libraries' }).waitFor(),
    ).resolves.toBeUndefined();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Practices that work in Ukrainian libraries' }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page, 'home in English');
    await page.getByRole('button', { name: 'Українська' }).click();
    await page.getByRole('heading', { level: 1, name: 'Практики, що працюють у бібліотеках України' }).waitFor();
  });
});
