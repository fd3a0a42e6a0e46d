import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { MODERATORS, isModerator, requireRole, requireUser } from '../account/authz.js';
import { CaseStudyType } from '../case-study/case-study.type.js';
import { OrganizationType } from '../organization/organization.type.js';
import { PracticeType } from '../practice/practice.type.js';
import { HideAdoptionArgs, ReportAdoptionInput, UpdateAdoptionInput } from './adoption.input.js';
import { AdoptionService } from './adoption.service.js';
import { AdoptionType } from './adoption.type.js';

@Resolver(() => AdoptionType)
export class AdoptionResolver {
  @Mutation(() => AdoptionType, {
    description:
      'Report that your organisation tried a published practice. Signed-in users with an organisation; published at once when the membership is confirmed, else PENDING.',
  })
  async reportAdoption(@Arg('input', () => ReportAdoptionInput) input: ReportAdoptionInput, @Ctx() { em, user }: Context) {
    const caller = requireUser(user);
    return AdoptionType.from(await new AdoptionService(em).report(caller, input));
  }

  @Mutation(() => AdoptionType, { description: 'Correct your own report. Author only; a hidden report stays hidden.' })
  async updateAdoption(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAdoptionInput) input: UpdateAdoptionInput,
    @Ctx() { em, user }: Context,
  ) {
    const caller = requireUser(user);
    return AdoptionType.from(await new AdoptionService(em).update(caller, id, input));
  }

  @Mutation(() => ID, { description: 'Delete a report; returns its id. The author, or a moderator or admin.' })
  async deleteAdoption(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context): Promise<string> {
    const caller = requireUser(user);
    return new AdoptionService(em).delete(caller, id);
  }

  @Mutation(() => AdoptionType, { description: 'Hide a report from the public, with the reason. Moderators and admins.' })
  async hideAdoption(@Args(() => HideAdoptionArgs) { id, reason }: HideAdoptionArgs, @Ctx() { em, user }: Context) {
    const caller = requireRole(user, MODERATORS);
    return AdoptionType.from(await new AdoptionService(em).hide(caller, id, reason));
  }

  @Mutation(() => AdoptionType, { description: 'Publish a PENDING report. Moderators and admins.' })
  async publishAdoption(@Arg('id', () => ID) id: string, @Ctx() { em, user }: Context) {
    const caller = requireRole(user, MODERATORS);
    return AdoptionType.from(await new AdoptionService(em).publish(caller, id));
  }

  @Query(() => [AdoptionType], { description: 'Reports waiting (PENDING), oldest first (first ≤ 100). Moderators and admins.' })
  async pendingAdoptions(
    @Ctx() { em, user }: Context,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
  ): Promise<AdoptionType[]> {
    requireRole(user, MODERATORS);
    return (await new AdoptionService(em).pending(first)).map(AdoptionType.from);
  }

  @Query(() => [AdoptionType], { description: 'Your own reports, hidden ones included, newest first (first ≤ 100). Signed-in users.' })
  async myAdoptions(
    @Ctx() { em, user }: Context,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
  ): Promise<AdoptionType[]> {
    const caller = requireUser(user);
    return (await new AdoptionService(em).mine(caller, first)).map(AdoptionType.from);
  }

  @FieldResolver(() => PracticeType, { nullable: true, description: 'Null once the practice is no longer published.' })
  async practice(@Root() a: AdoptionType, @Ctx() { loaders }: Context): Promise<PracticeType | null> {
    const row = await loaders.publishedPractice.load(a.practiceId);
    return row ? PracticeType.from(row) : null;
  }

  @FieldResolver(() => OrganizationType, { description: 'The organisation that tried the practice.' })
  async organization(@Root() a: AdoptionType, @Ctx() { loaders }: Context): Promise<OrganizationType> {
    return OrganizationType.from((await loaders.organization.load(a.organizationId))!);
  }

  @FieldResolver(() => CaseStudyType, { nullable: true, description: 'The case study this report grew into, once it is published.' })
  async caseStudy(@Root() a: AdoptionType, @Ctx() { loaders }: Context): Promise<CaseStudyType | null> {
    if (!a.caseStudyId) return null;
    const row = await loaders.publishedCaseStudy.load(a.caseStudyId);
    return row ? CaseStudyType.from(row) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the signed-in user wrote this report (and so may edit it).' })
  mine(@Root() a: AdoptionType, @Ctx() { user }: Context): boolean {
    return !!user && a.authorId === user.id;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why a moderator hid it; only its author and moderators see this.' })
  hiddenReason(@Root() a: AdoptionType, @Ctx() { user }: Context): string | null {
    return user && (a.authorId === user.id || isModerator(user)) ? a.hiddenReasonText : null;
  }
}
