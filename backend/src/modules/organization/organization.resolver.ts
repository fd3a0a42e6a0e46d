import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { OrganizationKindEnum } from '../../graphql/enums.js';
import type { OrganizationKind } from '../catalog/catalog.limits.js';
import { CommunityType } from '../geography/community.type.js';
import { Organization } from './organization.entity.js';
import { OrganizationType } from './organization.type.js';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationType, { nullable: true, description: 'An organisation by slug; null when there is none. Public.' })
  async organization(@Arg('slug', () => String) slug: string, @Ctx() { em }: Context): Promise<OrganizationType | null> {
    const row = await em.findOne(Organization, { slug });
    return row ? OrganizationType.from(row) : null;
  }

  @Query(() => [OrganizationType], { description: 'Every organisation, by Ukrainian name, optionally of some kinds. Public.' })
  async organizations(
    @Ctx() { em }: Context,
    @Arg('kinds', () => [OrganizationKindEnum], { nullable: true }) kinds?: OrganizationKind[] | null,
  ): Promise<OrganizationType[]> {
    const rows = await em.find(Organization, kinds?.length ? { kind: { $in: kinds } } : {}, { orderBy: { nameUk: 'asc' } });
    return rows.map(OrganizationType.from);
  }

  @FieldResolver(() => CommunityType, { nullable: true })
  async community(@Root() o: OrganizationType, @Ctx() { loaders }: Context): Promise<CommunityType | null> {
    if (!o.communityId) return null;
    const row = await loaders.community.load(o.communityId);
    return row ? CommunityType.from(row) : null;
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The library system a branch belongs to.' })
  async parent(@Root() o: OrganizationType, @Ctx() { loaders }: Context): Promise<OrganizationType | null> {
    if (!o.parentId) return null;
    const row = await loaders.organization.load(o.parentId);
    return row ? OrganizationType.from(row) : null;
  }
}
