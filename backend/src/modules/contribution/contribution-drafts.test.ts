import { acceptInvitations } from '../invitation/testing/invitation.test-support.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, signedIn } from '../../test-support/accounts.js';
import { practiceInput } from '../../test-support/factories.js';
import { dataOf } from '../../test-support/operations.js';
import { contributionSteps, startContributionApp } from './testing/contribution.test-support.js';
import { CREATE_PRACTICE, UPDATE_PRACTICE, PUBLIC, CONTRIBUTION, SUBMIT } from './testing/contribution.test-ops.js';
import type { Caller } from '../../test-support/accounts.js';
import type { TestApp } from '../../test-support/test-app.js';

let app: TestApp;
let author: Caller;
let other: Caller;
let moderator: Caller;
beforeAll(async () => {
  ({ app, author, other, moderator } = await startContributionApp());
});
afterAll(() => app?.close());
const { count, createPractice, publish } = contributionSteps(() => ({ app, author, moderator }));

describe('drafts', () => {
  it('creates a draft owned by its author, with the content as written', async () => {
    const p = await createPractice();
    expect(p).toMatchObject({ type: 'PRACTICE', status: 'DRAFT', version: 1, titleUk: 'Казкова хвилинка в укритті' });
    expect(p.slug).toMatch(/^kazkova-khvylynka-v-ukrytti-[0-9a-f]{8}$/);
    expect(p.content).toMatchObject({
      __typename: 'PracticeContent',
      titleUk: 'Казкова хвилинка в укритті',
      themes: ['fairy-tale-therapy', 'psycho-emotional-support'],
      audiences: ['children-0-5', 'children-6-9'],
      descriptionUk: 'Бібліотекарка читає казку, діти **малюють** героя. Після — розмова про почуття.',
      resources: { budgetBand: 'NONE', materialsUk: ['книжка', 'олівці'], staff: 1, volunteers: 0 },
      originOrganization: 'pavlohrad-childrens-library',
    });
  });

  it('reads content back in the shape it is sent: the content of a draft, sent unchanged, saves as it was', async () => {
    const p = await createPractice();
    const { __typename, ...content } = p.content as { __typename: string } & Record<string, unknown>;
    expect(__typename).toBe('PracticeContent');
    const saved = await dataOf(author.send(UPDATE_PRACTICE, { id: p.id, version: p.version, input: content }));
    expect(saved.updatePractice.content).toEqual(p.content);
  });

  it('creates a draft adapted from a published practice (the form offers it), and refuses an unpublished one by name', async () => {
    const original = await createPractice();
    await publish(original);
    const adapted = await author.send(CREATE_PRACTICE, {
      input: practiceInput({ titleUk: 'Казкова хвилинка для підлітків', adaptedFrom: original.slug }),
    });
    expect(adapted.errors).toBeUndefined();
    expect(adapted.data!.createPractice.content.adaptedFrom).toBe(original.slug);

    const draft = await createPractice();
    const refused = await author.send(CREATE_PRACTICE, { input: practiceInput({ adaptedFrom: draft.slug }) });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.adaptedFrom.0' } });
  });

  it('tells someone else nothing about a published record’s pending changes: the same NOT_FOUND with or without them', async () => {
    const WITHDRAW = `mutation($id: ID!) { withdrawSubmission(type: PRACTICE, id: $id) { status } }`;
    const quiet = await createPractice();
    await publish(quiet);
    const busy = await createPractice();
    await publish(busy);
    const current = await author.send(CONTRIBUTION, { type: 'PRACTICE', id: busy.id });
    await author.send(UPDATE_PRACTICE, {
      id: busy.id,
      version: current.data!.contribution!.version,
      input: practiceInput({ titleUk: 'Нова назва' }),
    });
    await author.send(SUBMIT, { type: 'PRACTICE', id: busy.id });

    const answers = [];
    for (const id of [quiet.id, busy.id]) {
      answers.push((await other.send(SUBMIT, { type: 'PRACTICE', id })).errors?.[0]);
      answers.push((await other.gql(WITHDRAW, { id })).errors?.[0]);
    }
    for (const answer of answers)
      expect(answer).toMatchObject({ message: 'id: no practice with this id', extensions: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('refuses bad content naming every field and rule, and saves nothing', async () => {
    const before = await count('practice');
    const res = await author.send(CREATE_PRACTICE, {
      input: practiceInput({
        titleUk: '   ',
        themes: ['play-therapy', 'fairy-tale-therapy', 'reading-promotion', 'volunteering'],
        steps: [],
      }),
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.titleUk', 'input.themes', 'input.steps']));
    const unknown = await author.send(CREATE_PRACTICE, { input: practiceInput({ formats: ['in-person', 'carrier-pigeon'] }) });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.formats.1' } });
    expect(unknown.errors?.[0]?.message).toMatch(/unknown format: carrier-pigeon/);
    expect(await count('practice')).toBe(before);
    expect(await count('practice_theme where practice_id not in (select id from practice)')).toBe(0);
  });

  it('is seen by its author and moderators only, through every path', async () => {
    const p = await createPractice();
    await app.indexer.drainAll();
    expect((await author.send(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toMatchObject({ contribution: { id: p.id } });
    expect((await moderator.send(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toMatchObject({ contribution: { id: p.id } });
    expect((await other.send(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toEqual({ contribution: null });
    expect((await anonymous(app).send(PUBLIC, { slug: p.slug })).data).toEqual({ practice: null });
    const list = await other.gql<{ practices: { edges: { node: { id: string } }[] } }>(
      `{ practices(first: 100) { edges { node { id } } } }`,
    );
    expect(list.data!.practices.edges.map((e) => e.node.id)).not.toContain(p.id);
    const search = await other.gql<{ search: { hits: { id: string }[] } }>(`{ search(query: "Казкова хвилинка укритті") { hits { id } } }`);
    expect(search.data!.search.hits.map((h) => h.id)).not.toContain(p.id);
    const revisions = await other.gql(`query($id: ID!) { revisions(type: PRACTICE, id: $id) { number } }`, { id: p.id });
    expect(revisions.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a save made from an old version instead of overwriting the newer one', async () => {
    const p = await createPractice();
    const first = await author.send(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Перша правка' }) });
    expect(first.errors).toBeUndefined();
    expect(first.data).toMatchObject({ updatePractice: { titleUk: 'Перша правка', version: p.version + 1 } });
    const second = await author.send(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Друга правка' }) });
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await author.send(CONTRIBUTION, { type: 'PRACTICE', id: p.id })).data).toMatchObject({
      contribution: { titleUk: 'Перша правка' },
    });
  });

  it('lets only its authors edit it', async () => {
    const p = await createPractice();
    const res = await other.send(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Чужа правка' }) });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byModerator = await moderator.send(UPDATE_PRACTICE, {
      id: p.id,
      version: p.version,
      input: practiceInput({ titleUk: 'Правка модератора' }),
    });
    expect(byModerator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shares editing with an invited co-author once they accept; the invitation answers alike for any address', async () => {
    const p = await createPractice();
    const INVITE = `mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { coAuthors { displayName } invitations { email } } }`;
    type Invited = { addCoAuthor: { coAuthors: unknown[]; invitations: { email: string }[] } };
    const invite = await author.gql<Invited>(INVITE, { id: p.id, email: other.user!.email });
    expect(invite.data).toEqual({ addCoAuthor: { coAuthors: [], invitations: [{ email: other.user!.email }] } });
    const before = await other.send(UPDATE_PRACTICE, {
      id: p.id,
      version: p.version,
      input: practiceInput({ titleUk: 'Ще не співавторка' }),
    });
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await author.gql<Invited>(INVITE, { id: p.id, email: 'no-account-here@example.org' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.addCoAuthor.coAuthors).toEqual([]);
    expect(await acceptInvitations(other)).toBe(1);
    const joined = await author.gql<{ contribution: { coAuthors: { displayName: string }[]; invitations: { email: string }[] } }>(
      `query($id: ID!) { contribution(type: PRACTICE, id: $id) { coAuthors { displayName } invitations { email } } }`,
      { id: p.id },
    );
    expect(joined.data!.contribution).toEqual({
      coAuthors: [{ displayName: other.user!.displayName }],
      invitations: [{ email: 'no-account-here@example.org' }],
    });
    const res = await other.send(UPDATE_PRACTICE, { id: p.id, version: p.version, input: practiceInput({ titleUk: 'Спільна правка' }) });
    expect(res.data).toMatchObject({ updatePractice: { titleUk: 'Спільна правка' } });
    const stranger = await signedIn(app, 'librarian');
    const denied = await other.gql(`mutation($id: ID!, $email: String!) { addCoAuthor(type: PRACTICE, id: $id, email: $email) { id } }`, {
      id: p.id,
      email: stranger.user!.email,
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
