import { Field, ID, ObjectType } from 'type-graphql';
import { OrganizationKindEnum } from '../../graphql/enums.js';
import type { OrganizationKind } from '../catalog/catalog.limits.js';
import type { Organization } from './organization.entity.js';

@ObjectType('Organization', { description: 'A library, library system or partner organisation.' })
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  nameUk!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { nullable: true })
  descriptionUk!: string | null;

  communityId!: string | null;
  parentId!: string | null;

  static from(o: Organization): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: o.id,
      slug: o.slug,
      nameUk: o.nameUk,
      nameEn: o.nameEn,
      kind: o.kind,
      website: o.website ?? null,
      descriptionUk: o.descriptionUk ?? null,
      communityId: o.community?.id ?? null,
      parentId: o.parent?.id ?? null,
    });
  }
}
