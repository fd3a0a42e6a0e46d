import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RecordStatusEnum, RecordTypeEnum } from '../../graphql/enums.js';
import { requireUser } from '../account/authz.js';
import type { RecordStatus } from '../catalog/catalog.limits.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { CaseStudyContentInput, NO_CLASS_VALIDATION, PracticeContentInput } from './contribution.input.js';
import { actingOn, contentOfRecord, ContributionService, findRecord } from './contribution.service.js';
import { ContributionType, RecordContentUnion } from './contribution.type.js';
import type { ContributedRecord, RecordType } from './record-kinds.js';

const view = (type: RecordType, r: ContributedRecord) => ContributionType.from(type, r);

@Resolver(() => ContributionType)
export class ContributionResolver {
  @Query(() => ContributionType, {
    nullable: true,
    description: 'A record with its drafts and review thread. Its authors and moderators; null for anyone else.',
  })
  async contribution(
    @Arg('type', () => RecordTypeEnum) type: RecordType,
    @Arg('id', () => ID) id: string,
    @Ctx() { em, user }: Context,
  ): Promise<ContributionType | null> {
    requireUser(user);
    const record = await findRecord(em, type, id);
    if (!record) return null;
    const acting = actingOn(record, user);
    return acting.isEditor || acting.isModerator ? view(type, record) : null;
  }

  @Query(() => [ContributionType], { description: 'Records you wrote or co-write, most recently changed first. Signed in.' })
  async myContributions(
    @Ctx() { em, user }: Context,
    @Arg('status', () => RecordStatusEnum, { nullable: true }) status?: RecordStatus | null,
  ): Promise<ContributionType[]> {
    const me = requireUser(user);
    const mine = { $or: [{ author: me.id }, { coAuthors: me.id }], ...(status ? { status } : {}) };
    const options = { populate: ['coAuthors', 'author'] as never, orderBy: { updatedAt: 'desc' as const }, limit: 200 };
    const [practices, caseStudies] = await Promise.all([em.find(Practice, mine, options), em.find(CaseStudy, mine, options)]);
    return [...practices.map((p) => view('practice', p)), ...caseStudies.map((c) => view('case_study', c))].sort(
      (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
    );
  }

  @FieldResolver(() => RecordContentUnion, {
    description: 'What the edit form starts from: the pending changes when there are some, else the record.',
  })
  async content(@Root() c: ContributionType, @Ctx() { em, loaders }: Context): Promise<object> {
    const open = await loaders.openRevision.load(c.id);
    if (open) return open.content;
    // Read in this request's EntityManager: the record may come from another one (a mutation's transaction).
    return contentOfRecord(em, c.type, c.id);
  }

  @Mutation(() => ContributionType, { description: 'Starts a practice as a draft. Signed in.' })
  async createPractice(
    @Arg('input', () => PracticeContentInput, NO_CLASS_VALIDATION) input: PracticeContentInput,
    @Ctx() { em, user }: Context,
  ) {
    return view('practice', await new ContributionService(em, user).create('practice', input));
  }

  @Mutation(() => ContributionType, {
    description: 'Saves a practice: a draft in place, a published one as pending changes. Its authors.',
  })
  async updatePractice(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PracticeContentInput, NO_CLASS_VALIDATION) input: PracticeContentInput,
    @Ctx() { em, user }: Context,
  ) {
    return view('practice', await new ContributionService(em, user).update('practice', id, version, input));
  }

  @Mutation(() => ContributionType, { description: 'Starts a case study as a draft. Signed in.' })
  async createCaseStudy(
    @Arg('input', () => CaseStudyContentInput, NO_CLASS_VALIDATION) input: CaseStudyContentInput,
    @Ctx() { em, user }: Context,
    @Arg('fromAdoption', () => ID, { nullable: true, description: 'One of your adoption reports that this case study grows from.' })
    fromAdoption?: string | null,
  ) {
    return view('case_study', await new ContributionService(em, user).create('case_study', input, fromAdoption));
  }

  @Mutation(() => ContributionType, {
    description: 'Saves a case study: a draft in place, a published one as pending changes. Its authors.',
  })
  async updateCaseStudy(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CaseStudyContentInput, NO_CLASS_VALIDATION) input: CaseStudyContentInput,
    @Ctx() { em, user }: Context,
  ) {
    return view('case_study', await new ContributionService(em, user).update('case_study', id, version, input));
  }

  @Mutation(() => ContributionType, { description: 'Takes a published record out of the catalogue. Its authors or moderators.' })
  async archiveRecord(@Arg('type', () => RecordTypeEnum) type: RecordType, @Arg('id', () => ID) id: string, @Ctx() { em, user }: Context) {
    return view(type, await new ContributionService(em, user).setArchived(type, id, true));
  }

  @Mutation(() => ContributionType, { description: 'Puts an archived record back. Moderators.' })
  async restoreRecord(@Arg('type', () => RecordTypeEnum) type: RecordType, @Arg('id', () => ID) id: string, @Ctx() { em, user }: Context) {
    return view(type, await new ContributionService(em, user).setArchived(type, id, false));
  }

  @Mutation(() => ContributionType, {
    description:
      'Invites a co-author by e-mail; they join when they accept. The same answer whether or not an account uses the address. The author.',
  })
  async addCoAuthor(
    @Arg('type', () => RecordTypeEnum) type: RecordType,
    @Arg('id', () => ID) id: string,
    @Arg('email', () => String) email: string,
    @Ctx() { em, user }: Context,
  ) {
    return view(type, await new ContributionService(em, user).addCoAuthor(type, id, email));
  }

  @Mutation(() => ContributionType, { description: 'Removes a co-author. The author, or the co-author leaving.' })
  async removeCoAuthor(
    @Arg('type', () => RecordTypeEnum) type: RecordType,
    @Arg('id', () => ID) id: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() { em, user }: Context,
  ) {
    return view(type, await new ContributionService(em, user).removeCoAuthor(type, id, userId));
  }
}
