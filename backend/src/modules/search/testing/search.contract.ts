import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdoption, buildCaseStudy, buildOrganization, buildPractice, buildVocabulary } from '../../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { Practice } from '../../practice/practice.entity.js';
import type { SearchIndex } from '../search-index.js';

/**
 * Behaviour every search engine must show, run through the public GraphQL surface against records
 * written to the real database and indexed through the outbox. Called once per engine.
 */
export function describeSearchContract(engine: string, makeIndex: (orm: MikroORM) => SearchIndex) {
  describe(`search contract: ${engine}`, () => {
    let app: TestApp;

    const SEARCH = `query($query: String, $filters: SearchFilters, $type: SearchType, $sort: SearchSort, $pageSize: Int, $facets: [SearchFacet!]) {
      search(query: $query, filters: $filters, type: $type, sort: $sort, pageSize: $pageSize, facets: $facets) {
        total
        hits { type slug title highlights { title summary snippet } themes { slug } organization { slug } community { slug } }
        facets { facet values { value count labelUk labelEn } }
      }
    }`;
    type Hit = { type: string; slug: string; title: string; highlights: { title: string; summary: string; snippet: string | null } };
    type Result = {
      search: { total: number; hits: Hit[]; facets: { facet: string; values: { value: string; count: number; labelUk: string }[] }[] };
    };

    async function search(variables: Record<string, unknown>) {
      const res = await app.gql<Result>(SEARCH, variables);
      const serverErrors = () => JSON.stringify(app.logs.filter((l) => Number(l.level) >= 50).slice(-1));
      expect(res.errors, res.errors && `${JSON.stringify(res.errors)}\nserver log: ${serverErrors()}`).toBeUndefined();
      return res.data!.search;
    }
    const slugs = async (query: string, extra: Record<string, unknown> = {}) => (await search({ query, ...extra })).hits.map((h) => h.slug);

    beforeAll(async () => {
      app = await startTestApp({ search: makeIndex });
      const em = app.orm.em.fork();
      const v = await buildVocabulary(em);
      const pavlohrad = await buildOrganization(em, { slug: 'pavlohrad-lib', community: v.frontline });
      const bilaTserkva = await buildOrganization(em, { slug: 'bt-lib', community: v.rear });
      const tales = await buildPractice(
        em,
        {
          slug: 'tale-hour',
          titleUk: 'Казкова година в укритті',
          summaryUk: 'Елементи казкотерапії для наймолодших читачів під час повітряної тривоги.',
          descriptionUk: 'Бібліотекарка читає дітей заспокійливі історії.',
          originOrganization: pavlohrad,
          conditions: { worksInShelter: true },
        },
        { themes: ['fairy-tale-therapy'] },
      );
      await buildPractice(
        em,
        {
          slug: 'quest',
          titleUk: 'Патріотичне виховання через краєзнавчий квест',
          summaryUk: 'Підлітки досліджують рідне місто.',
          originOrganization: bilaTserkva,
        },
        { themes: ['patriotic-education'], audiences: ['youth'] },
      );
      await buildPractice(
        em,
        {
          slug: 'calm',
          titleUk: 'Психоемоційна підтримка під час тривоги',
          summaryUk: 'Дихальні вправи та гра для дітям молодшого віку.',
          originOrganization: pavlohrad,
        },
        { themes: ['play-therapy'] },
      );
      await buildPractice(
        em,
        {
          slug: 'moms-club',
          titleUk: 'Розмовний клуб для мам',
          summaryUk: 'Зустрічі для жінок, які стали внутрішньо переміщеними особами.',
          originOrganization: bilaTserkva,
        },
        { themes: ['idp-families'], audiences: ['idp-families'] },
      );
      await buildPractice(
        em,
        {
          slug: 'title-match',
          titleUk: 'Казкотерапія для малят',
          summaryUk: 'Короткі терапевтичні історії.',
          originOrganization: bilaTserkva,
        },
        { themes: ['fairy-tale-therapy'] },
      );
      await buildPractice(
        em,
        {
          slug: 'body-match',
          titleUk: 'Майстерня малювання',
          summaryUk: 'Малюємо разом з батьками.',
          descriptionUk: 'Після малювання можна додати трохи казкотерапія як окремий етап.',
          originOrganization: pavlohrad,
        },
        { themes: ['play-therapy'] },
      );
      await buildPractice(
        em,
        { slug: 'script', titleUk: 'Казки <script>alert(1)</script> & ігри', summaryUk: 'Казкотерапія з іграми.' },
        { themes: ['fairy-tale-therapy'] },
      );
      await buildPractice(
        em,
        { slug: 'hidden-draft', status: 'draft', titleUk: 'Казкотерапія: чернетка' },
        { themes: ['fairy-tale-therapy'] },
      );
      await buildCaseStudy(em, {
        organization: pavlohrad,
        practices: [tales],
        slug: 'tales-case',
        titleUk: 'Казкотерапія в Павлограді',
        summaryUk: 'Як це працювало в укритті.',
      });
      await app.indexer.drainAll();
    });
    afterAll(() => app.close());

    it('finds word forms: казкотерапія finds казкотерапії, дітям finds дітей', async () => {
      expect(await slugs('казкотерапія')).toContain('tale-hour');
      expect(await slugs('дітям')).toContain('tale-hour');
    });

    it('tolerates typos: one from 5 letters, two from 9', async () => {
      expect(await slugs('патріотичне вихованя')).toContain('quest');
      expect(await slugs('краезнавчий')).toContain('quest');
      expect(await slugs('краезнавчй')).toContain('quest');
    });

    it('matches as you type', async () => {
      expect(await slugs('психоем')).toContain('calm');
    });

    it('reads Latin transliteration', async () => {
      expect(await slugs('kazkoterapiia')).toContain('title-match');
    });

    it('expands synonyms: ВПО finds a record that only says внутрішньо переміщені', async () => {
      expect(await slugs('ВПО')).toContain('moms-club');
    });

    it('ranks a title match above a body-only match', async () => {
      const hits = await slugs('казкотерапія', { type: 'PRACTICE' });
      expect(hits).toContain('body-match');
      expect(hits.indexOf('title-match')).toBeLessThan(hits.indexOf('body-match'));
    });

    it('never returns drafts and filters by type', async () => {
      expect(await slugs('казкотерапія')).not.toContain('hidden-draft');
      const cases = await search({ query: 'казкотерапія', type: 'CASE_STUDY' });
      expect(cases.hits.map((h) => [h.type, h.slug])).toEqual([['CASE_STUDY', 'tales-case']]);
    });

    it('counts facets over the filtered matches', async () => {
      const result = await search({ query: '', filters: { type: ['PRACTICE'] }, facets: ['THEMES', 'COMMUNITY_KIND', 'CONDITIONS'] });
      expect(result.total).toBe(7);
      const themes = Object.fromEntries(result.facets.find((f) => f.facet === 'THEMES')!.values.map((v) => [v.value, v.count]));
      expect(themes).toEqual({ 'fairy-tale-therapy': 3, 'play-therapy': 2, 'patriotic-education': 1, 'idp-families': 1 });
      const kinds = Object.fromEntries(result.facets.find((f) => f.facet === 'COMMUNITY_KIND')!.values.map((v) => [v.value, v.count]));
      expect(kinds).toEqual({ frontline: 3, rear: 3 });
      const shelter = result.facets.find((f) => f.facet === 'CONDITIONS')!.values.find((v) => v.value === 'works_in_shelter');
      expect(shelter).toMatchObject({ count: 1, labelUk: 'Працює в укритті' });

      const filtered = await search({
        query: '',
        filters: { type: ['PRACTICE'], themes: ['fairy-tale-therapy', 'play-therapy'], communityKind: ['frontline'] },
        facets: ['THEMES'],
      });
      expect(filtered.hits.map((h) => h.slug).sort()).toEqual(['body-match', 'calm', 'tale-hour']);
      expect(filtered.facets[0]!.values.map((v) => [v.value, v.count])).toEqual([
        ['play-therapy', 2],
        ['fairy-tale-therapy', 1],
      ]);
    });

    it('marks matches and escapes everything else', async () => {
      const hit = (await search({ query: 'казки' })).hits.find((h) => h.slug === 'script')!;
      expect(hit.highlights.title).toContain('<mark>Казки</mark>');
      expect(hit.highlights.title).toContain('&lt;script&gt;');
      expect(hit.highlights.title.replace(/<\/?mark>/g, '')).not.toMatch(/<|>/);
      expect(hit.title).toBe('Казки <script>alert(1)</script> & ігри');
    });

    it('follows publication: published appears, archived and deleted disappear', async () => {
      const em = app.orm.em.fork();
      const p = await buildPractice(
        em,
        { slug: 'later', status: 'draft', titleUk: 'Ляльковий театр у бібліотеці' },
        { themes: ['play-therapy'] },
      );
      await app.indexer.drainAll();
      expect(await slugs('ляльковий')).toEqual([]);

      p.status = 'published';
      p.publishedAt = new Date();
      await em.flush();
      await app.indexer.drainAll();
      expect(await slugs('ляльковий')).toEqual(['later']);

      p.status = 'archived';
      await em.flush();
      await app.indexer.drainAll();
      expect(await slugs('ляльковий')).toEqual([]);

      p.status = 'published';
      await em.flush();
      await app.indexer.drainAll();
      expect(await slugs('ляльковий')).toEqual(['later']);
      await em.removeAndFlush(await em.findOneOrFail(Practice, { slug: 'later' }));
      await app.indexer.drainAll();
      expect(await slugs('ляльковий')).toEqual([]);
      expect([...(await app.search.ids())].some((id) => id.endsWith(p.id))).toBe(false);
    });

    it('browses with an empty query, newest first', async () => {
      const result = await search({ query: '', type: 'PRACTICE', pageSize: 100 });
      expect(result.total).toBe(7);
      expect(result.hits.map((h) => h.slug)).not.toContain('hidden-draft');
    });

    it('rejects bad arguments naming the argument', async () => {
      const tooBig = await app.gql(SEARCH, { query: 'казка', pageSize: 101 });
      expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pageSize' });
      const unknownFacet = await app.gql(SEARCH, { query: 'казка', facets: ['COLOUR'] });
      expect(unknownFacet.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(unknownFacet.errors?.[0]?.message).toMatch(/facets/);
      const unknownTheme = await app.gql(SEARCH, { query: 'казка', filters: { themes: ['astrology'] } });
      expect(unknownTheme.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.themes' });
      const unknownKind = await app.gql(SEARCH, { filters: { communityKind: ['coastal'] } });
      expect(unknownKind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filters.communityKind' });
    });
  });

  describe(`search contract, relevance: ${engine}`, () => {
    let app: TestApp;
    const SEARCH = `query($query: String, $pageSize: Int) { search(query: $query, pageSize: $pageSize, facets: []) { total hits { slug } } }`;
    async function slugs(query: string) {
      const res = await app.gql<{ search: { hits: { slug: string }[] } }>(SEARCH, { query, pageSize: 50 });
      expect(res.errors).toBeUndefined();
      return res.data!.search.hits.map((h) => h.slug);
    }
    const day = (n: number) => new Date(Date.UTC(2025, 5, n));

    beforeAll(async () => {
      app = await startTestApp({ search: makeIndex });
      const em = app.orm.em.fork();
      const v = await buildVocabulary(em);
      const practice = (slug: string, titleUk: string, more: Partial<Practice> = {}) =>
        buildPractice(em, { slug, titleUk, summaryUk: 'Зустрічі в читальній залі.', descriptionUk: 'Опис заняття.', ...more });
      await practice('ft-kids', 'Казкотерапія для малят');
      await practice('ft-plain', 'Казкотерапія: короткі історії');
      await practice('drawing-kids', 'Малювання з малюками');
      await practice('history', 'Історія рідного краю');
      await practice('eco', 'Екологічний гурток для підлітків');
      await practice('little', 'Ранкові ігри для малят');
      await practice('psychologist', 'Консультації психолога для батьків');
      await practice('emotions', 'Психоемоційна підтримка підлітків');
      await practice('pensioners', 'Клуб пенсіонерів у бібліотеці');
      await practice('older-readers', 'Читання для літніх людей');
      await practice('special-needs', 'Заняття для дітей з особливими освітніми потребами');
      await practice('disability', 'Книжки для дітей з інвалідністю');
      await practice('idp-abbr', 'Розмовний клуб для ВПО', { publishedAt: day(1) });
      await practice('idp-full', 'Розмовний клуб для внутрішньо переміщених осіб', { publishedAt: day(1), evidenceLevel: 'replicated' });
      await practice('idp-body', 'Вечірні читання', { descriptionUk: 'Приходять також ВПО з сусідніх сіл.', publishedAt: day(2) });
      await practice('idp-families', 'Читання для родин ВПО');
      await practice('english-title', 'Година історій', { titleEn: 'Story hour in the shelter', summaryEn: 'Quiet reading for children.' });
      await practice('tie-old-described', 'Ляльковий театр тіней', { publishedAt: day(3) });
      await practice('tie-new-described', 'Ляльковий театр тіней', { publishedAt: day(9) });
      await practice('tie-old-evaluated', 'Ляльковий театр тіней', { publishedAt: day(3), evidenceLevel: 'evaluated' });
      const adopted = await practice('tie-old-adopted', 'Ляльковий театр тіней', { publishedAt: day(2) });
      await buildAdoption(em, adopted, await buildOrganization(em, { slug: 'tie-adopter', community: v.rear }));
      await app.indexer.drainAll();
    });
    afterAll(() => app.close());

    it('ranks by how many words match instead of dropping everything when one word matches nothing', async () => {
      // «притулку» is in no record; «малюків» finds «малят» and «малюками».
      const hits = await slugs('казкотерапія для малюків у притулку');
      expect(hits[0]).toBe('ft-kids');
      expect(hits).toContain('ft-plain');
      expect(hits).toContain('drawing-kids');
      expect(hits.indexOf('ft-kids')).toBeLessThan(hits.indexOf('drawing-kids'));
    });

    it('finds word forms a suffix stemmer misses: noun and adjective, irregular plurals', async () => {
      expect(await slugs('історичний')).toContain('history');
      expect(await slugs('екологія')).toContain('eco');
      expect(await slugs('екологічна')).toContain('eco');
      expect(await slugs('маля')).toContain('little');
      expect(await slugs('малятам')).toContain('little');
    });

    it('matches the last, half-typed word by what was typed, not by a shorter stem', async () => {
      const hits = await slugs('психоем');
      expect(hits).toContain('emotions');
      expect(hits).not.toContain('psychologist');
      expect(await slugs('психол')).toContain('psychologist');
    });

    it('expands phrase synonyms of the catalogue’s audiences', async () => {
      for (const q of ['люди похилого віку', 'пенсіонери', 'літні люди']) {
        const hits = await slugs(q);
        expect(hits, q).toContain('pensioners');
        expect(hits, q).toContain('older-readers');
      }
      for (const q of ['ООП', 'діти з інвалідністю', 'діти з особливими освітніми потребами']) {
        const hits = await slugs(q);
        expect(hits, q).toContain('special-needs');
        expect(hits, q).toContain('disability');
      }
    });

    it('does not rank an abbreviation above its spelled-out synonym', async () => {
      for (const q of ['ВПО', 'внутрішньо переміщені особи']) {
        const hits = await slugs(q);
        // Both say it in the title; the spelled-out one has the better evidence, so it leads.
        expect(hits.indexOf('idp-full'), q).toBeGreaterThanOrEqual(0);
        expect(hits.indexOf('idp-full'), q).toBeLessThan(hits.indexOf('idp-abbr'));
        expect(hits.indexOf('idp-abbr'), q).toBeLessThan(hits.indexOf('idp-body'));
      }
    });

    it('reads English queries through the glossary and English titles', async () => {
      expect(await slugs('fairy tale therapy')).toEqual(expect.arrayContaining(['ft-kids', 'ft-plain']));
      expect(await slugs('displaced families')).toContain('idp-families');
      expect(await slugs('older people')).toContain('pensioners');
      expect(await slugs('story hour')).toContain('english-title');
    });

    it('breaks ties between equal text matches by evidence, then adoptions, then date', async () => {
      const hits = (await slugs('ляльковий театр тіней')).filter((s) => s.startsWith('tie-'));
      expect(hits).toEqual(['tie-old-evaluated', 'tie-old-adopted', 'tie-new-described', 'tie-old-described']);
    });
  });
}
