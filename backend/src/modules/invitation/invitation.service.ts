import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmail } from 'class-validator';
import { DomainError, badInput } from '../../graphql/errors.js';
import { normalizeEmail } from '../account/account.service.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Collection, CollectionCoCurator } from '../collection/collection.entity.js';
import { isUuid } from '../collection/collection.guard.js';
import { COLLECTION_LIMITS } from '../collection/collection.limits.js';
import type { NotificationRecordType } from '../notification/notification.kinds.js';
import { notify } from '../notification/notification.service.js';
import { Practice } from '../practice/practice.entity.js';
import { Invitation } from './invitation.entity.js';

/** The record an invitation is for, as the service that checked the inviter's right describes it. */
export interface InvitationTarget {
  recordType: NotificationRecordType;
  recordId: string;
  slug: string;
  title: string;
  /** Accounts already on the record (author or owner, co-authors or co-curators): inviting them is a no-op. */
  members: readonly string[];
  /** Co-authors or co-curators now, and at most how many there may be, counting invitations still waiting. */
  limit?: { current: number; max: number };
}

const notFound = () => new DomainError('NOT_FOUND', 'id: no such invitation', 'id');
const kindFor = (type: NotificationRecordType) => (type === 'collection' ? 'co_curator_invited' : 'co_author_invited');

async function emailOf(em: EntityManager, user: CurrentUser): Promise<string> {
  return (await em.findOneOrFail(User, user.id, { fields: ['email'] })).email;
}

/**
 * Invites whoever uses `rawEmail` (inside the transaction that checked the inviter's right on the record).
 * The inviter gets the same answer whether or not an account uses that address, whether it is already on
 * the record, and whether it was invited before: the invitation waits for its addressee. An account that
 * exists is told now; one registered later is told when it is created.
 */
export async function invite(em: EntityManager, inviter: CurrentUser, target: InvitationTarget, rawEmail: string): Promise<void> {
  if (!isEmail(rawEmail.trim()) || rawEmail.trim().length > 254) throw badInput('email', 'email', 'must be an email address');
  const email = normalizeEmail(rawEmail);
  if (email === (await emailOf(em, inviter))) throw badInput('email', 'notAllowed', 'is your own address');
  const where = { recordType: target.recordType, recordId: target.recordId };
  if (await em.findOne(Invitation, { ...where, email })) return;
  const account = await em.findOne(User, { email }, { fields: ['id'] });
  if (account && target.members.includes(account.id)) return;
  if (target.limit !== undefined) {
    const waiting = await em.count(Invitation, where);
    if (target.limit.current + waiting >= target.limit.max) {
      throw new DomainError('CONFLICT', `email: at most ${target.limit.max} co-curators, counting invitations not yet answered`, 'email');
    }
  }
  em.create(Invitation, { ...where, email, invitedBy: em.getReference(User, inviter.id) });
  await em.flush();
  if (account) {
    await notify(em, {
      kind: kindFor(target.recordType),
      actorId: inviter.id,
      recipients: [account.id],
      payload: {
        recordType: target.recordType,
        recordId: target.recordId,
        slug: target.slug,
        title: target.title,
        actorName: inviter.displayName,
      },
    });
  }
}

/** Tells a new account about the invitations already waiting for its address (inside its transaction). */
export async function announceWaitingInvitations(em: EntityManager, user: User): Promise<void> {
  for (const invitation of await em.find(Invitation, { email: user.email }, { populate: ['invitedBy'] })) {
    const record = await recordOf(em, invitation);
    if (!record) continue;
    await notify(em, {
      kind: kindFor(invitation.recordType),
      actorId: invitation.invitedBy.id,
      recipients: [user.id],
      payload: { ...record, recordType: invitation.recordType, recordId: invitation.recordId, actorName: invitation.invitedBy.displayName },
    });
  }
}

async function recordOf(em: EntityManager, invitation: Invitation): Promise<{ slug: string; title: string } | null> {
  if (invitation.recordType === 'collection') {
    const c = await em.findOne(Collection, invitation.recordId, { fields: ['slug', 'titleUk'] });
    return c && { slug: c.slug, title: c.titleUk };
  }
  const entity = invitation.recordType === 'practice' ? Practice : CaseStudy;
  const r = await em.findOne(entity as typeof Practice, invitation.recordId, { fields: ['slug', 'titleUk'] });
  return r && { slug: r.slug, title: r.titleUk };
}

export interface ReceivedInvitation {
  invitation: Invitation;
  slug: string;
  title: string;
}

/** Accepting, declining and taking back invitations; listing them for their addressee and their record. */
export class InvitationService {
  constructor(private readonly em: EntityManager) {}

  /** The invitations waiting for the caller's address, newest first, with what they are for. */
  async received(user: CurrentUser): Promise<ReceivedInvitation[]> {
    const email = await emailOf(this.em, user);
    const invitations = await this.em.find(Invitation, { email }, { populate: ['invitedBy'], orderBy: { createdAt: 'desc', id: 'asc' } });
    const listed: ReceivedInvitation[] = [];
    for (const invitation of invitations) {
      const record = await recordOf(this.em, invitation);
      if (record) listed.push({ invitation, ...record });
    }
    return listed;
  }

  /** The invitations of one record not yet answered (for those who may invite to it). */
  waitingFor(recordType: NotificationRecordType, recordId: string): Promise<Invitation[]> {
    return this.em.find(Invitation, { recordType, recordId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Joins the record as co-author or co-curator; answers where it leads. */
  async accept(user: CurrentUser, id: string): Promise<{ recordType: NotificationRecordType; recordId: string; slug: string }> {
    return this.em.transactional(async (em) => {
      const invitation = await this.own(em, user, id);
      em.remove(invitation);
      const { recordType, recordId } = invitation;
      if (recordType === 'collection') {
        const collection = await em.findOne(Collection, recordId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!collection) throw notFound();
        const current = await em.find(CollectionCoCurator, { collection });
        if (collection.owner?.id !== user.id && !current.some((c) => c.user.id === user.id)) {
          if (current.length >= COLLECTION_LIMITS.coCurators) {
            throw new DomainError('CONFLICT', `id: the collection has ${COLLECTION_LIMITS.coCurators} co-curators already`, 'id');
          }
          em.create(CollectionCoCurator, { collection, user: em.getReference(User, user.id) });
        }
        await em.flush();
        return { recordType, recordId, slug: collection.slug };
      }
      const entity = recordType === 'practice' ? Practice : CaseStudy;
      const record = await em.findOne(entity as typeof Practice, recordId, {
        populate: ['coAuthors'],
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!record) throw notFound();
      if (record.author?.id !== user.id) record.coAuthors.add(em.getReference(User, user.id));
      await em.flush();
      return { recordType, recordId, slug: record.slug };
    });
  }

  async decline(user: CurrentUser, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      em.remove(await this.own(em, user, id));
      await em.flush();
      return true;
    });
  }

  /** Takes an invitation back: whoever sent it, the record's author or owner, or an admin. */
  async revoke(user: CurrentUser, id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      if (!isUuid(id)) throw notFound();
      const invitation = await em.findOne(Invitation, id);
      if (!invitation || !(await this.mayRevoke(em, user, invitation))) throw notFound();
      em.remove(invitation);
      await em.flush();
      return true;
    });
  }

  private async mayRevoke(em: EntityManager, user: CurrentUser, invitation: Invitation): Promise<boolean> {
    if (user.role === 'admin' || invitation.invitedBy.id === user.id) return true;
    if (invitation.recordType === 'collection') {
      const collection = await em.findOne(Collection, invitation.recordId, { fields: ['owner'] });
      return collection?.owner?.id === user.id;
    }
    const entity = invitation.recordType === 'practice' ? Practice : CaseStudy;
    const record = await em.findOne(entity as typeof Practice, invitation.recordId, { fields: ['author'] });
    return record?.author?.id === user.id;
  }

  /** The caller's own invitation, or NOT_FOUND (never telling an invitation for someone else exists). */
  private async own(em: EntityManager, user: CurrentUser, id: string): Promise<Invitation> {
    if (!isUuid(id)) throw notFound();
    const invitation = await em.findOne(Invitation, { id, email: await emailOf(em, user) });
    if (!invitation) throw notFound();
    return invitation;
  }
}
