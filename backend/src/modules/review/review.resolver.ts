import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RecordTypeEnum, SubmissionKindEnum } from '../../graphql/enums.js';
import { FollowUpInput, NO_CLASS_VALIDATION } from '../contribution/contribution.input.js';
import { ContributionService } from '../contribution/contribution.service.js';
import { ContributionType } from '../contribution/contribution.type.js';
import type { RecordType } from '../contribution/record-kinds.js';
import type { SubmissionKind } from './review.entity.js';
import { ReviewService } from './review.service.js';
import { SubmissionService } from './submission.service.js';
import { PendingChangesType, RevisionType, SubmissionType } from './review.type.js';

@Resolver(() => SubmissionType)
export class ReviewResolver {
  @Query(() => [SubmissionType], { description: 'Open submissions, oldest first (≤ 100). Moderators.' })
  async reviewQueue(
    @Ctx() { em, user }: Context,
    @Arg('kind', () => SubmissionKindEnum, { nullable: true }) kind?: SubmissionKind | null,
    @Arg('type', () => RecordTypeEnum, { nullable: true }) type?: RecordType | null,
    @Arg('theme', () => String, { nullable: true, description: 'Theme slug.' }) theme?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<SubmissionType[]> {
    return (await new ReviewService(em, user).queue({ kind, type, theme }, first)).map(SubmissionType.from);
  }

  @Mutation(() => SubmissionType, { description: 'Publishes what was submitted. Moderators (not for their own submissions).' })
  async approveSubmission(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, user }: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<SubmissionType> {
    return SubmissionType.from(await new ReviewService(em, user).decide(id, 'approve', comment));
  }

  @Mutation(() => SubmissionType, { description: 'Sends a submission back to its authors; the comment is required. Moderators.' })
  async requestChanges(@Arg('id', () => ID) id: string, @Arg('comment', () => String) comment: string, @Ctx() { em, user }: Context) {
    return SubmissionType.from(await new ReviewService(em, user).decide(id, 'request_changes', comment));
  }

  @Mutation(() => SubmissionType, { description: 'Rejects a submission; the reason is required. Moderators.' })
  async rejectSubmission(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() { em, user }: Context) {
    return SubmissionType.from(await new ReviewService(em, user).decide(id, 'reject', reason));
  }

  @Mutation(() => SubmissionType, { description: 'Adds a follow-up to a published case study, for review. Its authors.' })
  async addFollowUp(
    @Arg('caseStudyId', () => ID) caseStudyId: string,
    @Arg('input', () => FollowUpInput, NO_CLASS_VALIDATION) input: FollowUpInput,
    @Ctx() { em, user }: Context,
  ): Promise<SubmissionType> {
    return SubmissionType.from(await new ReviewService(em, user).addFollowUp(caseStudyId, input));
  }

  @Query(() => [RevisionType], {
    description: 'Approved changes of a record, newest first. Public for published records; otherwise its authors and moderators.',
  })
  async revisions(
    @Arg('type', () => RecordTypeEnum) type: RecordType,
    @Arg('id', () => ID) id: string,
    @Ctx() { em, user }: Context,
  ): Promise<RevisionType[]> {
    // Published records' history is public; a draft's, only its editors' and moderators'.
    await new ContributionService(em, user).load(type, id);
    return (await new ReviewService(em, user).history(type, id)).map(RevisionType.from);
  }
}

/** What review adds to a record being written: sending it to review and back, its pending changes, its review thread. */
@Resolver(() => ContributionType)
export class ContributionReviewResolver {
  @Mutation(() => ContributionType, { description: 'Sends a draft or pending changes to review. Its authors.' })
  async submitForReview(
    @Arg('type', () => RecordTypeEnum) type: RecordType,
    @Arg('id', () => ID) id: string,
    @Ctx() { em, user }: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return ContributionType.from(type, await new SubmissionService(em, user).submit(type, id, note));
  }

  @Mutation(() => ContributionType, { description: 'Takes a submission back to edit it. Its authors.' })
  async withdrawSubmission(
    @Arg('type', () => RecordTypeEnum) type: RecordType,
    @Arg('id', () => ID) id: string,
    @Ctx() { em, user }: Context,
  ) {
    return ContributionType.from(type, await new SubmissionService(em, user).withdraw(type, id));
  }

  @FieldResolver(() => PendingChangesType, { nullable: true, description: 'Changes to a published record not yet approved.' })
  async pendingChanges(@Root() c: ContributionType, @Ctx() { loaders }: Context): Promise<PendingChangesType | null> {
    const open = await loaders.openRevision.load(c.id);
    return open ? PendingChangesType.from(open) : null;
  }

  @FieldResolver(() => [SubmissionType], { description: 'Every submission, note, decision and comment, oldest first.' })
  async reviewThread(@Root() c: ContributionType, @Ctx() { em, user }: Context): Promise<SubmissionType[]> {
    return (await new ReviewService(em, user).thread(c.type, c.id)).map(SubmissionType.from);
  }
}
