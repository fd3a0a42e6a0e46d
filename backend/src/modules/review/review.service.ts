import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '../../graphql/errors.js';
import { checkPageSize } from '../../graphql/pagination.js';
import { requireRole, requireUser, MODERATORS } from '../account/authz.js';
import type { CurrentUser } from '../account/session.service.js';
import { User } from '../account/user.entity.js';
import { todayInUkraine } from '../catalog/calendar.js';
import { LIMITS } from '../catalog/catalog.limits.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { FollowUp } from '../case-study/impact.entity.js';
import { parseContent } from '../contribution/contribution.rules.js';
import { actingOn, ContributionService } from '../contribution/contribution.service.js';
import { changedFields } from '../contribution/record-content.js';
import { recordRef, withRecordOf, type ContributedRecord, type RecordType } from '../contribution/record-kinds.js';
import { notify } from '../notification/notification.service.js';
import { Revision } from '../contribution/revision.entity.js';
import { Submission, type SubmissionKind } from './review.entity.js';
import { transition } from '../catalog/record.workflow.js';

export type Decision = 'approve' | 'request_changes' | 'reject';
const OUTCOME = { approve: 'approved', request_changes: 'changes_requested', reject: 'rejected' } as const;

const COMMENT_MIN = 5;
const FOLLOW_UP_MONTHS = [3, 6, 12];

/** Approved revisions of a record are numbered 1, 2, … in the order they were approved. */
async function nextRevisionNumber(em: EntityManager, type: RecordType, recordId: string): Promise<number> {
  return 1 + (await em.count(Revision, { ...recordRef(type, recordId), number: { $ne: null } }));
}

export interface QueueFilter {
  kind?: SubmissionKind | null;
  type?: RecordType | null;
  theme?: string | null;
}

/** The moderators' side of review, and follow-ups, which go through review on their own. */
export class ReviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: CurrentUser | null,
  ) {}

  /** Open submissions, oldest first. */
  async queue(filter: QueueFilter, first?: number | null): Promise<Submission[]> {
    requireRole(this.user, MODERATORS);
    const limit = checkPageSize(first, 'first');
    const where: Record<string, unknown> = { outcome: 'open' };
    if (filter.kind) where.kind = filter.kind;
    if (filter.type === 'practice') where.practice = { $ne: null };
    if (filter.type === 'case_study') where.caseStudy = { $ne: null };
    if (filter.theme) {
      where.$or = [
        { practice: { themes: { theme: filter.theme } } },
        { caseStudy: { practices: { practice: { themes: { theme: filter.theme } } } } },
      ];
    }
    return this.em.find(Submission, where, {
      orderBy: { submittedAt: 'asc', id: 'asc' },
      limit,
      populate: ['practice', 'caseStudy', 'revision', 'followUp', 'submittedBy', 'decidedBy'],
    });
  }

  /** Approve, request changes or reject one open submission, as one transaction. */
  async decide(submissionId: string, decision: Decision, comment: string | null | undefined): Promise<Submission> {
    const moderator = requireRole(this.user, MODERATORS);
    const text = comment?.trim() ?? '';
    if (decision !== 'approve' && text.length < COMMENT_MIN) {
      throw badInput(
        'comment',
        'tooShort',
        `is required (at least ${COMMENT_MIN} characters) to ${decision === 'reject' ? 'reject' : 'request changes'}`,
        { min: COMMENT_MIN },
      );
    }
    if (text.length > LIMITS.shortText)
      throw badInput('comment', 'tooLong', `must be at most ${LIMITS.shortText} characters`, { max: LIMITS.shortText });
    return this.em.transactional(async (em) => {
      const s = await em.findOne(Submission, { id: submissionId }, { populate: ['practice', 'caseStudy', 'revision', 'followUp'] });
      if (!s) throw new DomainError('NOT_FOUND', 'submissionId: no such submission', 'submissionId');
      if (s.outcome !== 'open') throw new DomainError('CONFLICT', `submissionId: already ${s.outcome.replace('_', ' ')}`, 'submissionId');
      const record: ContributedRecord = (s.practice ?? s.caseStudy)!;
      await em.populate(record, ['author', 'coAuthors']);
      // Nobody decides on their own work: not who pressed submit, nor the record's author or any co-author
      // (a second account added as co-author would otherwise let a moderator publish their own record).
      if (s.submittedBy?.id === moderator.id || actingOn(record, moderator).isEditor) {
        throw new DomainError('FORBIDDEN', 'Another moderator must review your own submission');
      }
      const acting = { isEditor: false, isModerator: true };
      const type: RecordType = s.practice ? 'practice' : 'case_study';
      const now = new Date();

      if (s.kind === 'follow_up') {
        s.followUp!.status = transition(s.followUp!.status, decision, acting);
      } else if (s.kind === 'record') {
        record.status = transition(record.status, decision, acting);
        if (decision === 'approve') {
          record.publishedAt = now;
          // The record as first published is revision 1 of its history.
          const content = await withRecordOf(s, (kind, r) => kind.contentOf(em, r));
          em.create(Revision, {
            ...recordRef(type, record.id),
            number: await nextRevisionNumber(em, type, record.id),
            author: s.submittedBy ?? null,
            status: 'published',
            content,
            changedFields: Object.keys(content).sort(),
            approvedAt: now,
            approvedBy: em.getReference(User, moderator.id),
          });
        }
      } else {
        const revision = s.revision!;
        if (decision === 'approve' && record.status !== 'published') {
          throw new DomainError('CONFLICT', `status: the record is ${record.status}; restore it before approving changes`, 'status');
        }
        revision.status = transition(revision.status, decision, acting);
        if (decision === 'approve') {
          revision.changedFields = await withRecordOf(s, async (kind, r) => {
            const content = parseContent(kind.rules, revision.content);
            const changed = changedFields(await kind.contentOf(em, r), content);
            await kind.apply(em, r, content);
            return changed;
          });
          revision.number = await nextRevisionNumber(em, type, record.id);
          revision.approvedAt = now;
          revision.approvedBy = em.getReference(User, moderator.id);
        }
      }
      s.outcome = OUTCOME[decision];
      s.decidedBy = em.getReference(User, moderator.id);
      s.decidedAt = now;
      s.comment = text || null;
      await em.flush();
      // The one who submitted and everyone who edits the record with them.
      await notify(em, {
        kind: 'submission_decided',
        actorId: moderator.id,
        recipients: [s.submittedBy?.id, record.author?.id, ...(await record.coAuthors.loadItems()).map((u) => u.id)],
        payload: {
          recordType: type,
          recordId: record.id,
          slug: record.slug,
          title: record.titleUk,
          outcome: OUTCOME[decision],
          submissionKind: s.kind,
          comment: s.comment,
        },
      });
      await em.populate(s, ['submittedBy', 'decidedBy']);
      return s;
    });
  }

  /** What a case study's authors saw months later; published once a moderator approves it. */
  async addFollowUp(caseStudyId: string, input: { monthsAfter: number; recordedOn: string; textUk: string }): Promise<Submission> {
    requireUser(this.user);
    const record = await new ContributionService(this.em, this.user).load('case_study', caseStudyId);
    if (!actingOn(record, this.user).isEditor) throw new DomainError('FORBIDDEN', 'Only the authors may add follow-ups');
    if (record.status !== 'published')
      throw new DomainError('CONFLICT', 'status: follow-ups are added to published case studies', 'status');
    if (!FOLLOW_UP_MONTHS.includes(input.monthsAfter)) throw badInput('input.monthsAfter', 'unknown', 'must be 3, 6 or 12');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.recordedOn) || Number.isNaN(Date.parse(input.recordedOn))) {
      throw badInput('input.recordedOn', 'date', 'must be a date, YYYY-MM-DD');
    }
    if (input.recordedOn > todayInUkraine()) throw badInput('input.recordedOn', 'future', 'must not be in the future');
    const text = input.textUk.trim();
    if (text.length < 10 || text.length > LIMITS.shortText)
      throw badInput('input.textUk', 'length', `must be 10–${LIMITS.shortText} characters`, { min: 10, max: LIMITS.shortText });
    return this.em.transactional(async (em) => {
      const caseStudy = em.getReference(CaseStudy, record.id);
      const author = em.getReference(User, this.user!.id);
      const followUp = em.create(FollowUp, {
        caseStudy,
        monthsAfter: input.monthsAfter,
        recordedOn: input.recordedOn,
        textUk: text,
        status: 'submitted',
        author,
      });
      const s = em.create(Submission, { kind: 'follow_up', caseStudy, followUp, submittedBy: author });
      await em.flush();
      await em.populate(s, ['submittedBy', 'caseStudy']);
      return s;
    });
  }

  /** The review thread of one record: every submission with its note and decision, oldest first. */
  async thread(type: RecordType, recordId: string): Promise<Submission[]> {
    return this.em.find(Submission, recordRef(type, recordId), {
      orderBy: { submittedAt: 'asc', id: 'asc' },
      populate: ['practice', 'caseStudy', 'revision', 'followUp', 'submittedBy', 'decidedBy'],
    });
  }

  /** Approved revisions of a record, newest first. */
  async history(type: RecordType, recordId: string): Promise<Revision[]> {
    return this.em.find(
      Revision,
      { ...recordRef(type, recordId), number: { $ne: null } },
      { orderBy: { number: 'desc' }, populate: ['author', 'approvedBy'] },
    );
  }
}
