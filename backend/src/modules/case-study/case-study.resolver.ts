import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { MARKDOWN_HTML_FIELD, renderMarkdown } from '../../markdown/markdown.js';
import { badInput } from '../../graphql/errors.js';
import { Connection } from '../../graphql/pagination.js';
import { OrganizationType } from '../organization/organization.type.js';
import { PracticeType } from '../practice/practice.type.js';
import { AudienceType } from '../taxonomy/taxonomy.type.js';
import { CaseStudyFilter } from './case-study.input.js';
import { CaseStudyService } from './case-study.service.js';
import { CaseStudyAdaptation, CaseStudyType, FollowUpType, ImpactStoryType } from './case-study.type.js';

const CaseStudyConnection = Connection('CaseStudy', CaseStudyType);

@Resolver(() => CaseStudyType)
export class CaseStudyResolver {
  @Query(() => CaseStudyType, { nullable: true, description: 'A published case study by id or slug; null when there is none. Public.' })
  async caseStudy(
    @Ctx() { em }: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string | null,
    @Arg('slug', () => String, { nullable: true }) slug?: string | null,
  ): Promise<CaseStudyType | null> {
    if (!id === !slug) throw badInput('id', 'oneOf', 'give exactly one of id or slug');
    const row = await new CaseStudyService(em).published({ id, slug });
    return row ? CaseStudyType.from(row) : null;
  }

  @Query(() => CaseStudyConnection, { description: 'Published case studies, newest first (first ≤ 100). Public.' })
  async caseStudies(
    @Ctx() { em }: Context,
    @Arg('filter', () => CaseStudyFilter, { nullable: true }) filter?: CaseStudyFilter | null,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return new CaseStudyService(em).list(filter, first, after);
  }

  @FieldResolver(() => [PracticeType], { description: 'Published practices applied in this case study.' })
  async practices(@Root() c: CaseStudyType, @Ctx() { loaders }: Context): Promise<PracticeType[]> {
    return (await loaders.caseStudyPractices.load(c.id)).map((l) => PracticeType.from(l.practice));
  }

  @FieldResolver(() => [CaseStudyAdaptation], { description: 'What was adapted from each applied practice.' })
  async adaptations(@Root() c: CaseStudyType, @Ctx() { loaders }: Context): Promise<CaseStudyAdaptation[]> {
    return (await loaders.caseStudyPractices.load(c.id)).map((l) => ({
      practice: PracticeType.from(l.practice),
      adaptationUk: l.adaptationUk ?? null,
    }));
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organisation that did the work.' })
  async organization(@Root() c: CaseStudyType, @Ctx() { loaders }: Context): Promise<OrganizationType | null> {
    const row = await loaders.organization.load(c.organizationId);
    return row ? OrganizationType.from(row) : null;
  }

  @FieldResolver(() => [OrganizationType], { description: 'Partner and funder organisations.' })
  async partners(@Root() c: CaseStudyType, @Ctx() { loaders }: Context): Promise<OrganizationType[]> {
    return (await loaders.caseStudyPartners.load(c.id)).map((l) => OrganizationType.from(l.organization));
  }

  @FieldResolver(() => [AudienceType])
  async participantAudiences(@Root() c: CaseStudyType, @Ctx() { loaders }: Context): Promise<AudienceType[]> {
    return (await loaders.caseStudyAudiences.load(c.id)).map((l) => AudienceType.fromTerm(l.audience));
  }

  @FieldResolver(() => [ImpactStoryType], { description: 'Quotes and observed changes whose people gave consent.' })
  async impactStories(@Root() c: CaseStudyType, @Ctx() { loaders }: Context): Promise<ImpactStoryType[]> {
    return (await loaders.caseStudyImpactStories.load(c.id)).map(ImpactStoryType.from);
  }

  @FieldResolver(() => [FollowUpType])
  async followUps(@Root() c: CaseStudyType, @Ctx() { loaders }: Context): Promise<FollowUpType[]> {
    return (await loaders.caseStudyFollowUps.load(c.id)).map(FollowUpType.from);
  }

  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  needHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.needUk);
  }

  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  whatWasDoneHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.whatWasDoneUk);
  }

  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  challengesHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.challengesUk);
  }

  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  adviceHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.adviceUk);
  }
}
