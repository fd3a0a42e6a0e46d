import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, badInput } from '../../graphql/errors.js';
import { checkPageSize } from '../../graphql/pagination.js';
import { forbidden, isModerator } from '../account/authz.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { practiceTried } from '../notification/notification.events.js';
import { notify } from '../notification/notification.service.js';
import { Practice } from '../practice/practice.entity.js';
import { Adoption } from './adoption.entity.js';
import type { ReportAdoptionInput, UpdateAdoptionInput } from './adoption.input.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new DomainError('NOT_FOUND', 'id: no such adoption report', 'id');
const optionalText = (value: string | null | undefined) => value?.trim() || null;

/** Writes of adoption reports, and the signed-in user's own list. Ownership is checked here, where the report is loaded. */
export class AdoptionService {
  constructor(private readonly em: EntityManager) {}

  async report(user: CurrentUser, input: ReportAdoptionInput): Promise<Adoption> {
    if (input.organizationId && input.organizationId !== user.organizationId) {
      throw forbidden('organizationId: you may report only for your own organisation');
    }
    if (!user.organizationId)
      throw badInput('organization', 'noOrganization', 'set your organisation in your profile before reporting an adoption');
    const organizationId = user.organizationId;
    return this.em.transactional(async (em) => {
      const practice = await em.findOne(Practice, { id: input.practiceId, status: 'published' });
      if (!practice) throw badInput('practiceId', 'unknown', 'must be a published practice');
      const adoption = em.create(Adoption, {
        practice,
        organization: em.getReference(Organization, organizationId),
        author: em.getReference(User, user.id),
        adoptedOn: input.adoptedOn,
        changesUk: optionalText(input.changesUk),
        resultUk: input.resultUk.trim(),
        participantCount: input.participantCount ?? null,
        // Anyone may claim any organisation in their profile; a claim's report waits until someone vouches.
        status: user.organizationConfirmed ? 'published' : 'pending',
      });
      if (adoption.status === 'published') await notify(em, await practiceTried(em, practice, organizationId, user.id));
      return adoption;
    });
  }

  async update(user: CurrentUser, id: string, input: UpdateAdoptionInput): Promise<Adoption> {
    return this.em.transactional(async (em) => {
      const a = await this.visible(em, user, id);
      if (a.author?.id !== user.id) throw forbidden('id: only the author may edit this report');
      // A hidden report stays hidden when its author corrects it; only a moderator decides visibility.
      if (input.adoptedOn !== undefined) a.adoptedOn = input.adoptedOn;
      if (input.changesUk !== undefined) a.changesUk = optionalText(input.changesUk);
      if (input.resultUk !== undefined) a.resultUk = input.resultUk.trim();
      if (input.participantCount !== undefined) a.participantCount = input.participantCount;
      return a;
    });
  }

  async delete(user: CurrentUser, id: string): Promise<string> {
    return this.em.transactional(async (em) => {
      const a = await this.visible(em, user, id);
      if (a.author?.id !== user.id && !isModerator(user)) throw forbidden('id: only the author or a moderator may delete this report');
      em.remove(a);
      return a.id;
    });
  }

  /** The caller must already be a moderator (the resolver checks). */
  async hide(user: CurrentUser, id: string, reason: string): Promise<Adoption> {
    return this.em.transactional(async (em) => {
      const a = await this.visible(em, user, id);
      if (a.status === 'hidden') throw new DomainError('CONFLICT', 'id: this report is already hidden', 'id');
      a.status = 'hidden';
      a.hiddenReason = reason.trim();
      a.hiddenAt = new Date();
      a.hiddenBy = em.getReference(User, user.id);
      const practice = await em.findOneOrFail(Practice, { id: a.practice.id });
      await notify(em, {
        kind: 'moderator_comment',
        actorId: user.id,
        recipients: [a.author?.id],
        payload: { recordType: 'practice', recordId: practice.id, slug: practice.slug, title: practice.titleUk, comment: a.hiddenReason },
      });
      return a;
    });
  }

  /** A moderator publishes a waiting report (the caller must be a moderator; the resolver checks). */
  async publish(user: CurrentUser, id: string): Promise<Adoption> {
    return this.em.transactional(async (em) => {
      const a = await this.visible(em, user, id);
      if (a.status !== 'pending') throw new DomainError('CONFLICT', `id: this report is ${a.status}, not waiting`, 'id');
      a.status = 'published';
      const practice = await em.findOneOrFail(Practice, { id: a.practice.id });
      await notify(em, await practiceTried(em, practice, a.organization.id, a.author?.id ?? user.id));
      return a;
    });
  }

  /** Reports waiting for their author's membership to be confirmed (or for a moderator), oldest first. */
  async pending(first: number | null | undefined): Promise<Adoption[]> {
    const limit = checkPageSize(first);
    return this.em.find(Adoption, { status: 'pending' }, { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], limit });
  }

  /** The caller's own reports, hidden ones included, newest first. */
  async mine(user: CurrentUser, first: number | null | undefined): Promise<Adoption[]> {
    const limit = checkPageSize(first);
    return this.em.find(Adoption, { author: user.id }, { orderBy: [{ adoptedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }], limit });
  }

  /** A report the caller may see: published, or waiting or hidden but theirs or they moderate. Anything else does not exist for them. */
  private async visible(em: EntityManager, user: CurrentUser, id: string): Promise<Adoption> {
    const a = UUID.test(id) ? await em.findOne(Adoption, { id }) : null;
    if (!a) throw notFound();
    if (a.status !== 'published' && a.author?.id !== user.id && !isModerator(user)) throw notFound();
    return a;
  }
}
