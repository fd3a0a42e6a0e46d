import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CommunityType } from '../geography/community.type.js';
import type { Adoption } from './adoption.entity.js';
import type { AdoptionStatus } from './adoption.limits.js';

export const AdoptionStatusEnum = { PUBLISHED: 'published', PENDING: 'pending', HIDDEN: 'hidden' } as const satisfies Record<
  string,
  AdoptionStatus
>;
registerEnumType(AdoptionStatusEnum, {
  name: 'AdoptionStatus',
  description: 'PUBLISHED (public), PENDING (its author’s membership of the organisation is not confirmed yet) or HIDDEN by a moderator.',
});

@ObjectType('Adoption', {
  description: 'A short "we tried it here" report: an organisation adopted a practice. Only published reports are public.',
})
export class AdoptionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ISO date the organisation adopted the practice.' })
  adoptedOn!: string;

  @Field(() => String, { nullable: true, description: 'What was changed from the practice as described.' })
  changesUk!: string | null;

  @Field(() => String, { description: 'What happened.' })
  resultUk!: string;

  @Field(() => Int, { nullable: true })
  participantCount!: number | null;

  @Field(() => AdoptionStatusEnum, { description: 'Anyone but the author and moderators only ever sees PUBLISHED.' })
  status!: AdoptionStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  practiceId!: string;
  organizationId!: string;
  authorId!: string | null;
  caseStudyId!: string | null;
  hiddenReasonText!: string | null;

  static from(a: Adoption): AdoptionType {
    return Object.assign(new AdoptionType(), {
      id: a.id,
      adoptedOn: a.adoptedOn,
      changesUk: a.changesUk ?? null,
      resultUk: a.resultUk,
      participantCount: a.participantCount ?? null,
      status: a.status,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      practiceId: a.practice.id,
      organizationId: a.organization.id,
      authorId: a.author?.id ?? null,
      caseStudyId: a.caseStudy?.id ?? null,
      hiddenReasonText: a.hiddenReason ?? null,
    });
  }
}

@ObjectType('TriedInCommunity', { description: 'A community where a practice was tried, and when it was first tried there.' })
export class TriedInCommunityType {
  @Field(() => CommunityType)
  community!: CommunityType;

  @Field(() => String, { description: 'ISO date of the earliest report or case study there.' })
  firstTriedOn!: string;
}

@ObjectType('TriedIn', {
  description: 'Where a practice was tried: published adoption reports and published case studies that applied it.',
})
export class TriedInType {
  @Field(() => Int, { description: 'Distinct communities; equals the length of `communities`.' })
  communityCount!: number;

  @Field(() => Int, { description: 'Distinct organisations, including any not yet placed in a community.' })
  organizationCount!: number;

  @Field(() => [TriedInCommunityType], { description: 'Earliest first.' })
  communities!: TriedInCommunityType[];
}

@ObjectType('AdoptionMonth', { description: 'How many times a practice was adopted in one month.' })
export class AdoptionMonthType {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Int)
  count!: number;
}
