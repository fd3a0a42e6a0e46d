import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { buildCaseStudy, buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { dataOf } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { Practice } from '../practice/practice.entity.js';
import { BY_ADOPTIONS, DELETE, HIDE, REPORT } from './testing/adoption.test-ops.js';

describe('adoption reports in search', () => {
  let app: TestApp;
  let rearLibrarian: Caller;
  let frontLibrarian: Caller;
  let moderator: Caller;
  let quiet: Practice;
  const order = async () => {
    await app.indexer.drainAll();
    return (await dataOf(anonymous(app).send(BY_ADOPTIONS))).search.hits.map((h) => h.slug);
  };
  const adoptionCount = async (slug: string) => {
    const [row] = await app.orm.em.getConnection().execute(`select adoption_count from search_document where slug = ?`, [slug]);
    return row!.adoption_count as number;
  };
  const report = async (caller: Caller, adoptedOn: string) => {
    const res = await dataOf(
      caller.send(REPORT, { input: { practiceId: quiet.id, adoptedOn, resultUk: 'Спробували, дітям сподобалось.' } }),
    );
    return res.reportAdoption.id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    const rear = await buildOrganization(em, { community: v.rear });
    const front = await buildOrganization(em, { community: v.frontline });
    // "known" already has one community (a case study); "quiet" is older and has none yet.
    quiet = await buildPractice(em, { slug: 'quiet', publishedAt: new Date('2025-01-01') });
    const known = await buildPractice(em, { slug: 'known', publishedAt: new Date('2025-02-01') });
    await buildCaseStudy(em, { organization: rear, practices: [known] });
    rearLibrarian = await signedIn(app, 'librarian', rear);
    frontLibrarian = await signedIn(app, 'librarian', front);
    moderator = await signedIn(app, 'moderator');
  });
  afterAll(() => app.close());

  it('reindexes the practice when a report is filed, hidden or deleted, with the same count as triedIn', async () => {
    expect(await order()).toEqual(['known', 'quiet']);

    const first = await report(rearLibrarian, '2025-03-01');
    await report(frontLibrarian, '2025-04-01');
    expect(await order()).toEqual(['quiet', 'known']);
    expect(await adoptionCount('quiet')).toBe(2);
    const triedIn = await app.gql<{ practice: { triedIn: { communityCount: number } } }>(
      `{ practice(slug: "quiet") { triedIn { communityCount } } }`,
    );
    expect(triedIn.data!.practice.triedIn.communityCount).toBe(2);
    expect(await adoptionCount('known')).toBe(1);

    await dataOf(moderator.send(HIDE, { id: first, reason: 'Не про цю практику.' }));
    expect(await adoptionCount('quiet')).toBe(2); // not drained yet
    expect(await order()).toEqual(['known', 'quiet']); // one each: the newer practice first
    expect(await adoptionCount('quiet')).toBe(1);

    await dataOf(moderator.send(DELETE, { id: first }));
    const pending = await app.orm.em.getConnection().execute(`select record_id from search_outbox where processed_at is null`);
    expect(pending).toEqual([{ record_id: quiet.id }]);
    expect(await order()).toEqual(['known', 'quiet']);
  });
});
