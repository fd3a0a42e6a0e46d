import { randomBytes } from 'node:crypto';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '../../graphql/errors.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { Invitation } from '../invitation/invitation.entity.js';
import { invite } from '../invitation/invitation.service.js';
import { toLatin } from '../search/search.text.js';
import { Collection, CollectionCoCurator, CollectionItem } from './collection.entity.js';
import { accessTo, collectionForChange, isUuid, notFound } from './collection.guard.js';
import type { CreateCollectionInput, UpdateCollectionInput } from './collection.input.js';
import { COLLECTION_LIMITS } from './collection.limits.js';

const SHARE_TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

const isPublished = (item: CollectionItem) => item.practice?.status === 'published' || item.caseStudy?.status === 'published';

/** Reads and collection-level changes; item changes live in collection-items.service.ts. */
export class CollectionService {
  constructor(private readonly em: EntityManager) {}

  /** Public ones to everybody; unlisted and private ones only to their curators and admins. */
  async bySlug(user: CurrentUser | null, slug: string): Promise<Collection | null> {
    if (slug.length > COLLECTION_LIMITS.slug) return null;
    const c = await this.em.findOne(Collection, { slug });
    if (!c) return null;
    return c.visibility === 'public' || (await accessTo(this.em, user, c)).read ? c : null;
  }

  /** Whoever holds the link reads an unlisted (or public) collection; a private one stays with its curators. */
  async byShareToken(user: CurrentUser | null, token: string): Promise<Collection | null> {
    if (!SHARE_TOKEN.test(token)) return null;
    const c = await this.em.findOne(Collection, { shareToken: token });
    if (!c) return null;
    return c.visibility !== 'private' || (await accessTo(this.em, user, c)).edit ? c : null;
  }

  async publicList(): Promise<Collection[]> {
    return this.em.find(Collection, { visibility: 'public' }, { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: 100 });
  }

  /** Collections the caller owns or co-curates, whatever their visibility. */
  async mine(user: CurrentUser): Promise<Collection[]> {
    const coCurated = await this.em.find(CollectionCoCurator, { user: user.id });
    return this.em.find(
      Collection,
      { $or: [{ owner: user.id }, { id: { $in: coCurated.map((r) => r.collection.id) } }] },
      { orderBy: { updatedAt: 'desc', id: 'asc' }, limit: COLLECTION_LIMITS.mine },
    );
  }

  async create(user: CurrentUser, input: CreateCollectionInput): Promise<Collection> {
    return withFreeSlug((tail) => this.createOnce(user, input, tail));
  }

  private createOnce(user: CurrentUser, input: CreateCollectionInput, tail: boolean): Promise<Collection> {
    return this.em.transactional(async (em) => {
      const c = em.create(Collection, {
        slug: await freeSlug(em, input.titleUk, tail),
        titleUk: input.titleUk.trim(),
        titleEn: input.titleEn?.trim() || null,
        descriptionUk: input.descriptionUk ?? '',
        descriptionEn: input.descriptionEn || null,
        visibility: input.visibility ?? 'private',
        owner: em.getReference(User, user.id),
        curatorNameUk: null,
      });
      await em.flush();
      return c;
    });
  }

  async update(user: CurrentUser, id: string, input: UpdateCollectionInput): Promise<Collection> {
    try {
      return await this.em.transactional(async (em) => {
        const { collection: c } = await collectionForChange(em, user, id, 'manage', { field: 'id' });
        if (c.version !== input.version) throw staleVersion(c.version);
        if (input.titleUk !== undefined) c.titleUk = input.titleUk.trim();
        if (input.titleEn !== undefined) c.titleEn = input.titleEn?.trim() || null;
        if (input.descriptionUk !== undefined) c.descriptionUk = input.descriptionUk ?? '';
        if (input.descriptionEn !== undefined) c.descriptionEn = input.descriptionEn || null;
        if (input.visibility !== undefined) c.visibility = input.visibility;
        await em.flush();
        return c;
      });
    } catch (error) {
      // Someone saved between our read and our write: the version check in the UPDATE caught it.
      if (error instanceof OptimisticLockError) throw staleVersion();
      throw error;
    }
  }

  async remove(user: CurrentUser, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const { collection } = await collectionForChange(em, user, id, 'manage', { field: 'id' });
      // Items and co-curator links go with it (on delete cascade); invitations name it by id only.
      await em.nativeDelete(Invitation, { recordType: 'collection', recordId: collection.id });
      await em.nativeDelete(Collection, { id: collection.id });
      return true;
    });
  }

  /** Invites a co-curator by e-mail (see invitation.service.ts): the same answer whoever uses the address. */
  async addCoCurator(user: CurrentUser, collectionId: string, email: string): Promise<Collection> {
    return this.em.transactional(async (em) => {
      const { collection: c } = await collectionForChange(em, user, collectionId, 'manage', { field: 'collectionId', lock: true });
      const current = await em.find(CollectionCoCurator, { collection: c });
      const members = [c.owner?.id, ...current.map((r) => r.user.id)].filter((m): m is string => !!m);
      await invite(
        em,
        user,
        {
          recordType: 'collection',
          recordId: c.id,
          slug: c.slug,
          title: c.titleUk,
          members,
          limit: { current: current.length, max: COLLECTION_LIMITS.coCurators },
        },
        email,
      );
      return c;
    });
  }

  async removeCoCurator(user: CurrentUser, collectionId: string, userId: string): Promise<Collection> {
    return this.em.transactional(async (em) => {
      const { collection: c } = await collectionForChange(em, user, collectionId, 'manage', { field: 'collectionId', lock: true });
      const removed = isUuid(userId) ? await em.nativeDelete(CollectionCoCurator, { collection: c, user: userId }) : 0;
      if (!removed) throw new DomainError('NOT_FOUND', 'userId: not a co-curator of this collection', 'userId');
      return c;
    });
  }

  /**
   * A private copy owned by the caller, with the items (and notes) the caller can see. The source is a
   * public collection by id, any non-private one by its link, or one the caller curates.
   */
  async copy(user: CurrentUser, source: { collectionId?: string | null; shareToken?: string | null }): Promise<Collection> {
    const byId = source.collectionId != null;
    if (byId === (source.shareToken != null)) throw badInput('collectionId', 'oneOf', 'give exactly one of collectionId or shareToken');
    return withFreeSlug((tail) => this.copyOnce(user, source, byId, tail));
  }

  private copyOnce(user: CurrentUser, source: { collectionId?: string | null; shareToken?: string | null }, byId: boolean, tail: boolean) {
    return this.em.transactional(async (em) => {
      const original = byId
        ? await this.readableById(em, user, source.collectionId!)
        : await this.byShareTokenIn(em, user, source.shareToken!);
      if (!original) throw notFound(byId ? 'collectionId' : 'shareToken');
      const items = await em.find(
        CollectionItem,
        { collection: original },
        { populate: ['practice', 'caseStudy'], orderBy: { position: 'asc', id: 'asc' } },
      );
      const copy = em.create(Collection, {
        slug: await freeSlug(em, original.titleUk, tail),
        titleUk: original.titleUk,
        titleEn: original.titleEn ?? null,
        descriptionUk: original.descriptionUk,
        descriptionEn: original.descriptionEn ?? null,
        visibility: 'private',
        owner: em.getReference(User, user.id),
        curatorNameUk: null,
      });
      items.filter(isPublished).forEach((item, i) =>
        em.create(CollectionItem, {
          collection: copy,
          position: i + 1,
          practice: item.practice ?? null,
          caseStudy: item.caseStudy ?? null,
          noteUk: item.noteUk ?? null,
        }),
      );
      await em.flush();
      return copy;
    });
  }

  private async readableById(em: EntityManager, user: CurrentUser, id: string) {
    if (!isUuid(id)) return null;
    const c = await em.findOne(Collection, { id });
    return c && (await accessTo(em, user, c)).read ? c : null;
  }

  private byShareTokenIn(em: EntityManager, user: CurrentUser, token: string) {
    return new CollectionService(em).byShareToken(user, token);
  }
}

const staleVersion = (current?: number) =>
  new DomainError(
    'CONFLICT',
    `version: the collection was changed by someone else${current ? ` (now version ${current})` : ''}; reload it and try again`,
    'version',
  );

/**
 * Runs a creation again, once, with a random-tailed slug when the readable one was taken between the look-up
 * and the insert (two collections with the same new title created at the same moment).
 */
async function withFreeSlug<T>(create: (tail: boolean) => Promise<T>): Promise<T> {
  try {
    return await create(false);
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && /slug/.test(err.message)) return create(true);
    throw err;
  }
}

/** A readable slug from the Ukrainian title, with a random tail when that one is taken (or `tail` asks for one). */
async function freeSlug(em: EntityManager, title: string, tail = false): Promise<string> {
  const base =
    toLatin(title)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'collection';
  const taken = tail || (await em.count(Collection, { slug: base }));
  return taken ? `${base}-${randomBytes(4).toString('hex')}` : base;
}
