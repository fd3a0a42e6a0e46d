import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildUser, signedIn, type Caller } from '../../test-support/accounts.js';
import { buildBarePractice, buildCollection } from '../../test-support/factories.js';
import { failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { Practice } from '../practice/practice.entity.js';
import { Invitation } from '../invitation/invitation.entity.js';
import { acceptInvitations } from '../invitation/testing/invitation.test-support.js';
import { Collection, CollectionCoCurator, CollectionItem } from './collection.entity.js';
import { ADD_CO, ADD_ITEM, BY_SLUG, COPY, CREATE, DELETE, LIST, MINE, REMOVE_CO, SHARED, UPDATE } from './testing/collection.test-ops.js';

describe('collections: create, update, share, co-curate, copy, delete', () => {
  let app: TestApp;
  let trainer: Caller;
  let practices: Practice[];

  const em = () => app.orm.em.fork();
  const create = async (caller: Caller, input: Record<string, unknown>) => {
    const res = await caller.send(CREATE, { input: { titleUk: 'Казкотерапія в укритті', ...input } });
    expect(res.errors).toBeUndefined();
    return res.data!.createCollection;
  };

  beforeAll(async () => {
    app = await startTestApp();
    trainer = await signedIn(app, 'trainer');
    practices = [await buildBarePractice(em()), await buildBarePractice(em())];
  });
  afterAll(() => app.close());

  it('creates a private collection owned by the caller, with a slug from the Ukrainian title and a long link token', async () => {
    const c = await create(trainer, { descriptionUk: '**Для** семінару', titleEn: 'Fairy tales in a shelter' });
    expect(c).toMatchObject({
      slug: 'kazkoterapiia-v-ukrytti',
      titleUk: 'Казкотерапія в укритті',
      titleEn: 'Fairy tales in a shelter',
      descriptionUk: '**Для** семінару',
      visibility: 'PRIVATE',
      version: 1,
      viewerCanEdit: true,
      viewerCanManage: true,
      curator: { displayName: trainer.user!.displayName, userId: trainer.user!.id },
      coCurators: [],
      items: [],
    });
    expect(c.shareToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 bytes = 256 bits
    const row = await em().findOneOrFail(Collection, c.id);
    expect(row.owner?.id).toBe(trainer.user!.id);
    expect(row.curatorNameUk).toBeNull();
    // The same title again gets a slug of its own.
    const again = await create(trainer, {});
    expect(again.slug).toMatch(/^kazkoterapiia-v-ukrytti-[0-9a-f]{8}$/);
  });

  it('creates a collection whose readable slug is taken between the look-up and the insert: made, with a tailed slug', async () => {
    // Another creation with the same title holds the slug uncommitted: this one's look-up cannot see it, its
    // insert waits on the unique index and fails once the other commits.
    const title = `Одночасна добірка ${Date.now().toString(36)}`;
    const base = (await create(trainer, { titleUk: `${title} проба` })).slug.replace(/-proba$/, '');
    let answer!: Promise<{ data?: { createCollection: { slug: string } } | null; errors?: unknown }>;
    await em().transactional(async (other) => {
      other.create(Collection, { slug: base, titleUk: title, descriptionUk: '', visibility: 'private', owner: null, curatorNameUk: null });
      await other.flush();
      answer = trainer.send(CREATE, { input: { titleUk: title } });
      await new Promise((done) => setTimeout(done, 500));
    });
    const res = await answer;
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCollection.slug).toMatch(new RegExp(`^${base}-[0-9a-f]{8}$`));
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const before = await em().count(Collection);
    const cases: [Record<string, unknown>, string][] = [
      [{ titleUk: 'ab' }, 'titleUk'],
      [{ titleUk: '      ' }, 'titleUk'],
      [{ titleUk: 'x'.repeat(161) }, 'titleUk'],
      [{ titleEn: 'no' }, 'titleEn'],
      [{ descriptionUk: 'x'.repeat(20_001) }, 'descriptionUk'],
    ];
    for (const [input, field] of cases) {
      const res = await trainer.send(CREATE, { input: { titleUk: 'Добра назва', ...input } });
      expect(failure(res), JSON.stringify(input).slice(0, 60)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(res.errors![0]!.message).toContain(field);
    }
    expect(await em().count(Collection)).toBe(before);
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const c = await create(trainer, {});
    const ok = await trainer.send(UPDATE, {
      id: c.id,
      input: { version: 1, titleUk: 'Нова назва', visibility: 'PUBLIC', titleEn: null },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateCollection).toMatchObject({ titleUk: 'Нова назва', visibility: 'PUBLIC', titleEn: null, version: 2 });
    // A second editor who read version 1 loses, and nothing of theirs is saved.
    const stale = await trainer.send(UPDATE, { id: c.id, input: { version: 1, titleUk: 'Запізно' } });
    expect(failure(stale)).toEqual({ code: 'CONFLICT', field: 'version' });
    const row = await em().findOneOrFail(Collection, c.id);
    expect([row.titleUk, row.version, row.slug]).toEqual(['Нова назва', 2, c.slug]);
    const cleared = await trainer.send(UPDATE, { id: c.id, input: { version: 2, titleUk: null } });
    expect(failure(cleared)).toEqual({ code: 'BAD_USER_INPUT', field: 'titleUk' });
  });

  it('keeps the version of a collection when only its items change', async () => {
    const c = await create(trainer, {});
    const added = await trainer.send(ADD_ITEM, { input: { collectionId: c.id, practiceId: practices[0]!.id } });
    expect(added.errors).toBeUndefined();
    const res = await trainer.send(UPDATE, {
      id: c.id,
      input: { version: 1, titleUk: 'Після додавання' },
    });
    expect(res.data?.updateCollection.version).toBe(2);
  });

  it('shows a private collection only to its owner, co-curators and admins, through every query', async () => {
    const c = await create(trainer, { visibility: 'PRIVATE' });
    const coCurator = await signedIn(app, 'librarian');
    await trainer.send(ADD_CO, { id: c.id, email: coCurator.user!.email });
    await acceptInvitations(coCurator);
    const stranger = await signedIn(app, 'trainer');
    const admin = await signedIn(app, 'admin');
    for (const [caller, sees] of [
      [trainer, true],
      [coCurator, true],
      [admin, true],
      [stranger, false],
      [anonymous(app), false],
    ] as const) {
      const bySlug = await caller.send(BY_SLUG, { slug: c.slug });
      const byToken = await caller.send(SHARED, { token: c.shareToken });
      expect([bySlug.data?.collection?.id ?? null, byToken.data?.sharedCollection?.id ?? null]).toEqual(sees ? [c.id, c.id] : [null, null]);
    }
    // Changing it, for someone who cannot see it, looks exactly like a collection that does not exist.
    const res = await stranger.send(UPDATE, { id: c.id, input: { version: 1, titleUk: 'Чуже' } });
    expect(failure(res)).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(failure(await stranger.send(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { version: 1 } }))).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });

  it('lets anyone with the link read an unlisted collection, which no list shows', async () => {
    const c = await create(trainer, { visibility: 'UNLISTED' });
    const pub = await create(trainer, { visibility: 'PUBLIC', titleUk: 'Публічна добірка' });
    const viaLink = await anonymous(app).send(SHARED, { token: c.shareToken });
    expect(viaLink.data!.sharedCollection).toMatchObject({ id: c.id, shareToken: null, viewerCanEdit: false });
    expect(viaLink.data!.sharedCollection!.curator).toEqual({ displayName: trainer.user!.displayName, userId: null });
    expect((await anonymous(app).send(BY_SLUG, { slug: c.slug })).data).toEqual({ collection: null });
    const listed = (await anonymous(app).send(LIST)).data!.collections.map((x) => x.id);
    expect(listed).toContain(pub.id);
    expect(listed).not.toContain(c.id);
    // Public ones do not give away their token either: it would outlive a switch to unlisted.
    expect((await anonymous(app).send(BY_SLUG, { slug: pub.slug })).data!.collection!.shareToken).toBeNull();
    for (const token of ['short', c.shareToken!.slice(0, -1) + (c.shareToken!.endsWith('A') ? 'B' : 'A'), 'x'.repeat(500)]) {
      expect((await anonymous(app).send(SHARED, { token })).data).toEqual({ sharedCollection: null });
    }
  });

  it('lists in myCollections exactly what the caller owns or co-curates', async () => {
    const me = await signedIn(app, 'trainer');
    const other = await signedIn(app, 'trainer');
    const mine = await create(me, { visibility: 'PRIVATE' });
    const theirs = await create(other, { visibility: 'PUBLIC' });
    const shared = await create(other, { visibility: 'UNLISTED' });
    await other.send(ADD_CO, { id: shared.id, email: me.user!.email.toUpperCase() });
    await acceptInvitations(me);
    const res = await me.send(MINE);
    expect(res.data!.myCollections.map((c) => c.id).sort()).toEqual([mine.id, shared.id].sort());
    expect(res.data!.myCollections.map((c) => c.id)).not.toContain(theirs.id);
  });

  it('invites co-curators by e-mail, answering alike whether an account uses the address; they join on accepting', async () => {
    const c = await create(trainer, { visibility: 'PUBLIC' });
    const librarian = await signedIn(app, 'librarian');
    const INVITE = `mutation($id: ID!, $email: String!) { addCollectionCoCurator(collectionId: $id, email: $email) { coCurators { displayName } invitations { email } } }`;
    type Invited = { addCollectionCoCurator: { coCurators: unknown[]; invitations: { email: string }[] } };
    const toAccount = await trainer.gql<Invited>(INVITE, { id: c.id, email: ` ${librarian.user!.email.toUpperCase()} ` });
    const elsewhere = await create(trainer, { visibility: 'PUBLIC' });
    const toNobody = await trainer.gql<Invited>(INVITE, { id: elsewhere.id, email: 'nobody-here@example.org' });
    const withoutAddress = (r: typeof toAccount) => JSON.stringify(r).replace(/"email":"[^"]*"/g, '"email":"…"');
    expect(withoutAddress(toAccount)).toBe(withoutAddress(toNobody));
    expect(toAccount.data!.addCollectionCoCurator).toEqual({ coCurators: [], invitations: [{ email: librarian.user!.email }] });
    // Inviting again, or inviting someone already on the collection, answers the same and sends nothing new.
    expect((await trainer.gql<Invited>(INVITE, { id: c.id, email: librarian.user!.email })).data).toEqual(toAccount.data);

    expect(await acceptInvitations(librarian)).toBe(1);
    const publicView = await anonymous(app).send(BY_SLUG, { slug: c.slug });
    expect(publicView.data!.collection!.coCurators).toEqual([{ displayName: librarian.user!.displayName, userId: null }]);
    expect(JSON.stringify(publicView.data)).not.toContain('@');
    const again = await trainer.gql<Invited>(INVITE, { id: c.id, email: librarian.user!.email });
    expect(again.data!.addCollectionCoCurator).toEqual({ coCurators: [{ displayName: librarian.user!.displayName }], invitations: [] });

    expect(failure(await trainer.send(ADD_CO, { id: c.id, email: 'not an email' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(failure(await trainer.send(ADD_CO, { id: c.id, email: trainer.user!.email }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });

    // A co-curator edits items but not the collection itself, nor its curators.
    const asCo = await librarian.send(BY_SLUG, { slug: c.slug });
    expect(asCo.data!.collection).toMatchObject({ viewerCanEdit: true, viewerCanManage: false, shareToken: c.shareToken });
    const item = await librarian.send(ADD_ITEM, { input: { collectionId: c.id, practiceId: practices[0]!.id } });
    expect(item.errors).toBeUndefined();
    expect(failure(await librarian.send(UPDATE, { id: c.id, input: { version: 1, titleUk: 'Моя назва' } }))).toEqual({
      code: 'FORBIDDEN',
      field: undefined,
    });
    const other = await buildUser(em());
    expect(failure(await librarian.send(ADD_CO, { id: c.id, email: other.email }))).toMatchObject({ code: 'FORBIDDEN' });

    const removed = await trainer.send(REMOVE_CO, { id: c.id, userId: librarian.user!.id });
    expect(removed.data!.removeCollectionCoCurator.coCurators).toEqual([]);
    expect(await em().count(CollectionCoCurator, { collection: c.id })).toBe(0);
    expect(failure(await trainer.send(REMOVE_CO, { id: c.id, userId: librarian.user!.id }))).toEqual({
      code: 'NOT_FOUND',
      field: 'userId',
    });
    expect(failure(await librarian.send(ADD_ITEM, { input: { collectionId: c.id, practiceId: practices[1]!.id } }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('copies a public collection (by id) or an unlisted one (by its link) into a private collection of the caller', async () => {
    const source = await create(trainer, { visibility: 'PUBLIC', descriptionUk: 'Опис джерела' });
    for (const p of practices)
      await trainer.send(ADD_ITEM, { input: { collectionId: source.id, practiceId: p.id, noteUk: `Про ${p.slug}` } });
    const other = await signedIn(app, 'trainer');
    const res = await other.send(COPY, { id: source.id });
    expect(res.errors).toBeUndefined();
    const copy = res.data!.copyCollection;
    expect(copy).toMatchObject({
      titleUk: source.titleUk,
      descriptionUk: 'Опис джерела',
      visibility: 'PRIVATE',
      version: 1,
      curator: { displayName: other.user!.displayName, userId: other.user!.id },
      coCurators: [],
      items: practices.map((p, i) => ({ position: i + 1, noteUk: `Про ${p.slug}`, target: { id: p.id } })),
    });
    expect(copy.id).not.toBe(source.id);
    expect(copy.shareToken).not.toBe(source.shareToken);
    expect((await em().findOneOrFail(Collection, copy.id)).owner?.id).toBe(other.user!.id);
    expect(await em().count(CollectionItem, { collection: source.id })).toBe(2);

    const unlisted = await create(trainer, { visibility: 'UNLISTED' });
    expect(failure(await other.send(COPY, { id: unlisted.id }))).toEqual({ code: 'NOT_FOUND', field: 'collectionId' });
    const viaLink = await other.send(COPY, { token: unlisted.shareToken });
    expect(viaLink.data!.copyCollection).toMatchObject({ visibility: 'PRIVATE', curator: { userId: other.user!.id } });

    const secret = await create(trainer, { visibility: 'PRIVATE' });
    expect(failure(await other.send(COPY, { id: secret.id }))).toEqual({ code: 'NOT_FOUND', field: 'collectionId' });
    expect(failure(await other.send(COPY, { token: secret.shareToken }))).toEqual({ code: 'NOT_FOUND', field: 'shareToken' });
    expect(failure(await other.send(COPY, {}))).toEqual({ code: 'BAD_USER_INPUT', field: 'collectionId' });
    expect(failure(await (await signedIn(app, 'librarian')).send(COPY, { id: source.id }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('deletes a collection with its items, co-curator links and invitations', async () => {
    const c = await create(trainer, {});
    await trainer.send(ADD_ITEM, { input: { collectionId: c.id, practiceId: practices[0]!.id } });
    const coCurator = await signedIn(app, 'librarian');
    await trainer.send(ADD_CO, { id: c.id, email: coCurator.user!.email });
    await acceptInvitations(coCurator);
    await trainer.send(ADD_CO, { id: c.id, email: 'not-yet-answered@example.org' });
    const res = await trainer.send(DELETE, { id: c.id });
    expect(res.data).toEqual({ deleteCollection: true });
    expect(await em().count(Collection, { id: c.id })).toBe(0);
    expect(await em().count(CollectionItem, { collection: c.id })).toBe(0);
    expect(await em().count(CollectionCoCurator, { collection: c.id })).toBe(0);
    expect(await em().count(Invitation, { recordId: c.id })).toBe(0);
  });

  it('leaves editorial collections (no owner) to admins, showing the stored curator name', async () => {
    const editorial = await buildCollection(em(), [practices[0]!], { visibility: 'public', curatorNameUk: 'Методистка ЦБС' });
    const view = await anonymous(app).send(BY_SLUG, { slug: editorial.slug });
    expect(view.data!.collection!.curator).toEqual({ displayName: 'Методистка ЦБС', userId: null });
    const input = { version: editorial.version, titleUk: 'Оновлено редакцією' };
    expect(failure(await trainer.send(UPDATE, { id: editorial.id, input }))).toMatchObject({ code: 'FORBIDDEN' });
    const admin = await signedIn(app, 'admin');
    const res = await admin.send(UPDATE, { id: editorial.id, input });
    expect(res.data!.updateCollection).toMatchObject({ titleUk: 'Оновлено редакцією', curator: { displayName: 'Методистка ЦБС' } });
  });
});
