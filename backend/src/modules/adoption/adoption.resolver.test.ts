import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn, type Caller } from '../../test-support/accounts.js';
import { buildAdoption, buildOrganization, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { dataOf, failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { Organization } from '../organization/organization.entity.js';
import type { Practice } from '../practice/practice.entity.js';
import { Adoption } from './adoption.entity.js';
import { todayInUkraine } from '../catalog/calendar.js';
import { DELETE, HIDE, MINE, PUBLIC, REPORT, UPDATE } from './testing/adoption.test-ops.js';

describe('adoption reports: report, edit, delete, hide', () => {
  let app: TestApp;
  let org: Organization;
  let practice: Practice;
  let draft: Practice;
  let librarian: Caller;
  let colleague: Caller;
  let moderator: Caller;
  const input = (overrides: Record<string, unknown> = {}) => ({
    practiceId: practice.id,
    adoptedOn: '2025-03-14',
    changesUk: 'Проводили в укритті, без світла.',
    resultUk: '  Дванадцять дітей прийшли і попросили ще.  ',
    participantCount: 12,
    ...overrides,
  });
  const row = (id: string) => app.orm.em.fork().findOne(Adoption, { id }, { populate: ['author', 'hiddenBy'] });
  const report = async (caller: Caller = librarian, overrides: Record<string, unknown> = {}) => {
    return (await dataOf(caller.send(REPORT, { input: input(overrides) }))).reportAdoption.id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    const v = await buildVocabulary(em);
    org = await buildOrganization(em, { slug: 'pavlohrad-cdb', community: v.frontline });
    practice = await buildPractice(em, { slug: 'fairy-tales' });
    draft = await buildPractice(em, { slug: 'draft-practice', status: 'draft' });
    librarian = await signedIn(app, 'librarian', org);
    colleague = await signedIn(app, 'librarian', org);
    moderator = await signedIn(app, 'moderator');
  });
  afterAll(() => app.close());

  it('publishes a report at once, for the reporter’s organisation, and stores what was sent', async () => {
    const { reportAdoption } = await dataOf(librarian.send(REPORT, { input: input({ organizationId: org.id }) }));
    expect(reportAdoption).toMatchObject({
      adoptedOn: '2025-03-14',
      changesUk: 'Проводили в укритті, без світла.',
      resultUk: 'Дванадцять дітей прийшли і попросили ще.',
      participantCount: 12,
      status: 'PUBLISHED',
      mine: true,
      hiddenReason: null,
      practice: { slug: 'fairy-tales' },
      organization: { slug: 'pavlohrad-cdb' },
      caseStudy: null,
    });
    const stored = await row(reportAdoption.id);
    expect(stored).toMatchObject({ status: 'published', adoptedOn: '2025-03-14', participantCount: 12 });
    expect(stored!.author!.id).toBe(librarian.user!.id);
    expect(stored!.organization.id).toBe(org.id);

    const seen = await dataOf(anonymous(app).send(PUBLIC, { slug: 'fairy-tales' }));
    expect(seen.practice!.adoptions.map((a) => a.id)).toContain(reportAdoption.id);
  });

  it('lets one organisation report the same practice again, at another time', async () => {
    const first = await report(librarian, { adoptedOn: '2024-09-01' });
    const second = await report(colleague, { adoptedOn: '2025-09-01' });
    expect(first).not.toBe(second);
    expect(await app.orm.em.fork().count(Adoption, { organization: org.id, id: { $in: [first, second] } })).toBe(2);
  });

  it('asks a user with no organisation to set it first, and saves nothing', async () => {
    const loner = await signedIn(app, 'librarian');
    const before = await app.orm.em.fork().count(Adoption);
    const res = await loner.send(REPORT, { input: input() });
    expect(failure(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'organization' });
    expect(res.errors?.[0]?.message).toMatch(/organization: set your organisation/);
    expect(await app.orm.em.fork().count(Adoption)).toBe(before);
  });

  it('refuses to file a report for another organisation', async () => {
    const other = await buildOrganization(app.orm.em.fork());
    const res = await librarian.send(REPORT, { input: input({ organizationId: other.id }) });
    expect(failure(res).code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/organizationId/);
  });

  it('accepts published practices only', async () => {
    for (const practiceId of [draft.id, '00000000-0000-4000-8000-000000000000']) {
      expect(failure(await librarian.send(REPORT, { input: input({ practiceId }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'practiceId',
      });
    }
  });

  it('validates every field and names it', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    // Each refusal names the field, the rule as a code (what the web app words) with its limits, and the
    // rule in English for other clients.
    const cases: [Record<string, unknown>, string, Record<string, unknown>, RegExp][] = [
      [{ adoptedOn: tomorrow }, 'adoptedOn', { rule: 'future' }, /future/],
      [{ adoptedOn: '2013-12-31' }, 'adoptedOn', { rule: 'tooEarly' }, /before 2014-01-01/],
      [{ adoptedOn: '2025-02-30' }, 'adoptedOn', { rule: 'date' }, /calendar date/],
      [{ adoptedOn: '14.03.2025' }, 'adoptedOn', { rule: 'date' }, /YYYY-MM-DD/],
      [{ resultUk: 'Коротко.' }, 'resultUk', { rule: 'length', min: 10, max: 2000 }, /10–2000/],
      [{ resultUk: `   ${' '.repeat(20)}x ` }, 'resultUk', { rule: 'length', min: 10, max: 2000 }, /10–2000/],
      [{ resultUk: 'я'.repeat(2001) }, 'resultUk', { rule: 'length', min: 10, max: 2000 }, /10–2000/],
      [{ changesUk: 'я'.repeat(2001) }, 'changesUk', { rule: 'tooLong', max: 2000 }, /2000/],
      [{ participantCount: -1 }, 'participantCount', { rule: 'min', min: 0 }, /0/],
      [{ participantCount: 100_001 }, 'participantCount', { rule: 'max', max: 100_000 }, /100000/],
      [{ practiceId: 'fairy-tales' }, 'practiceId', { rule: 'id' }, /id/],
    ];
    for (const [overrides, field, rule, message] of cases) {
      const res = await librarian.send(REPORT, { input: input(overrides) });
      const label = JSON.stringify(overrides).slice(0, 60);
      expect(res.errors?.[0]?.extensions?.code, label).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields, label).toEqual([{ field, ...rule, message: expect.stringMatching(message) }]);
    }
    const ok = await dataOf(
      librarian.send(REPORT, { input: input({ adoptedOn: todayInUkraine(), changesUk: null, participantCount: null }) }),
    );
    expect(ok.reportAdoption).toMatchObject({ adoptedOn: todayInUkraine(), changesUk: null, participantCount: null });
  });

  it('lets the author edit their report: left-out fields stay, null clears', async () => {
    const id = await report();
    const res = await dataOf(
      librarian.send(UPDATE, { id, input: { resultUk: 'Прийшли двадцять дітей з батьками.', participantCount: null } }),
    );
    expect(res.updateAdoption).toMatchObject({
      adoptedOn: '2025-03-14',
      changesUk: 'Проводили в укритті, без світла.',
      resultUk: 'Прийшли двадцять дітей з батьками.',
      participantCount: null,
    });
    expect(await row(id)).toMatchObject({ resultUk: 'Прийшли двадцять дітей з батьками.', participantCount: null });

    const cleared = await librarian.send(UPDATE, { id, input: { changesUk: null } });
    expect(cleared.data!.updateAdoption).toMatchObject({ changesUk: null });

    const bad = await librarian.send(UPDATE, { id, input: { resultUk: null } });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'resultUk', rule: 'required', message: expect.stringMatching(/cannot be cleared/) },
    ]);
    const badDate = await librarian.send(UPDATE, { id, input: { adoptedOn: '2010-01-01' } });
    expect(badDate.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'adoptedOn', rule: 'tooEarly', message: expect.stringMatching(/2014/) },
    ]);
  });

  it('does not let anyone else edit, not even a colleague or a moderator', async () => {
    const id = await report();
    for (const caller of [colleague, moderator]) {
      expect(failure(await caller.send(UPDATE, { id, input: { resultUk: 'Змінено кимось іншим.' } })).code).toBe('FORBIDDEN');
    }
    expect((await row(id))!.resultUk).toBe('Дванадцять дітей прийшли і попросили ще.');
    const unknown = await librarian.send(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { participantCount: 3 } });
    expect(failure(unknown)).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const malformed = await librarian.send(UPDATE, { id: 'not-an-id', input: { participantCount: 3 } });
    expect(failure(malformed)).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('deletes for the author and for moderators; others are refused and the report stays', async () => {
    const byAuthor = await report();
    const byModerator = await report();
    expect(failure(await colleague.send(DELETE, { id: byAuthor })).code).toBe('FORBIDDEN');
    expect(await row(byAuthor)).not.toBeNull();

    expect((await librarian.send(DELETE, { id: byAuthor })).data).toEqual({ deleteAdoption: byAuthor });
    expect((await moderator.send(DELETE, { id: byModerator })).data).toEqual({ deleteAdoption: byModerator });
    expect(await row(byAuthor)).toBeNull();
    expect(await row(byModerator)).toBeNull();
    expect(failure(await librarian.send(DELETE, { id: byAuthor })).code).toBe('NOT_FOUND');
  });

  it('hides a report with its reason: gone from public reads, still listed for its author', async () => {
    const id = await report(librarian, { resultUk: 'Звіт, який приховають.' });
    const short = await moderator.send(HIDE, { id, reason: 'ні' });
    expect(short.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'reason', rule: 'length', min: 5, max: 500, message: expect.stringMatching(/5–500/) },
    ]);

    const res = await dataOf(moderator.send(HIDE, { id, reason: '  Містить прізвища дітей.  ' }));
    expect(res.hideAdoption).toEqual({ id, status: 'HIDDEN', hiddenReason: 'Містить прізвища дітей.' });
    const stored = await row(id);
    expect(stored).toMatchObject({ status: 'hidden', hiddenReason: 'Містить прізвища дітей.' });
    expect(stored!.hiddenBy!.id).toBe(moderator.user!.id);
    expect(stored!.hiddenAt).toBeInstanceOf(Date);

    const again = await moderator.send(HIDE, { id, reason: 'Ще раз приховати.' });
    expect(failure(again)).toEqual({ code: 'CONFLICT', field: 'id' });

    const pub = await dataOf(anonymous(app).send(PUBLIC, { slug: 'fairy-tales' }));
    expect(pub.practice!.adoptions.map((a) => a.id)).not.toContain(id);

    const mine = await dataOf(librarian.send(MINE));
    expect(mine.myAdoptions.find((a) => a.id === id)).toMatchObject({ status: 'HIDDEN', hiddenReason: 'Містить прізвища дітей.' });
    const colleagues = await dataOf(colleague.send(MINE));
    expect(colleagues.myAdoptions.map((a) => a.id)).not.toContain(id);

    // To anyone else a hidden report does not exist; its author may still correct it, and it stays hidden.
    expect(failure(await colleague.send(UPDATE, { id, input: { participantCount: 1 } })).code).toBe('NOT_FOUND');
    const fixed = await librarian.send(UPDATE, { id, input: { resultUk: 'Виправлений звіт без прізвищ.' } });
    expect(fixed.data!.updateAdoption).toMatchObject({ status: 'HIDDEN', resultUk: 'Виправлений звіт без прізвищ.' });
  });

  it('lists only the caller’s own reports, newest first, in myAdoptions', async () => {
    const fresh = await signedIn(app, 'partner', org);
    const older = await report(fresh, { adoptedOn: '2024-05-01' });
    const newer = await report(fresh, { adoptedOn: '2025-06-01' });
    await buildAdoption(app.orm.em.fork(), practice, org, { adoptedOn: '2025-07-01' });
    const { myAdoptions } = await dataOf(fresh.send(MINE));
    expect(myAdoptions.map((a) => a.id)).toEqual([newer, older]);
    expect(myAdoptions[0]!.practice).toEqual({ slug: 'fairy-tales' });
    expect(failure(await anonymous(app).send(MINE)).code).toBe('UNAUTHENTICATED');
  });
});
