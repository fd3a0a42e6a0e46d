import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Community } from '../geography/community.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { buildCaseStudy, buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

/**
 * What search must never show, and what it must follow, each with data that would show the break: a story
 * without consent, a case study still in draft, a record whose organisation moved to another community.
 */
interface Hits {
  search: { total: number; hits: { slug: string; highlights: { snippet: string | null } }[] };
}
const SEARCH = `query($q: String, $filters: SearchFilters) { search(query: $q, filters: $filters) { total hits { slug highlights { snippet } } } }`;

describe('search shows only what may be shown, and follows what changed', () => {
  let app: TestApp;
  let frontlineLibrary: Organization;
  let rearCommunityId: string;
  const search = async (q: string | null, filters?: Record<string, unknown>) => {
    const res = await app.gql<Hits>(SEARCH, { q, filters });
    expect(res.errors).toBeUndefined();
    return res.data!.search;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    rearCommunityId = v.rear.id;
    frontlineLibrary = await buildOrganization(em, { slug: 'gaps-library', community: v.frontline });
    const practice = await buildPractice(em, { slug: 'gaps-practice' });
    // The factory's case study carries a consented story («Діти сміялися.») and one without consent («Без згоди.»).
    await buildCaseStudy(em, {
      organization: frontlineLibrary,
      practices: [practice],
      slug: 'gaps-published',
      titleUk: 'Кейс про ліхтарики',
    });
    await buildCaseStudy(em, {
      organization: frontlineLibrary,
      practices: [practice],
      slug: 'gaps-draft',
      titleUk: 'Чернетка про парасольки',
      status: 'draft',
    });
    await app.indexer.drainAll();
  });
  afterAll(() => app?.close());

  it('finds a consented story’s words and never a non-consented one’s, in hits or snippets', async () => {
    expect((await search('сміялися')).hits.map((h) => h.slug)).toContain('gaps-published');
    const withoutConsent = await search('згоди');
    expect(withoutConsent.hits.map((h) => h.slug)).not.toContain('gaps-published');
    expect(JSON.stringify(withoutConsent)).not.toMatch(/<mark>згоди<\/mark>/i);
  });

  it('never finds a case study in draft', async () => {
    expect((await search('ліхтарики')).hits.map((h) => h.slug)).toEqual(['gaps-published']);
    expect((await search('парасольки')).total).toBe(0);
  });

  it('follows an organisation that moved to another community: its case studies are filtered by the new one', async () => {
    const filtered = async (kind: string) => (await search(null, { communityKind: [kind], type: ['CASE_STUDY'] })).hits.map((h) => h.slug);
    expect(await filtered('frontline')).toContain('gaps-published');
    const em = app.orm.em.fork();
    const library = await em.findOneOrFail(Organization, { id: frontlineLibrary.id });
    library.community = em.getReference(Community, rearCommunityId);
    await em.flush();
    await app.indexer.drainAll();
    expect(await filtered('frontline')).not.toContain('gaps-published');
    expect(await filtered('rear')).toContain('gaps-published');
  });
});
