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
    await app.indexer.drainAll();
  });
  afterAll(() => app?.close());

  it('shows a snippet without the spaces that stripped Markdown marks leave', async () => {
    const { hits } = await search('казку');
    const snippet = hits.find((h) => h.slug === 'fairy-tale')!.highlights.snippet!;
    expect(snippet).toContain('Перша зустріч: читаємо знайому <mark>казку</mark>.');
    expect(snippet).not.toMatch(/\s:/);
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
    const result = await search('Псхологічна підтримка', true);
    expect(result.total).toBe(0);
    expect(result.correctedQuery).toBeNull();
  });
});
