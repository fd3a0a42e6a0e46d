import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '../../graphql/errors.js';
import type { CurrentUser } from '../account/session.service.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { Collection, CollectionItem } from './collection.entity.js';
import { collectionForChange, isUuid } from './collection.guard.js';
import type { AddCollectionItemInput, UpdateCollectionItemNoteInput } from './collection.input.js';
import { COLLECTION_LIMITS } from './collection.limits.js';

const itemNotFound = () => new DomainError('NOT_FOUND', 'itemId: no such collection item', 'itemId');
const isPublished = (item: CollectionItem) => item.practice?.status === 'published' || item.caseStudy?.status === 'published';

/**
 * Changes to a collection's items. Each one runs in a transaction that first locks the collection row,
 * so concurrent changes to one collection run one after the other and positions stay 1..n.
 */
export class CollectionItemsService {
  constructor(private readonly em: EntityManager) {}

  async add(user: CurrentUser, input: AddCollectionItemInput): Promise<Collection> {
    if ((input.practiceId == null) === (input.caseStudyId == null)) {
      throw badInput('practiceId', 'oneOf', 'give exactly one of practiceId or caseStudyId');
    }
    return this.em.transactional(async (em) => {
      const { collection } = await collectionForChange(em, user, input.collectionId, 'edit', { field: 'collectionId', lock: true });
      const practice = input.practiceId ? await em.findOne(Practice, { id: input.practiceId, status: 'published' }) : null;
      const caseStudy = input.caseStudyId ? await em.findOne(CaseStudy, { id: input.caseStudyId, status: 'published' }) : null;
      if (input.practiceId && !practice) throw badInput('practiceId', 'unknown', 'no published practice has this id');
      if (input.caseStudyId && !caseStudy) throw badInput('caseStudyId', 'unknown', 'no published case study has this id');
      const items = await this.lockedItems(em, collection);
      if (items.some((i) => (practice && i.practice?.id === practice.id) || (caseStudy && i.caseStudy?.id === caseStudy.id))) {
        const field = practice ? 'practiceId' : 'caseStudyId';
        throw new DomainError('CONFLICT', `${field}: already in this collection`, field);
      }
      if (items.length >= COLLECTION_LIMITS.items) {
        throw new DomainError('CONFLICT', `collectionId: a collection holds at most ${COLLECTION_LIMITS.items} items`, 'collectionId');
      }
      renumber(items);
      em.create(CollectionItem, { collection, position: items.length + 1, practice, caseStudy, noteUk: input.noteUk || null });
      await touch(em, collection);
      return collection;
    });
  }

  async updateNote(user: CurrentUser, input: UpdateCollectionItemNoteInput): Promise<Collection> {
    return this.em.transactional(async (em) => {
      const { collection, item } = await this.itemForChange(em, user, input.itemId);
      item.noteUk = input.noteUk || null;
      await touch(em, collection);
      return collection;
    });
  }

  async remove(user: CurrentUser, itemId: string): Promise<Collection> {
    return this.em.transactional(async (em) => {
      const { collection, item, items } = await this.itemForChange(em, user, itemId);
      em.remove(item);
      renumber(items.filter((i) => i !== item));
      await touch(em, collection);
      return collection;
    });
  }

  /**
   * Moves an item to `position` as readers see the list (items whose record is unpublished are not
   * shown and keep their place relative to their neighbours), then renumbers everything 1..n.
   */
  async move(user: CurrentUser, itemId: string, position: number): Promise<Collection> {
    if (!Number.isInteger(position) || position < 1) throw badInput('position', 'min', 'must be a whole number from 1', { min: 1 });
    return this.em.transactional(async (em) => {
      const { collection, item, items } = await this.itemForChange(em, user, itemId);
      const others = items.filter((i) => i !== item);
      const visible = others.filter(isPublished);
      if (position > visible.length + 1)
        throw badInput('position', 'range', `must be between 1 and ${visible.length + 1}`, { min: 1, max: visible.length + 1 });
      const at = position <= visible.length ? others.indexOf(visible[position - 1]!) : others.length;
      others.splice(at, 0, item);
      renumber(others);
      await touch(em, collection);
      return collection;
    });
  }

  /** The item, its locked collection (after checking the caller may edit it) and all its items in order. */
  private async itemForChange(em: EntityManager, user: CurrentUser, itemId: string) {
    if (!isUuid(itemId)) throw itemNotFound();
    const found = await em.findOne(CollectionItem, { id: itemId });
    if (!found) throw itemNotFound();
    const { collection } = await collectionForChange(em, user, found.collection.id, 'edit', { field: 'itemId', lock: true });
    // Read again under the lock: a concurrent change may have moved or removed it meanwhile.
    const items = await this.lockedItems(em, collection);
    const item = items.find((i) => i.id === itemId);
    if (!item) throw itemNotFound();
    return { collection, item, items };
  }

  private lockedItems(em: EntityManager, collection: Collection) {
    return em.find(
      CollectionItem,
      { collection },
      { populate: ['practice', 'caseStudy'], orderBy: { position: 'asc', id: 'asc' }, refresh: true },
    );
  }
}

/** Positions 1..n in the given order; only rows whose position changes are written. */
function renumber(items: CollectionItem[]) {
  items.forEach((item, i) => {
    if (item.position !== i + 1) item.position = i + 1;
  });
}

/** Flushes the item changes and marks the collection as updated, leaving its version (title, description…) alone. */
async function touch(em: EntityManager, collection: Collection) {
  await em.flush();
  // Plain SQL: an ORM update of a versioned entity would bump its version too.
  await em.execute(`update "collection" set "updated_at" = now() where "id" = ?`, [collection.id]);
}
