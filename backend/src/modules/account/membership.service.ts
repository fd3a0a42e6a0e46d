import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../../graphql/errors.js';
import { checkPageSize } from '../../graphql/pagination.js';
import { Adoption } from '../adoption/adoption.entity.js';
import { forbidden, isModerator } from './authz.js';
import type { CurrentUser } from './session.service.js';
import { User } from './user.entity.js';

/**
 * Membership of an organisation: what a profile says is a claim until someone who can vouch confirms it —
 * an admin or moderator, or an already confirmed member of the same organisation (libraries know their own
 * staff). Confirming also publishes the reports the member filed for that organisation while they waited.
 */
export class MembershipService {
  constructor(private readonly em: EntityManager) {}

  /** Claims the caller may confirm: all for moderators, their own organisation's for a confirmed member. */
  async claims(user: CurrentUser, first: number | null | undefined): Promise<User[]> {
    const limit = checkPageSize(first);
    const where: Record<string, unknown> = { organization: { $ne: null }, organizationConfirmedAt: null };
    if (!isModerator(user)) {
      if (!user.organizationConfirmed) throw forbidden('Only moderators and confirmed members of an organisation confirm memberships');
      where.organization = user.organizationId;
    }
    return this.em.find(User, where, { orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }], limit, populate: ['organization'] });
  }

  async confirm(user: CurrentUser, userId: string): Promise<User> {
    return this.em.transactional(async (em) => {
      const member = await em.findOne(User, { id: userId }, { populate: ['organization'] });
      if (!member) throw new DomainError('NOT_FOUND', 'userId: no such user', 'userId');
      const organization = member.organization;
      const vouches = isModerator(user) || (user.organizationConfirmed && !!organization && user.organizationId === organization.id);
      if (!vouches) throw forbidden('userId: only moderators and confirmed members of the same organisation confirm this membership');
      if (!organization) throw new DomainError('CONFLICT', 'userId: this person has not named an organisation', 'userId');
      if (member.organizationConfirmedAt) throw new DomainError('CONFLICT', 'userId: this membership is already confirmed', 'userId');
      member.organizationConfirmedAt = new Date();
      member.organizationConfirmedBy = em.getReference(User, user.id);
      // The reports waited only for this: they now go live as a confirmed member's would have.
      await em.nativeUpdate(Adoption, { author: member.id, organization: organization.id, status: 'pending' }, { status: 'published' });
      return member;
    });
  }
}
