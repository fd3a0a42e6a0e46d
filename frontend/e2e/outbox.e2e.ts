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

/**
 * A phone signed in through the sign-in page. With `worker`, the app's service worker is installed first, so
 * the app's pages open offline as on a real phone; without it, Playwright's request interception sees every
 * request (it does not see what a service worker handles).
 */
async function signedInPhone(email: string, password: string, worker = false): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    locale: 'uk-UA',
    serviceWorkers: worker ? 'allow' : 'block',
  });
  const page = await context.newPage();
  await page.goto(url('/sign-in'));
  await page.getByLabel('Електронна пошта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Увійти' }).click();
  // At 360 px the navigation is folded into «Меню»: its links are there, not shown.
  await page.locator('.site-nav a[href="/contribute"]').waitFor({ state: 'attached' });
  if (worker) await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  return page;
}

/** Asks the API as the page's signed-in account (its cookie), from inside the page. */
function askAs<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    { query, variables },
  ) as Promise<T>;
}

async function practiceSlugs(page: Page): Promise<string[]> {
  const data = await askAs<{ practices: { edges: { node: { slug: string } }[] } }>(
    page,
    '{ practices(first: 30, orderBy: TITLE) { edges { node { slug } } } }',
  );
  return data.practices.edges.map((edge) => edge.node.slug);
}

const reportsWith = async (page: Page, text: string) =>
  (await askAs<{ myAdoptions: { resultUk: string }[] }>(page, '{ myAdoptions { resultUk } }')).myAdoptions.filter(
    (r) => r.resultUk === text,
  ).length;

async function writeReport(page: Page, result: string) {
  await page.getByLabel('Коли спробували').fill('2025-04-12');
  await page.getByLabel('Що вийшло').fill(result);
  await page.getByRole('button', { name: 'Надіслати звіт' }).click();
}

describe('write offline, send exactly once', () => {
  it('a "we tried it here" report written offline waits on the phone and arrives once when the connection returns', async () => {
    const page = await signedInPhone('librarian@poruch.test', 'demo-librarian-2025', true);
    const [slug] = (await practiceSlugs(page)).slice(7);
    await page.goto(url(`/contribute/tried/${slug}`));
    await page.getByLabel('Що вийшло').waitFor();
    const result = `Писали в укритті, без зв’язку (${Date.now().toString(36)}).`;

    await page.context().setOffline(true);
    await writeReport(page, result);
    await page.getByText(/^Немає зв’язку\. Звіт збережено на цьому пристрої/).waitFor();
    await page.getByRole('link', { name: 'Чекає надсилання: 1' }).waitFor();
    await screenshots(page, 'outbox-report-queued');
    await page.getByRole('link', { name: 'Черга надсилання' }).click();
    const item = page.locator('.outbox-item').first();
    await expect(item.getAttribute('data-status')).resolves.toBe('waiting');
    await expect(item.locator('.outbox-item__status').textContent()).resolves.toBe('Чекає на зв’язок');
    await expect(item.locator('.outbox-item__text').textContent()).resolves.toBe(result);
    await screenshots(page, 'outbox-waiting');
    await expectAccessible(page, 'the send queue');

    await page.context().setOffline(false);
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 15_000 }).toBe('sent');
    await expect(item.locator('.outbox-item__status').textContent()).resolves.toBe('Надіслано');
    expect(await reportsWith(page, result)).toBe(1);
    await expect(page.getByRole('link', { name: /^Чекає надсилання/ }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('when the answer is lost after the server made the report, sending again brings back that report: still one', async () => {
    const page = await signedInPhone('partner@poruch.test', 'demo-partner-2025');
    const [slug] = (await practiceSlugs(page)).slice(9);
    const result = `Відповідь загубилася дорогою (${Date.now().toString(36)}).`;
    let cut = 0;
    // The request reaches the server and is answered; the connection drops before the answer reaches the phone.
    await page.route('**/graphql', async (route) => {
      if (cut === 0 && route.request().postData()?.includes('"operationName":"ReportAdoption"')) {
        cut += 1;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.goto(url(`/contribute/tried/${slug}`));
    await page.getByLabel('Що вийшло').waitFor();
    await writeReport(page, result);
    await page.getByText(/^Немає зв’язку\. Звіт збережено на цьому пристрої/).waitFor();
    expect(cut).toBe(1);
    expect(await reportsWith(page, result)).toBe(1); // the server has it; the phone does not know

    await page.getByRole('link', { name: 'Черга надсилання' }).click();
    const item = page.locator('.outbox-item').first();
    // The queue may have gone again by itself already (it tries whenever the app starts or comes online).
    await expect.poll(() => item.getAttribute('data-status')).toMatch(/^(waiting|sent)$/);
    // (If it goes by itself between the look and the press, the button is gone: the press is not needed.)
    if ((await item.getAttribute('data-status')) === 'waiting')
      await page
        .getByRole('button', { name: 'Надіслати зараз' })
        .click({ timeout: 3_000 })
        .catch(() => undefined);
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 15_000 }).toBe('sent');
    expect(await reportsWith(page, result)).toBe(1);
    await page.context().close();
  });

  it('a draft changed elsewhere while the phone was offline shows both versions, and the author keeps theirs', async () => {
    const page = await signedInPhone('librarian@poruch.test', 'demo-librarian-2025');
    await page.goto(url('/contribute/practice/new'));
    const title = `Казка перед сном ${Date.now().toString(36)}`;
    // A draft as another tab or a co-author would have it: created through the API as this account.
    const terms = await askAs<Record<'themes' | 'audiences' | 'formats', { slug: string }[]>>(
      page,
      '{ themes { slug } audiences { slug } formats { slug } }',
    );
    const content = (titleUk: string) => ({
      titleUk,
      summaryUk: 'Коротка казка, щоб заспокоїтися перед сном в укритті.',
      descriptionUk: 'Бібліотекарка читає коротку казку, діти домальовують кінцівку.',
      themes: [terms.themes[0]!.slug],
      goals: ['Заспокоїти дітей'],
      audiences: [terms.audiences[0]!.slug],
      formats: [terms.formats[0]!.slug],
      steps: [{ titleUk: 'Читання' }, { titleUk: 'Малюнок' }],
      resources: { staff: 1, volunteers: 0, budgetBand: 'NONE' },
      conditions: { worksInShelter: true, needsPower: false, needsInternet: false, securityContext: 'ANY' },
      safeguarding: { consentRequired: true, noPhotosOfChildren: true, psychologistNeeded: false },
      evidenceLevel: 'DESCRIBED',
      originOrganization: 'pavlohrad-childrens-library',
    });
    const { createPractice } = await askAs<{ createPractice: { id: string; version: number } }>(
      page,
      'mutation($input: PracticeContentInput!) { createPractice(input: $input) { id version } }',
      { input: content(title) },
    );
    await page.goto(url(`/contribute/practice/${createPractice.id}`));
    const field = page.getByLabel('Назва', { exact: true });
    await expect.poll(() => field.inputValue()).toBe(title);

    await page.context().setOffline(true);
    await field.fill(`${title}: з малюнками`);
    await page.locator('.save-status [data-state="offline"]').waitFor();
    // Meanwhile, from elsewhere, the same draft is saved with another title (this request is not the phone's).
    const cookies = await page.context().cookies();
    const response = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
      body: JSON.stringify({
        query: 'mutation($id: ID!, $v: Int!, $input: PracticeContentInput!) { updatePractice(id: $id, version: $v, input: $input) { id } }',
        variables: { id: createPractice.id, v: createPractice.version, input: content(`${title}: версія з ноутбука`) },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    await page.context().setOffline(false);
    const conflict = page.getByRole('alert').filter({ hasText: 'Цей запис змінили на сервері, поки ви писали' });
    await conflict.waitFor({ timeout: 15_000 });
    const row = conflict.locator('[data-field="titleUk"]');
    await expect(row.locator('.conflict__mine').textContent()).resolves.toBe(`${title}: з малюнками`);
    await expect(row.locator('.conflict__server').textContent()).resolves.toBe(`${title}: версія з ноутбука`);
    await conflict.scrollIntoViewIfNeeded();
    await screenshots(page, 'editor-conflict');

    await page.getByRole('button', { name: 'Залишити мою версію' }).click();
    await page.locator('.save-status [data-state="saved"]').waitFor({ timeout: 15_000 });
    const stored = await askAs<{ contribution: { content: { titleUk: string } } }>(
      page,
      'query($id: ID!) { contribution(type: PRACTICE, id: $id) { content { ... on PracticeContent { titleUk } } } }',
      { id: createPractice.id },
    );
    expect(stored.contribution.content.titleUk).toBe(`${title}: з малюнками`);
    await page.context().close();
  });
});
