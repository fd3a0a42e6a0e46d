import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ImpactStoryKindEnum } from '../../graphql/enums.js';
import type { ImpactStoryKind } from '../catalog/catalog.limits.js';
import { PracticeType } from '../practice/practice.type.js';
import type { CaseStudy } from './case-study.entity.js';
import type { FollowUp, ImpactStory } from './impact.entity.js';

@ObjectType('Outcome', { description: 'A measured result: a number with its unit.' })
export class OutcomeType {
  @Field(() => String)
  labelUk!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unitUk!: string;
}

@ObjectType('ImpactStory', { description: 'A quote or an observed change, published with consent.' })
export class ImpactStoryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ImpactStoryKindEnum)
  kind!: ImpactStoryKind;

  @Field(() => String)
  textUk!: string;

  @Field(() => String, { nullable: true, description: 'A role, never a name.' })
  attributionUk!: string | null;

  static from(s: ImpactStory): ImpactStoryType {
    return Object.assign(new ImpactStoryType(), { id: s.id, kind: s.kind, textUk: s.textUk, attributionUk: s.attributionUk ?? null });
  }
}

@ObjectType('FollowUp', { description: 'What was seen 3, 6 or 12 months later.' })
export class FollowUpType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  monthsAfter!: number;

  @Field(() => String, { description: 'ISO date.' })
  recordedOn!: string;

  @Field(() => String)
  textUk!: string;

  static from(f: FollowUp): FollowUpType {
    return Object.assign(new FollowUpType(), { id: f.id, monthsAfter: f.monthsAfter, recordedOn: f.recordedOn, textUk: f.textUk });
  }
}

@ObjectType('CaseStudyPeriod')
export class PeriodType {
  @Field(() => String, { description: 'ISO date.' })
  start!: string;

  @Field(() => String, { nullable: true, description: 'ISO date; null while ongoing.' })
  end!: string | null;

  @Field(() => Boolean)
  ongoing!: boolean;
}

@ObjectType('CaseStudy', { description: 'How a practice worked in one place. Only published case studies are public.' })
export class CaseStudyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  titleUk!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field(() => String)
  summaryUk!: string;

  @Field(() => String, { nullable: true })
  summaryEn!: string | null;

  @Field(() => PeriodType)
  period!: PeriodType;

  @Field(() => String, { description: 'Markdown.' })
  needUk!: string;

  @Field(() => String, { description: 'Markdown.' })
  whatWasDoneUk!: string;

  @Field(() => Int)
  participantCount!: number;

  @Field(() => [String])
  fundersUk!: string[];

  @Field(() => Int, { nullable: true })
  budgetUah!: number | null;

  @Field(() => Int)
  volunteers!: number;

  @Field(() => String, { nullable: true, description: 'Markdown: what was hard and what did not work.' })
  challengesUk!: string | null;

  @Field(() => [OutcomeType])
  outcomes!: OutcomeType[];

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  adviceUk!: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  organizationId!: string;

  static from(c: CaseStudy): CaseStudyType {
    return Object.assign(new CaseStudyType(), {
      id: c.id,
      slug: c.slug,
      titleUk: c.titleUk,
      titleEn: c.titleEn ?? null,
      summaryUk: c.summaryUk,
      summaryEn: c.summaryEn ?? null,
      period: { start: c.period.start, end: c.period.end ?? null, ongoing: !c.period.end },
      needUk: c.needUk,
      whatWasDoneUk: c.whatWasDoneUk,
      participantCount: c.participantCount,
      fundersUk: c.fundersUk,
      budgetUah: c.budgetUah ?? null,
      volunteers: c.volunteers,
      challengesUk: c.challengesUk ?? null,
      outcomes: c.outcomes,
      adviceUk: c.adviceUk ?? null,
      publishedAt: c.publishedAt ?? null,
      organizationId: c.organization.id,
    });
  }
}

@ObjectType('CaseStudyAdaptation')
export class CaseStudyAdaptation {
  @Field(() => PracticeType)
  practice!: PracticeType;

  @Field(() => String, { nullable: true })
  adaptationUk!: string | null;
}
