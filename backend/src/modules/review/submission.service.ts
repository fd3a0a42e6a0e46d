import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '../../graphql/errors.js';
import { requireUser } from '../account/authz.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { LIMITS } from '../catalog/catalog.limits.js';
import { OPEN_REVISION, transition } from '../catalog/record.workflow.js';
import { actingOn, ContributionService, notFound } from '../contribution/contribution.service.js';
import { recordRef, type ContributedRecord, type RecordType } from '../contribution/record-kinds.js';
import { Revision } from '../contribution/revision.entity.js';
import { Submission } from './review.entity.js';

const conflict = (message: string) => new DomainError('CONFLICT', message, 'status');

/**
 * The editors' side of review: sending a draft, or a published record's pending changes, to the
 * moderators' queue, and taking it back. Each method is one transaction.
 */
export class SubmissionService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: CurrentUser | null,
  ) {}

  /** Sends a draft, or a published record's pending changes, to review. */
  async submit(type: RecordType, id: string, note: string | null | undefined): Promise<ContributedRecord> {
    requireUser(this.user);
    if (note && note.length > LIMITS.shortText)
      throw badInput('note', 'tooLong', `must be at most ${LIMITS.shortText} characters`, { max: LIMITS.shortText });
    return this.em.transactional(async (em) => {
      const record = await new ContributionService(em, this.user).load(type, id, em);
      const acting = actingOn(record, this.user);
      // Someone else's published record: its pending changes are not theirs to know about.
      if (!acting.isEditor && !acting.isModerator) throw notFound(type);
      const target = recordRef(type, record.id);
      const submittedBy = em.getReference(User, this.user!.id);
      if (record.status === 'published') {
        const open = await em.findOne(Revision, { ...target, status: { $in: [...OPEN_REVISION] } });
        if (!open) throw conflict('status: there are no pending changes to submit');
        if (!open.changedFields.length) throw badInput('input', 'noChange', 'the pending changes change nothing');
        open.status = transition(open.status, 'submit', acting);
        em.create(Submission, { kind: 'revision', ...target, revision: open, submittedBy, note: note ?? null });
      } else {
        record.status = transition(record.status, 'submit', acting);
        em.create(Submission, { kind: 'record', ...target, submittedBy, note: note ?? null });
      }
      record.submittedAt = new Date();
      await em.flush();
      return record;
    });
  }

  /** Takes a submission back out of the queue, to edit it further. */
  async withdraw(type: RecordType, id: string): Promise<ContributedRecord> {
    requireUser(this.user);
    return this.em.transactional(async (em) => {
      const record = await new ContributionService(em, this.user).load(type, id, em);
      const acting = actingOn(record, this.user);
      if (!acting.isEditor && !acting.isModerator) throw notFound(type);
      const target = recordRef(type, record.id);
      if (record.status === 'published') {
        const open = await em.findOne(Revision, { ...target, status: 'submitted' });
        if (!open) throw conflict('status: there is nothing in review to withdraw');
        open.status = transition(open.status, 'withdraw', acting);
      } else {
        record.status = transition(record.status, 'withdraw', acting);
      }
      await em.nativeUpdate(Submission, { ...target, kind: { $ne: 'follow_up' }, outcome: 'open' }, { outcome: 'withdrawn' });
      await em.flush();
      return record;
    });
  }
}
