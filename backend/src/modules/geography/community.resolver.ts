import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CommunityKindEnum } from '../../graphql/enums.js';
import type { CommunityKind } from '../catalog/catalog.limits.js';
import { OblastType } from '../taxonomy/taxonomy.type.js';
import { Community } from './community.entity.js';
import { CommunityPartnerType, CommunityType, PartnershipType } from './community.type.js';
import { Partnership } from './partnership.entity.js';
import { loadAll } from '../../graphql/batch-loaders.js';

@Resolver(() => CommunityType)
export class CommunityResolver {
  @Query(() => CommunityType, { nullable: true, description: 'A community by slug; null when there is none. Public.' })
  async community(@Arg('slug', () => String) slug: string, @Ctx() { em }: Context): Promise<CommunityType | null> {
    const row = await em.findOne(Community, { slug });
    return row ? CommunityType.from(row) : null;
  }

  @Query(() => [CommunityType], { description: 'Communities by Ukrainian name, optionally of one kind or oblast. Public.' })
  async communities(
    @Ctx() { em }: Context,
    @Arg('kind', () => CommunityKindEnum, { nullable: true }) kind?: CommunityKind | null,
    @Arg('oblast', () => String, { nullable: true }) oblast?: string | null,
  ): Promise<CommunityType[]> {
    const where: FilterQuery<Community> = {};
    if (kind) where.kind = kind;
    if (oblast) where.oblast = { slug: oblast };
    const rows = await em.find(Community, where, { orderBy: { nameUk: 'asc' } });
    return rows.map(CommunityType.from);
  }

  @FieldResolver(() => OblastType)
  async oblast(@Root() c: CommunityType, @Ctx() { loaders }: Context): Promise<OblastType> {
    const row = await loaders.oblast.load(c.oblastSlug);
    return OblastType.fromTerm(row!);
  }

  @FieldResolver(() => [CommunityPartnerType], { description: 'Paired communities, with the partnership that pairs them.' })
  async partners(@Root() c: CommunityType, @Ctx() { loaders }: Context): Promise<CommunityPartnerType[]> {
    const partnerships = await loaders.communityPartnerships.load(c.id);
    return Promise.all(
      partnerships.map(async (p) => {
        const otherId = p.communityA.id === c.id ? p.communityB.id : p.communityA.id;
        const other = await loaders.community.load(otherId);
        return { community: CommunityType.from(other!), partnership: PartnershipType.from(p) };
      }),
    );
  }
}

@Resolver(() => PartnershipType)
export class PartnershipResolver {
  @Query(() => [PartnershipType], { description: 'Every partnership between communities. Public.' })
  async partnerships(@Ctx() { em }: Context): Promise<PartnershipType[]> {
    const rows = await em.find(Partnership, {}, { orderBy: { signedOn: 'asc', slug: 'asc' } });
    return rows.map(PartnershipType.from);
  }

  @FieldResolver(() => [CommunityType], { description: 'The two communities.' })
  async communities(@Root() p: PartnershipType, @Ctx() { loaders }: Context): Promise<CommunityType[]> {
    const rows = await loadAll(loaders.community, p.communityIds);
    return rows.filter((r): r is Community => r instanceof Community).map(CommunityType.from);
  }
}
