import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Caller } from '../../test-support/accounts.js';
import { buildBarePractice, buildCaseStudy, buildOwnedCollection } from '../../test-support/factories.js';
import { failure } from '../../test-support/operations.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { CollectionItem } from './collection.entity.js';
import { COLLECTION_LIMITS } from './collection.limits.js';
import { acceptInvitations } from '../invitation/testing/invitation.test-support.js';
import { ADD_CO, ADD_ITEM, MOVE, NOTE, REMOVE_ITEM, type CollectionView } from './testing/collection.test-ops.js';

/** Each operation answers a collection under its own name. */
const slugs = (c: CollectionView) => c.items.map((i) => i.target.slug);

describe('collection items: add, note, remove, move', () => {
  let app: TestApp;
  let owner: Caller;
  let practices: Practice[];
  let caseStudy: CaseStudy;
  const em = () => app.orm.em.fork();

  /** Stored positions of a collection's items, in stored order. */
  const stored = async (collectionId: string) =>
    (await em().find(CollectionItem, { collection: collectionId }, { orderBy: { position: 'asc' } })).map((i) => i.position);

  const fresh = async (count: number, visibility: 'private' | 'public' = 'private') =>
    buildOwnedCollection(em(), owner.user!, practices.slice(0, count), { visibility });

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signedIn(app, 'trainer');
    practices = [];
    for (let i = 0; i < 12; i++) practices.push(await buildBarePractice(em(), { slug: `p${String(i).padStart(2, '0')}` }));
    caseStudy = await buildCaseStudy(em(), { practices: [practices[0]!], slug: 'case-one' });
  });
  afterAll(() => app.close());

  it('appends published practices and case studies with their notes', async () => {
    const c = await fresh(1);
    const a = await owner.send(ADD_ITEM, {
      input: { collectionId: c.id, caseStudyId: caseStudy.id, noteUk: 'Кейс для обговорення' },
    });
    expect(a.errors).toBeUndefined();
    expect(a.data!.addCollectionItem.items.map((i) => [i.position, i.target.__typename, i.target.slug, i.noteUk])).toEqual([
      [1, 'Practice', 'p00', 'Нотатка 1'],
      [2, 'CaseStudy', 'case-one', 'Кейс для обговорення'],
    ]);
    expect(await stored(c.id)).toEqual([1, 2]);
  });

  it('refuses drafts, unknown ids, both or neither target, duplicates and long notes, naming the field', async () => {
    const c = await fresh(1);
    const draft = await buildBarePractice(em(), { status: 'draft' });
    const draftCase = await buildCaseStudy(em(), { status: 'submitted' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const add = (input: Record<string, unknown>) => owner.send(ADD_ITEM, { input: { collectionId: c.id, ...input } });
    expect(failure(await add({ practiceId: draft.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'practiceId' });
    expect(failure(await add({ practiceId: unknown }))).toEqual({ code: 'BAD_USER_INPUT', field: 'practiceId' });
    expect(failure(await add({ practiceId: 'p01' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'practiceId' });
    expect(failure(await add({ caseStudyId: draftCase.id }))).toEqual({ code: 'BAD_USER_INPUT', field: 'caseStudyId' });
    expect(failure(await add({ caseStudyId: unknown }))).toEqual({ code: 'BAD_USER_INPUT', field: 'caseStudyId' });
    expect(failure(await add({ practiceId: practices[1]!.id, caseStudyId: caseStudy.id }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'practiceId',
    });
    expect(failure(await add({}))).toEqual({ code: 'BAD_USER_INPUT', field: 'practiceId' });
    expect(failure(await add({ practiceId: practices[0]!.id }))).toEqual({ code: 'CONFLICT', field: 'practiceId' });
    expect(failure(await add({ practiceId: practices[1]!.id, noteUk: 'x'.repeat(2_001) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'noteUk',
    });
    expect(failure(await owner.send(ADD_ITEM, { input: { collectionId: unknown, practiceId: practices[1]!.id } }))).toEqual({
      code: 'NOT_FOUND',
      field: 'collectionId',
    });
    expect(await stored(c.id)).toEqual([1]);
  });

  it(`stops at ${COLLECTION_LIMITS.items} items`, async () => {
    const c = await fresh(0);
    const e = em();
    for (let i = 0; i < COLLECTION_LIMITS.items; i++) {
      const p = e.create(Practice, {
        ...practices[0]!,
        id: undefined,
        slug: `bulk-${i}`,
        themes: [],
        audiences: [],
        formats: [],
        coAuthors: [],
      } as never);
      e.create(CollectionItem, { collection: c.id, position: i + 1, practice: p });
    }
    await e.flush();
    const res = await owner.send(ADD_ITEM, { input: { collectionId: c.id, practiceId: practices[1]!.id } });
    expect(failure(res)).toEqual({ code: 'CONFLICT', field: 'collectionId' });
    expect((await stored(c.id)).length).toBe(COLLECTION_LIMITS.items);
  });

  it('edits and clears a note', async () => {
    const c = await fresh(2);
    const id = c.items.getItems()[1]!.id;
    const res = await owner.send(NOTE, { input: { itemId: id, noteUk: 'Нова нотатка' } });
    expect(res.data!.updateCollectionItemNote.items[1]!.noteUk).toBe('Нова нотатка');
    const cleared = await owner.send(NOTE, { input: { itemId: id, noteUk: '' } });
    expect(cleared.data!.updateCollectionItemNote.items[1]!.noteUk).toBeNull();
    expect((await em().findOneOrFail(CollectionItem, id)).noteUk).toBeNull();
    expect(failure(await owner.send(NOTE, { input: { itemId: id, noteUk: 'x'.repeat(2_001) } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'noteUk',
    });
  });

  it('removes an item and closes the gap', async () => {
    const c = await fresh(4);
    const res = await owner.send(REMOVE_ITEM, { id: c.items.getItems()[1]!.id });
    expect(slugs(res.data!.removeCollectionItem)).toEqual(['p00', 'p02', 'p03']);
    expect(res.data!.removeCollectionItem.items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(await stored(c.id)).toEqual([1, 2, 3]);
    expect(failure(await owner.send(REMOVE_ITEM, { id: c.items.getItems()[1]!.id }))).toEqual({ code: 'NOT_FOUND', field: 'itemId' });
  });

  it('moves an item up, down, to the ends, and refuses positions out of range', async () => {
    const c = await fresh(5);
    const ids = c.items.getItems().map((i) => i.id);
    const move = async (i: number, position: number) => slugs((await owner.send(MOVE, { id: ids[i], position })).data!.moveCollectionItem);
    expect(await move(3, 1)).toEqual(['p03', 'p00', 'p01', 'p02', 'p04']);
    expect(await move(3, 5)).toEqual(['p00', 'p01', 'p02', 'p04', 'p03']);
    expect(await move(0, 3)).toEqual(['p01', 'p02', 'p00', 'p04', 'p03']);
    expect(await move(0, 3)).toEqual(['p01', 'p02', 'p00', 'p04', 'p03']);
    expect(await stored(c.id)).toEqual([1, 2, 3, 4, 5]);
    for (const position of [0, 6, -1]) {
      expect(failure(await owner.send(MOVE, { id: ids[0], position }))).toEqual({ code: 'BAD_USER_INPUT', field: 'position' });
    }
  });

  it('moves by the position readers see when an item’s record is no longer published', async () => {
    const c = await fresh(4);
    const ids = c.items.getItems().map((i) => i.id);
    await em().nativeUpdate(Practice, { id: practices[1]!.id }, { status: 'archived' });
    try {
      // Readers see p00 p02 p03; moving p03 to 2 puts it before p02, and every row stays numbered 1..n.
      const res = await owner.send(MOVE, { id: ids[3], position: 2 });
      expect(slugs(res.data!.moveCollectionItem)).toEqual(['p00', 'p03', 'p02']);
      expect(res.data!.moveCollectionItem.items.map((i) => i.position)).toEqual([1, 2, 3]);
      expect(await stored(c.id)).toEqual([1, 2, 3, 4]);
      expect(failure(await owner.send(MOVE, { id: ids[3], position: 4 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'position' });
    } finally {
      await em().nativeUpdate(Practice, { id: practices[1]!.id }, { status: 'published' });
    }
  });

  it('keeps positions 1..n with no duplicates or gaps when many moves run at once', async () => {
    const c = await fresh(12, 'public');
    const coCurator = await signedIn(app, 'librarian');
    await owner.send(ADD_CO, { id: c.id, email: coCurator.user!.email });
    await acceptInvitations(coCurator);
    const ids = c.items.getItems().map((i) => i.id);
    // A fixed pseudo-random plan, so a failure can be replayed.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n) + 0;
    const moves = Array.from({ length: 40 }, (_, k) => ({ caller: k % 2 ? coCurator : owner, id: ids[next(12)]!, position: next(12) + 1 }));
    const results = await Promise.all(moves.map((m) => m.caller.send(MOVE, { id: m.id, position: m.position })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const rows = await em().find(CollectionItem, { collection: c.id }, { orderBy: { position: 'asc' } });
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.practice!.id)).size).toBe(12);
    // Each response shows a consistent list too: every item once, numbered 1..12.
    for (const r of results) {
      const items = r.data!.moveCollectionItem.items;
      expect(items.map((i) => i.position)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(new Set(items.map((i) => i.id)).size).toBe(12);
    }
    // The moves ran one after another, so the last response's order is the stored order.
    const last = await em().find(CollectionItem, { collection: c.id }, { orderBy: { position: 'asc' } });
    expect(results.some((r) => r.data!.moveCollectionItem.items.map((i) => i.id).join() === last.map((i) => i.id).join())).toBe(true);
  });
});
