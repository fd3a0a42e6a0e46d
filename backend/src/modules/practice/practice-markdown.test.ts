import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  const em = app.orm.em.fork();
  await buildVocabulary(em);
  await buildPractice(em, {
    slug: 'markdown-practice',
    descriptionUk: 'Діти **малюють**.\n\n<script>alert(1)</script> [тут](javascript:alert(2))',
    steps: [{ titleUk: 'Крок', detailsUk: '_Повільно_' }],
  });
  await buildPractice(em, {
    slug: 'wrapped-practice',
    descriptionUk: 'Перший рядок абзацу,\nщо продовжується тут.\n\nДругий абзац.',
  });
});
afterAll(() => app?.close());

it('serves long texts as written and as sanitised HTML', async () => {
  const res = await app.gql<{ practice: { descriptionUk: string; descriptionHtml: string; steps: { detailsHtml: string }[] } }>(
    `{ practice(slug: "markdown-practice") { descriptionUk descriptionHtml steps { detailsHtml } } }`,
  );
  const p = res.data!.practice;
  expect(p.descriptionUk).toContain('<script>alert(1)</script>');
  expect(p.descriptionHtml).toContain('<p>Діти <strong>малюють</strong>.</p>');
  expect(p.descriptionHtml).not.toMatch(/<script|href="javascript/);
  expect(p.descriptionHtml).toContain('&lt;script&gt;');
  expect(p.steps).toEqual([{ detailsHtml: '<p><em>Повільно</em></p>' }]);
});

it('joins the wrapped lines of one paragraph and keeps paragraphs apart', async () => {
  const res = await app.gql<{ practice: { descriptionHtml: string } }>(`{ practice(slug: "wrapped-practice") { descriptionHtml } }`);
  const html = res.data!.practice.descriptionHtml;
  expect(html).not.toContain('<br');
  expect(html).toBe('<p>Перший рядок абзацу,\nщо продовжується тут.</p>\n<p>Другий абзац.</p>');
});
