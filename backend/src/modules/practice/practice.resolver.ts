import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { MARKDOWN_HTML_FIELD, renderMarkdown } from '../../markdown/markdown.js';
import { Connection } from '../../graphql/pagination.js';
import { CaseStudyType } from '../case-study/case-study.type.js';
import { LIMITS } from '../catalog/catalog.limits.js';
import { OrganizationType } from '../organization/organization.type.js';
import { AudienceType, FormatType, ThemeType } from '../taxonomy/taxonomy.type.js';
import { PracticeFilter, PracticeOrder } from './practice.input.js';
import { PracticeService } from './practice.service.js';
import { PracticeStepType, PracticeType } from './practice.type.js';

const PracticeConnection = Connection('Practice', PracticeType);

@Resolver(() => PracticeType)
export class PracticeResolver {
  @Query(() => PracticeType, { nullable: true, description: 'A published practice by slug; null when there is none. Public.' })
  async practice(@Arg('slug', () => String) slug: string, @Ctx() { em }: Context): Promise<PracticeType | null> {
    if (slug.length > LIMITS.slug) return null;
    const row = await new PracticeService(em).publishedBySlug(slug);
    return row ? PracticeType.from(row) : null;
  }

  @Query(() => PracticeConnection, { description: 'Published practices, filtered and paginated (first ≤ 100). Public.' })
  async practices(
    @Ctx() { em }: Context,
    @Arg('filter', () => PracticeFilter, { nullable: true }) filter?: PracticeFilter | null,
    @Arg('orderBy', () => PracticeOrder, { defaultValue: PracticeOrder.NEWEST }) orderBy: PracticeOrder = PracticeOrder.NEWEST,
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 20.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return new PracticeService(em).list(filter, orderBy, first, after);
  }

  @FieldResolver(() => [ThemeType], { description: 'Up to three themes; the first is the main one.' })
  async themes(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<ThemeType[]> {
    return (await loaders.practiceThemes.load(p.id)).map((l) => ThemeType.fromTerm(l.theme));
  }

  @FieldResolver(() => [AudienceType])
  async audiences(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<AudienceType[]> {
    return (await loaders.practiceAudiences.load(p.id)).map((l) => AudienceType.fromTerm(l.audience));
  }

  @FieldResolver(() => [FormatType])
  async formats(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<FormatType[]> {
    return (await loaders.practiceFormats.load(p.id)).map((l) => FormatType.fromTerm(l.format));
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'The organisation the practice comes from.' })
  async origin(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<OrganizationType | null> {
    if (!p.originOrganizationId) return null;
    const row = await loaders.organization.load(p.originOrganizationId);
    return row ? OrganizationType.from(row) : null;
  }

  @FieldResolver(() => PracticeType, { nullable: true, description: 'The published practice this one was adapted from.' })
  async adaptedFrom(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<PracticeType | null> {
    if (!p.adaptedFromId) return null;
    const row = await loaders.publishedPractice.load(p.adaptedFromId);
    return row ? PracticeType.from(row) : null;
  }

  @FieldResolver(() => [CaseStudyType], { description: 'Published case studies that applied this practice, newest first.' })
  async caseStudies(@Root() p: PracticeType, @Ctx() { loaders }: Context): Promise<CaseStudyType[]> {
    return (await loaders.practiceCaseStudies.load(p.id)).map((l) => CaseStudyType.from(l.caseStudy));
  }

  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  descriptionHtml(@Root() p: PracticeType): string | null {
    return renderMarkdown(p.descriptionUk);
  }

  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  descriptionEnHtml(@Root() p: PracticeType): string | null {
    return renderMarkdown(p.descriptionEn);
  }
}

@Resolver(() => PracticeStepType)
export class PracticeStepResolver {
  @FieldResolver(() => String, MARKDOWN_HTML_FIELD)
  detailsHtml(@Root() s: PracticeStepType): string | null {
    return renderMarkdown(s.detailsUk);
  }
}
