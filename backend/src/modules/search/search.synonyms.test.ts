import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBarePractice } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { SYNONYMS } from './search.text.js';

/**
 * Every synonym group, from every one of its words: a search for the word finds a record whose text
 * holds only another word of the group. Through the public `search`, on the PostgreSQL engine.
 */
const SEARCH = `query($q: String) { search(query: $q, pageSize: 100, facets: []) { hits { slug } } }`;

/** One record per word of every group: its title is that word, the rest is text no group contains. */
const recordOf = (group: number, member: number) => `synonym-${group}-${member}`;

const CASES = SYNONYMS.flatMap((group, g) =>
  group.map((word, w) => [word, group.filter((_, other) => other !== w).join(', '), g, w] as const),
);

describe('synonyms', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    for (const [g, group] of SYNONYMS.entries()) {
      for (const [w, word] of group.entries()) {
        await buildBarePractice(em, {
          slug: recordOf(g, w),
          titleUk: word,
          summaryUk: 'Короткий опис зустрічі.',
          descriptionUk: 'Докладний опис.',
          goals: ['Мета'],
          steps: [{ titleUk: 'Крок один' }],
        });
      }
    }
    await app.indexer.drainAll();
  });
  afterAll(() => app?.close());

  it('has groups of two words or more to test', () => {
    expect(SYNONYMS.length).toBeGreaterThan(0);
    for (const group of SYNONYMS) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  const find = async (q: string) => {
    const res = await app.gql<{ search: { hits: { slug: string }[] } }>(SEARCH, { q });
    expect(res.errors).toBeUndefined();
    return res.data!.search.hits.map((h) => h.slug);
  };

  it('a word being typed reaches a group through the start of one of its words as written, not through a shorter stem', async () => {
    const g = SYNONYMS.findIndex((group) => group.includes('fairy tale therapy'));
    const english = recordOf(g, SYNONYMS[g]!.indexOf('fairy tale therapy'));
    expect(await find('казкот')).toContain(english); // «казкот» begins «казкотерапія»
    expect(await find('казка')).not.toContain(english); // «казка» is a word of its own; only its stem «казк» begins it
  });

  it.each(CASES)('«%s» finds %s', async (word, _others, g, w) => {
    const res = await app.gql<{ search: { hits: { slug: string }[] } }>(SEARCH, { q: word });
    expect(res.errors).toBeUndefined();
    const found = res.data!.search.hits.map((h) => h.slug);
    const expected = SYNONYMS[g]!.map((_, other) => recordOf(g, other)).filter((slug) => slug !== recordOf(g, w));
    expect(expected.filter((slug) => !found.includes(slug))).toEqual([]);
  });
});
