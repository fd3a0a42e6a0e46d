import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, callerWithCookie, signedIn, type Caller } from '../../test-support/accounts.js';
import { buildCaseStudy, buildOrganization, buildOwnedCollection, buildPractice, buildVocabulary } from '../../test-support/factories.js';
import { User } from '../account/user.entity.js';
import { failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { REGISTER } from '../account/testing/account.test-ops.js';
import { COLLECTION_LIMITS } from '../collection/collection.limits.js';
import { Invitation } from './invitation.entity.js';
import { ACCEPT, CASE_STUDY_CO_AUTHORS, DECLINE, INVITE, INVITE_CO_AUTHOR, MY_INVITATIONS, REVOKE } from './testing/invitation.test-ops.js';

describe('invitations to co-curate and co-author', () => {
  let app: TestApp;
  let trainer: Caller;
  const em = () => app.orm.em.fork();
  const collection = (title = 'Казкотерапія для семінару') =>
    buildOwnedCollection(em(), trainer.user!, [], { titleUk: title, visibility: 'public' });
  const code = (res: Parameters<typeof failure>[0]) => failure(res).code;

  beforeAll(async () => {
    app = await startTestApp();
    trainer = await signedIn(app, 'trainer');
  });
  afterAll(() => app?.close());

  it('reach an address that has no account yet: the person who registers with it finds the invitation and a notification', async () => {
    const c = await collection('Добірка для нової колеги');
    const address = `new-colleague-${Date.now().toString(36)}@library.example`;
    const sent = await trainer.send(INVITE, { id: c.id, email: address.toUpperCase() });
    expect(sent.data!.addCollectionCoCurator.invitations!.map((i) => i.email)).toEqual([address]);

    const registered = await anonymous(app).send(REGISTER, {
      input: { email: address, password: 'калина-над-ставом-42', displayName: 'Нова колега' },
    });
    expect(registered.errors).toBeUndefined();
    const cookie = registered.headers.get('set-cookie')!.split(';')[0]!;
    const colleague = callerWithCookie(app, null, cookie);
    const received = await colleague.send(MY_INVITATIONS);
    expect(received.data!.myInvitations).toEqual([
      {
        id: expect.any(String),
        recordType: 'COLLECTION',
        slug: c.slug,
        title: 'Добірка для нової колеги',
        invitedBy: trainer.user!.displayName,
      },
    ]);
    const inbox = await colleague.gql<{ notifications: { edges: { node: { kind: string; title: string } }[] } }>(
      `{ notifications(first: 5) { edges { node { kind title } } } }`,
    );
    expect(inbox.data!.notifications.edges.map((e) => e.node)).toEqual([{ kind: 'CO_CURATOR_INVITED', title: 'Добірка для нової колеги' }]);

    const accepted = await colleague.send(ACCEPT, { id: received.data!.myInvitations[0]!.id });
    expect(accepted.data).toEqual({ acceptInvitation: { recordType: 'COLLECTION', recordId: c.id, slug: c.slug } });
    const after = await trainer.send(INVITE, { id: c.id, email: address });
    expect(after.data!.addCollectionCoCurator).toEqual({ coCurators: [{ displayName: 'Нова колега' }], invitations: [] });
  });

  it('are answered only by their addressee; declined, they are gone and may be sent again', async () => {
    const c = await collection();
    const [invitee, stranger] = await Promise.all([signedIn(app, 'librarian'), signedIn(app, 'librarian')]);
    const sent = await trainer.send(INVITE, { id: c.id, email: invitee.user!.email });
    const id = sent.data!.addCollectionCoCurator.invitations![0]!.id;

    expect((await stranger.send(MY_INVITATIONS)).data!.myInvitations).toEqual([]);
    expect(code(await stranger.send(ACCEPT, { id }))).toBe('NOT_FOUND');
    expect(code(await stranger.send(DECLINE, { id }))).toBe('NOT_FOUND');
    expect(code(await trainer.send(ACCEPT, { id }))).toBe('NOT_FOUND');

    expect((await invitee.send(DECLINE, { id })).data).toEqual({ declineInvitation: true });
    expect(await em().count(Invitation, { id })).toBe(0);
    expect(code(await invitee.send(ACCEPT, { id }))).toBe('NOT_FOUND');
    const again = await trainer.send(INVITE, { id: c.id, email: invitee.user!.email });
    expect(again.data!.addCollectionCoCurator.invitations).toHaveLength(1);
  });

  it('are taken back by whoever sent them, never by someone else, and are listed only to those who may invite', async () => {
    const c = await collection();
    const [invitee, otherTrainer] = await Promise.all([signedIn(app, 'librarian'), signedIn(app, 'trainer')]);
    const sent = await trainer.send(INVITE, { id: c.id, email: invitee.user!.email });
    const id = sent.data!.addCollectionCoCurator.invitations![0]!.id;
    expect(code(await otherTrainer.send(REVOKE, { id }))).toBe('NOT_FOUND');
    expect(code(await invitee.send(REVOKE, { id }))).toBe('NOT_FOUND');
    const publicView = await otherTrainer.gql<{ collection: { invitations: unknown } }>(
      `query($s: String!) { collection(slug: $s) { invitations { email } } }`,
      {
        s: c.slug,
      },
    );
    expect(publicView.data).toEqual({ collection: { invitations: null } });

    expect((await trainer.send(REVOKE, { id })).data).toEqual({ revokeInvitation: true });
    expect((await invitee.send(MY_INVITATIONS)).data!.myInvitations).toEqual([]);
    expect(code(await invitee.send(ACCEPT, { id }))).toBe('NOT_FOUND');
  });

  it('count against the co-curator limit while they wait, the same whether the addresses have accounts', async () => {
    const c = await collection();
    for (let i = 0; i < COLLECTION_LIMITS.coCurators; i++) {
      expect((await trainer.send(INVITE, { id: c.id, email: `waiting-${i}@example.org` })).errors).toBeUndefined();
    }
    const over = await trainer.send(INVITE, { id: c.id, email: 'one-too-many@example.org' });
    expect(failure(over)).toEqual({ code: 'CONFLICT', field: 'email' });
    const colleague = await signedIn(app, 'librarian');
    expect(code(await trainer.send(INVITE, { id: c.id, email: colleague.user!.email }))).toBe('CONFLICT');
  });

  it('make a co-author of a case study too, once accepted (the same rule as for practices)', async () => {
    const author = await signedIn(app, 'librarian');
    const colleague = await signedIn(app, 'librarian');
    const m = em();
    const v = await buildVocabulary(m);
    const org = await buildOrganization(m, { community: v.frontline });
    const practice = await buildPractice(m, { originOrganization: org });
    const draft = await buildCaseStudy(m, {
      organization: org,
      practices: [practice],
      status: 'draft',
      author: m.getReference(User, author.user!.id),
    });
    const sent = await author.send(INVITE_CO_AUTHOR, { id: draft.id, email: colleague.user!.email });
    expect(sent.data).toEqual({ addCoAuthor: { invitations: [{ email: colleague.user!.email }] } });
    expect((await colleague.send(CASE_STUDY_CO_AUTHORS, { id: draft.id })).data).toEqual({ contribution: null });

    const received = await colleague.send(MY_INVITATIONS);
    expect(received.data!.myInvitations.map((i) => [i.recordType, i.slug])).toEqual([['CASE_STUDY', draft.slug]]);
    const accepted = await colleague.send(ACCEPT, { id: received.data!.myInvitations[0]!.id });
    expect(accepted.data).toEqual({ acceptInvitation: { recordType: 'CASE_STUDY', recordId: draft.id, slug: draft.slug } });
    expect((await colleague.send(CASE_STUDY_CO_AUTHORS, { id: draft.id })).data).toEqual({
      contribution: { id: draft.id, coAuthors: [{ displayName: colleague.user!.displayName }] },
    });
  });
});
