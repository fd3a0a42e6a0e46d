import { Field, ID, ObjectType } from 'type-graphql';
import { CommunityKindEnum } from '../../graphql/enums.js';
import type { CommunityKind } from '../catalog/catalog.limits.js';
import type { Community } from './community.entity.js';
import type { Partnership } from './partnership.entity.js';

@ObjectType('Community', { description: 'A territorial community (громада).' })
export class CommunityType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  nameUk!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => CommunityKindEnum)
  kind!: CommunityKind;

  oblastSlug!: string;

  static from(c: Community): CommunityType {
    return Object.assign(new CommunityType(), {
      id: c.id,
      slug: c.slug,
      nameUk: c.nameUk,
      nameEn: c.nameEn,
      kind: c.kind,
      oblastSlug: c.oblast.slug,
    });
  }
}

@ObjectType('Partnership', { description: 'Two communities paired under a programme such as «Пліч-о-пліч».' })
export class PartnershipType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  programmeUk!: string;

  @Field(() => String, { nullable: true })
  programmeEn!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date the memorandum was signed, when known.' })
  signedOn!: string | null;

  @Field(() => String, { nullable: true })
  noteUk!: string | null;

  @Field(() => String, { nullable: true })
  noteEn!: string | null;

  communityIds!: [string, string];

  static from(p: Partnership): PartnershipType {
    return Object.assign(new PartnershipType(), {
      id: p.id,
      slug: p.slug,
      programmeUk: p.programmeUk,
      programmeEn: p.programmeEn ?? null,
      signedOn: p.signedOn ?? null,
      noteUk: p.noteUk ?? null,
      noteEn: p.noteEn ?? null,
      communityIds: [p.communityA.id, p.communityB.id],
    });
  }
}

@ObjectType('CommunityPartner', { description: 'A partner community seen from one side of a partnership.' })
export class CommunityPartnerType {
  @Field(() => CommunityType)
  community!: CommunityType;

  @Field(() => PartnershipType)
  partnership!: PartnershipType;
}
