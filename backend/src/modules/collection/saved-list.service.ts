import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '../../graphql/errors.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { CollectionItemsService } from './collection-items.service.js';
import { Collection } from './collection.entity.js';
import { isUuid } from './collection.guard.js';

/**
 * Every signed-in person's own "saved" list: one private collection per account, made on the first save
 * and found by its slug, `saved-<account id>`. It is an ordinary collection, so its page, print view,
 * notes and reordering are the collections' own, open to its owner whatever their role.
 */
export const savedListSlug = (userId: string) => `saved-${userId}`;

export interface SaveTarget {
  practiceId?: string | null;
  caseStudyId?: string | null;
}

export class SavedListService {
  constructor(private readonly em: EntityManager) {}

  /** The caller's saved list, or null before their first save. */
  find(user: CurrentUser): Promise<Collection | null> {
    return this.em.findOne(Collection, { slug: savedListSlug(user.id), owner: user.id }, { refresh: true });
  }

  /** Adds a published practice or case study to the caller's saved list; saving it again changes nothing. */
  async save(user: CurrentUser, target: SaveTarget): Promise<Collection> {
    for (const field of ['practiceId', 'caseStudyId'] as const) {
      const id = target[field];
      if (id != null && !isUuid(id)) throw badInput(field, 'id', `${field} must be an id`);
    }
    const list = await this.findOrCreate(user);
    try {
      return await new CollectionItemsService(this.em).add(user, { collectionId: list.id, ...target });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CONFLICT' && /already in this collection/.test(error.message)) return list;
      throw error;
    }
  }

  private async findOrCreate(user: CurrentUser): Promise<Collection> {
    const existing = await this.find(user);
    if (existing) return existing;
    try {
      return await this.em.transactional(async (em) => {
        const list = em.create(Collection, {
          slug: savedListSlug(user.id),
          titleUk: 'Збережене',
          titleEn: 'Saved',
          descriptionUk: '',
          descriptionEn: null,
          visibility: 'private',
          owner: em.getReference(User, user.id),
          curatorNameUk: null,
        });
        await em.flush();
        return list;
      });
    } catch (error) {
      // A second save in the same instant made it first.
      if (error instanceof UniqueConstraintViolationException) return (await this.find(user))!;
      throw error;
    }
  }
}
