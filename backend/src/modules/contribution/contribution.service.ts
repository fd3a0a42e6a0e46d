import { randomBytes } from 'node:crypto';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '../../graphql/errors.js';
import { Adoption } from '../adoption/adoption.entity.js';
import { isModerator, requireUser } from '../account/authz.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { LIMITS } from '../catalog/catalog.limits.js';
import { invite } from '../invitation/invitation.service.js';
import { toLatin } from '../search/search.text.js';
import { Revision } from './revision.entity.js';
import { EDITABLE_IN_PLACE, OPEN_REVISION, transition, type ReviewAction } from '../catalog/record.workflow.js';
import { parseContent } from './contribution.rules.js';
import { changedFields } from './record-content.js';
import {
  kindOf,
  normalizeContent,
  recordRef,
  type ContentOf,
  type ContributedRecord,
  type RecordKind,
  type RecordOf,
  type RecordType,
} from './record-kinds.js';
import { CaseStudy } from '../case-study/case-study.entity.js';

const conflict = (message: string, field = 'version') => new DomainError('CONFLICT', message, field);

/** A URL name from the Ukrainian title, with a random tail so that drafts never collide. */
function slugFor(titleUk: string): string {
  const base = toLatin(titleUk.toLowerCase())
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'record'}-${randomBytes(4).toString('hex')}`.slice(0, LIMITS.slug);
}

/** Ownership of one record, as the rules read it. */
export function actingOn(record: ContributedRecord, user: CurrentUser | null) {
  const isEditor = !!user && (record.author?.id === user.id || record.coAuthors.getItems().some((u: User) => u.id === user.id));
  return { isEditor, isModerator: isModerator(user) };
}

/** A practice or case study with the people who may edit it, whatever its status; null when there is none. */
export async function findRecord<T extends RecordType>(em: EntityManager, type: T, id: string): Promise<RecordOf<T> | null> {
  // MikroORM's filter types cannot follow an entity class chosen by a type parameter: the one cast of the kind.
  const entity = kindOf(type).entity as new () => ContributedRecord;
  return (await em.findOne(entity, { id }, { populate: ['coAuthors', 'author'] })) as RecordOf<T> | null;
}

/** A record's content, in the input's shape, read in `em`. */
export async function contentOfRecord<T extends RecordType>(em: EntityManager, type: T, id: string): Promise<ContentOf<T>> {
  const record = await findRecord(em, type, id);
  if (!record) throw notFound(type);
  return kindOf(type).contentOf(em, record);
}

/** What someone who may not see a record is told about it: the same as for an id that does not exist. */
export const notFound = (type: RecordType) => new DomainError('NOT_FOUND', `id: no ${type.replace('_', ' ')} with this id`, 'id');

/**
 * Writing practices and case studies: drafts edited in place, changes to published records kept as
 * a pending revision, submission to review, archiving, co-authors. Each method is one transaction.
 */
export class ContributionService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: CurrentUser | null,
  ) {}

  /** The record for its editors and moderators; NOT_FOUND for anyone else when it is not published. */
  async load<T extends RecordType>(type: T, id: string, em = this.em): Promise<RecordOf<T>> {
    const record = await findRecord(em, type, id);
    const acting = record ? actingOn(record, this.user) : null;
    if (!record || (!acting!.isEditor && !acting!.isModerator && record.status !== 'published')) {
      throw notFound(type);
    }
    return record;
  }

  /**
   * Starts a draft. A case study may grow out of one of the caller's adoption reports, which then
   * links to it (and shows it once it is published).
   */
  async create<T extends RecordType>(type: T, input: unknown, fromAdoptionId?: string | null): Promise<RecordOf<T>> {
    const user = requireUser(this.user);
    const kind = kindOf(type);
    const content = parseContent(kind.rules, input);
    const id = await this.em.transactional(async (em) => {
      const record = new kind.entity();
      record.slug = slugFor(content.titleUk);
      record.status = 'draft';
      record.author = em.getReference(User, user.id);
      em.persist(record);
      await kind.apply(em, record, content);
      if (fromAdoptionId) {
        const adoption = await em.findOne(Adoption, { id: fromAdoptionId, author: user.id });
        if (!adoption) throw badInput('fromAdoption', 'unknown', 'is not one of your adoption reports');
        if (adoption.caseStudy) throw new DomainError('CONFLICT', 'fromAdoption: this report already has a case study', 'fromAdoption');
        if (!(record instanceof CaseStudy)) throw badInput('fromAdoption', 'notAllowed', 'only a case study grows out of a report');
        adoption.caseStudy = record;
      }
      await em.flush();
      return record.id;
    });
    // Inside a request-wide transaction (an idempotency key), the fresh read must see the new row.
    return this.load(type, id, this.em.fork({ keepTransactionContext: true }));
  }

  /**
   * Saves the editors' content. `version` is the version the editor started from (the record's, or
   * the pending revision's when there is one); a different current version means someone else saved
   * first, and this save is refused rather than overwriting theirs.
   */
  async update<T extends RecordType>(type: T, id: string, version: number, input: unknown): Promise<RecordOf<T>> {
    requireUser(this.user);
    const kind = kindOf(type);
    const content = normalizeContent(parseContent(kind.rules, input));
    try {
      return await this.em.transactional(async (em) => {
        const record = await this.load(type, id, em);
        if (!actingOn(record, this.user).isEditor) throw new DomainError('FORBIDDEN', 'Only the authors may edit this record');
        if (EDITABLE_IN_PLACE.includes(record.status)) {
          if (record.version !== version) throw conflict('version: someone saved this draft after you opened it; reload it');
          await kind.apply(em, record, content);
          await em.flush();
          return record;
        }
        if (record.status !== 'published') throw conflict(`status: a ${record.status} record cannot be edited`, 'status');
        await this.saveRevision(em, kind, record, version, content);
        return record;
      });
    } catch (err) {
      if (err instanceof OptimisticLockError || err instanceof UniqueConstraintViolationException) {
        throw conflict('version: someone saved this record after you opened it; reload it');
      }
      throw err;
    }
  }

  /** A published record keeps showing; the change waits in its one open revision. */
  private async saveRevision<T extends RecordType>(
    em: EntityManager,
    kind: RecordKind<T>,
    record: RecordOf<T>,
    version: number,
    content: ContentOf<T>,
  ) {
    const target = recordRef(kind.type, record.id);
    const open = await em.findOne(Revision, { ...target, status: { $in: [...OPEN_REVISION] } });
    const changed = changedFields(await kind.contentOf(em, record), content);
    if (open) {
      if (open.status === 'submitted') throw conflict('status: these changes are in review; withdraw them to edit again', 'status');
      if (open.version !== version) throw conflict('version: someone saved these changes after you opened them; reload them');
      open.content = content;
      open.changedFields = changed;
    } else {
      if (record.version !== version) throw conflict('version: the record changed after you opened it; reload it');
      em.create(Revision, {
        ...recordRef(kind.type, record.id),
        author: em.getReference(User, this.user!.id),
        status: 'draft',
        content,
        changedFields: changed,
      });
    }
    await em.flush();
  }

  /** Archive (authors or moderators) or restore (moderators) a published record. */
  async setArchived<T extends RecordType>(type: T, id: string, archived: boolean): Promise<RecordOf<T>> {
    requireUser(this.user);
    const action: ReviewAction = archived ? 'archive' : 'restore';
    return this.em.transactional(async (em) => {
      const record = await this.load(type, id, em);
      record.status = transition(record.status, action, actingOn(record, this.user));
      await em.flush();
      return record;
    });
  }

  /** Invites a co-author by e-mail (see invitation.service.ts): the same answer whoever uses the address. */
  async addCoAuthor<T extends RecordType>(type: T, id: string, email: string): Promise<RecordOf<T>> {
    const user = requireUser(this.user);
    return this.em.transactional(async (em) => {
      const record = await this.load(type, id, em);
      if (record.author?.id !== user.id) throw new DomainError('FORBIDDEN', 'Only the author may invite co-authors');
      const members = [user.id, ...record.coAuthors.getItems().map((u: User) => u.id)];
      await invite(em, user, { recordType: type, recordId: record.id, slug: record.slug, title: record.titleUk, members }, email);
      return record;
    });
  }

  async removeCoAuthor<T extends RecordType>(type: T, id: string, userId: string): Promise<RecordOf<T>> {
    const user = requireUser(this.user);
    return this.em.transactional(async (em) => {
      const record = await this.load(type, id, em);
      if (record.author?.id !== user.id && userId !== user.id) {
        throw new DomainError('FORBIDDEN', 'Only the author may remove a co-author (co-authors may leave)');
      }
      const other = record.coAuthors.getItems().find((u) => u.id === userId);
      if (!other) throw badInput('userId', 'unknown', 'is not a co-author of this record');
      record.coAuthors.remove(other);
      await em.flush();
      return record;
    });
  }
}
