import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const SEARCH = `query($size: Int) {
  search(query: "укриття", pageSize: $size, facets: []) {
    hits { slug organization { slug community { slug } } community { slug } themes { slug nameUk } }
  }
}`;

describe('search hits with their organisation, community and themes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    for (let i = 0; i < 12; i++) {
      const origin = await buildOrganization(em, { community: i % 2 ? v.rear : v.frontline });
      await buildPractice(em, { slug: `shelter-${i}`, titleUk: `Заняття в укритті ${i}`, originOrganization: origin });
    }
    await app.indexer.drainAll();
  });
  afterAll(() => app?.close());

  it('costs no more SQL statements for 12 hits than for 2 (nested fields are batched)', async () => {
    const statementsFor = async (size: number) => {
      app.sql.reset();
      const res = await app.gql<{ search: { hits: { organization: { slug: string } | null }[] } }>(SEARCH, { size });
      expect(res.errors).toBeUndefined();
      expect(res.data!.search.hits).toHaveLength(size);
      expect(res.data!.search.hits.every((h) => h.organization)).toBe(true);
      return app.sql.statements.length;
    };
    const few = await statementsFor(2);
    expect(await statementsFor(12)).toBe(few);
  });
});
