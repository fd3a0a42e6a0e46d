import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

interface Result {
  search: { total: number; correctedQuery: string | null; hits: { slug: string; highlights: { snippet: string | null } }[] };
}
const SEARCH = `query($q: String, $exact: Boolean) {
  search(query: $q, exact: $exact) { total correctedQuery hits { slug highlights { snippet } } }
}`;

describe('search through the API', () => {
  let app: TestApp;
  const search = async (q: string, exact?: boolean) => {
    const res = await app.gql<Result>(SEARCH, { q, exact });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    await buildVocabulary(em);
    await buildPractice(em, {
      slug: 'fairy-tale',
      descriptionUk: 'Вступ до заняття.\n\n**Перша зустріч**: читаємо знайому казку.\n\n## Друга зустріч\n\nМалюємо героя.',
    });
    await buildPractice(em, {
      slug: 'support',
      titleUk: 'Розмовний клуб',
      descriptionUk: 'Години психологічної підтримки для дорослих після обстрілів.',
    });
    await buildPractice(em, {
      slug: 'markup',
      titleUk: 'Лелекотерапія <img src=x onerror="alert(1)"> для малят',
      summaryUk: '<script>alert(2)</script>Лелекотерапія <b onclick="alert(3)">лелекотерапія</b> & ігри',
      descriptionUk: 'Вступ.\n\nЛелекотерапія <img src=y onerror=alert(4)> з <script>alert(5)</script> казками.',
    });
    await app.indexer.drainAll();
  });
  afterAll(() => app?.close());

  it('shows a snippet without the spaces that stripped Markdown marks leave', async () => {
    const { hits } = await search('казку');
    const snippet = hits.find((h) => h.slug === 'fairy-tale')!.highlights.snippet!;
    expect(snippet).toContain('Перша зустріч: читаємо знайому <mark>казку</mark>.');
    expect(snippet).not.toMatch(/\s:/);
  });

  it('marks the matched words in text that holds markup, and sends all of that markup as text', async () => {
    const res = await app.gql<{
      search: { hits: { slug: string; highlights: { title: string; summary: string; snippet: string | null } }[] };
    }>(`query($q: String) { search(query: $q) { hits { slug highlights { title summary snippet } } } }`, { q: 'лелекотерапія' });
    expect(res.errors).toBeUndefined();
    const { title, summary, snippet } = res.data!.search.hits.find((h) => h.slug === 'markup')!.highlights;
    expect(title).toBe('<mark>Лелекотерапія</mark> &lt;img src=x onerror=&quot;alert(1)&quot;&gt; для малят');
    expect(summary).toBe(
      '&lt;script&gt;alert(2)&lt;/script&gt;<mark>Лелекотерапія</mark> &lt;b onclick=&quot;alert(3)&quot;&gt;<mark>лелекотерапія</mark>&lt;/b&gt; &amp; ігри',
    );
    expect(snippet).toContain('<mark>Лелекотерапія</mark> &lt;img src=y onerror=alert(4)');
    // Whatever the snippet keeps of the description's Markdown, <mark> is its only element.
    expect(snippet!.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('says which query the results are for when it corrected a typo', async () => {
    const result = await search('Псхологічна підтримка');
    expect(result.hits.map((h) => h.slug)).toEqual(['support']);
    expect(result.correctedQuery).toBe('психологічна підтримка');
  });

  it('reports no correction when nothing was corrected', async () => {
    expect((await search('підтримка')).correctedQuery).toBeNull();
  });

  it('searches exactly what was typed on request', async () => {
    // The misspelt word is not corrected, so it adds nothing: the result is that of the other word alone.
    const result = await search('Псхологічна підтримка', true);
    expect(result.correctedQuery).toBeNull();
    expect(result.total).toBe((await search('підтримка', true)).total);
    expect((await search('Псхологічна підтримка')).correctedQuery).not.toBeNull();
  });
});
