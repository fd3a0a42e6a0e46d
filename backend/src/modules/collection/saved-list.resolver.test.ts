import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, type Caller } from '../../test-support/accounts.js';
import { buildBarePractice, buildCaseStudy } from '../../test-support/factories.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import type { CaseStudy } from '../case-study/case-study.entity.js';
import type { Practice } from '../practice/practice.entity.js';
import { MY_LIST, REMOVE_ITEM, SAVE, type CollectionView } from './testing/collection.test-ops.js';

const slugs = (c: CollectionView) => c.items.map((i) => i.target.slug);

describe('a personal saved list, for every signed-in person', () => {
  let app: TestApp;
  let practice: Practice;
  let caseStudy: CaseStudy;

  beforeAll(async () => {
    app = await startTestApp();
    const em = app.orm.em.fork();
    practice = await buildBarePractice(em, { slug: 'saved-practice' });
    caseStudy = await buildCaseStudy(em, { practices: [practice], slug: 'saved-case' });
  });
  afterAll(() => app.close());

  it('is made on the first save, private to its owner, and saving the same record again changes nothing', async () => {
    const librarian: Caller = await signedIn(app, 'librarian');
    expect((await librarian.send(MY_LIST)).data?.mySavedList).toBeNull();

    const first = await librarian.send(SAVE, { p: practice.id });
    expect(first.errors).toBeUndefined();
    const list = first.data!.saveToMyList;
    expect(list).toMatchObject({ titleUk: 'Збережене', visibility: 'PRIVATE', viewerCanEdit: true });
    await librarian.send(SAVE, { c: caseStudy.id });
    const again = await librarian.send(SAVE, { p: practice.id });
    expect(slugs(again.data!.saveToMyList)).toEqual(['saved-practice', 'saved-case']);
    expect((await librarian.send(MY_LIST)).data!.mySavedList!.id).toBe(list.id);

    // Its owner tidies it with the collections' own operations, whatever their role.
    const removed = await librarian.send(REMOVE_ITEM, {
      id: again.data!.saveToMyList.items[0]!.id,
    });
    expect(removed.errors).toBeUndefined();
    expect(slugs(removed.data!.removeCollectionItem)).toEqual(['saved-case']);

    // Nobody else sees it.
    const other = await signedIn(app, 'librarian');
    expect((await other.send(MY_LIST)).data?.mySavedList).toBeNull();
    const peek = await other.gql<{ collection: null }>(`query($slug: String!) { collection(slug: $slug) { id } }`, { slug: list.slug });
    expect(peek.data?.collection).toBeNull();
  });

  it('names the field when the id is not one, and takes published records only', async () => {
    const partner = await signedIn(app, 'partner');
    const bad = await partner.send(SAVE, { p: 'not-an-id' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'practiceId' });
    const draft = await buildBarePractice(app.orm.em.fork(), { slug: 'saved-draft', status: 'draft' });
    const unpublished = await partner.send(SAVE, { p: draft.id });
    expect(unpublished.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'practiceId' });
    const neither = await partner.send(SAVE, {});
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
