import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { checkPageSize } from '../../graphql/pagination.js';
import type { Community } from '../geography/community.entity.js';
import { CommunityType } from '../geography/community.type.js';
import { OrganizationType } from '../organization/organization.type.js';
import { PracticeType } from '../practice/practice.type.js';
import { AdoptionMonthType, AdoptionType, TriedInType } from './adoption.type.js';
import { loadAll } from '../../graphql/batch-loaders.js';

const FIRST = { nullable: true, description: '1–100, default 20.' } as const;

/** "Tried in N communities", adoption reports and lineage, added to Practice. */
@Resolver(() => PracticeType)
export class PracticeAdoptionResolver {
  @FieldResolver(() => TriedInType, { description: 'Where this practice was tried: published adoption reports and case studies.' })
  async triedIn(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<TriedInType> {
    const t = await loaders.practiceTriedIn.load(p.id);
    const rows = await loadAll(
      loaders.community,
      t.communities.map((c) => c.communityId),
    );
    return {
      communityCount: t.communityCount,
      organizationCount: t.organizationCount,
      communities: t.communities.map((c, i) => ({ community: CommunityType.from(rows[i] as Community), firstTriedOn: c.firstTriedOn })),
    };
  }

  @FieldResolver(() => [AdoptionType], { description: 'Published adoption reports, newest first.' })
  async adoptions(
    @Root() p: PracticeType,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, FIRST) first?: number | null,
  ): Promise<AdoptionType[]> {
    return (await loaders.practiceAdoptions(checkPageSize(first)).load(p.id)).map(AdoptionType.from);
  }

  @FieldResolver(() => [AdoptionMonthType], {
    description:
      'Adoptions per month (reports and case studies; a report that became a case study counts once), oldest first, ' +
      'with empty months between the first and the last filled with 0.',
  })
  async adoptionTimeline(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<AdoptionMonthType[]> {
    return loaders.practiceAdoptionTimeline.load(p.id);
  }

  @FieldResolver(() => [PracticeType], { description: 'Published practices adapted from this one, newest first.' })
  async adaptations(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<PracticeType[]> {
    return (await loaders.practiceAdaptations.load(p.id)).map(PracticeType.from);
  }
}

@Resolver(() => OrganizationType)
export class OrganizationAdoptionResolver {
  @FieldResolver(() => [AdoptionType], { description: 'Published adoption reports of this organisation, newest first.' })
  async adoptions(
    @Root() o: OrganizationType,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, FIRST) first?: number | null,
  ): Promise<AdoptionType[]> {
    return (await loaders.organizationAdoptions(checkPageSize(first)).load(o.id)).map(AdoptionType.from);
  }
}
