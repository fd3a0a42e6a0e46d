import { FlushMode, type Collection } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/errors.js';
import { todayInUkraine } from '../catalog/calendar.js';
import { CaseStudyAudience, CaseStudyPartner, CaseStudyPractice } from '../case-study/case-study-links.entity.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { ImpactStory } from '../case-study/impact.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from '../practice/practice-links.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { Audience, Format, Theme } from '../taxonomy/taxonomy.entity.js';
import type { CaseStudyContent } from '../case-study/case-study.content.js';
import type { PracticeContent } from '../practice/practice.content.js';

export type Sluggable = { slug: string };

/**
 * How the slugs in content become rows. An editor's save reads them from the database
 * (`slugsFromDatabase`); the seed loader resolves them among the rows it loads together (seed/), so that
 * both write records through the same appliers below.
 */
export interface SlugResolver {
  /**
   * The rows of `entity` with these slugs, in the slugs' order; with `publishedOnly`, published ones
   * only (what content may link to). An unknown slug is a bad input naming its field and position.
   */
  find<T extends Sluggable>(entity: new () => T, slugs: readonly string[], field: string, publishedOnly?: boolean): Promise<T[]>;
}

/** `rows` in the order of `slugs`, or the bad input naming the first slug that has no row. */
export function inSlugOrder<T extends Sluggable>(entity: new () => T, rows: Iterable<T>, slugs: readonly string[], field: string): T[] {
  const found = new Map([...rows].map((r) => [r.slug, r]));
  return slugs.map((slug, i) => {
    const row = found.get(slug);
    if (!row) throw badInput(`${field}.${i}`, 'unknown', `unknown ${entity.name.toLowerCase()}: ${slug}`);
    return row;
  });
}

export function slugsFromDatabase(em: EntityManager): SlugResolver {
  return {
    async find<T extends Sluggable>(entity: new () => T, slugs: readonly string[], field: string, publishedOnly = false) {
      const where = { slug: { $in: [...slugs] }, ...(publishedOnly ? { status: 'published' } : {}) };
      // No flush before the look-up: the record being written may be new and not whole yet (a practice adapted
      // from another is looked up in its own table, which would otherwise flush the half-built one first).
      const rows = (await em.find(entity as never, where as never, { flushMode: FlushMode.COMMIT })) as T[];
      return inSlugOrder(entity, rows, slugs, field);
    },
  };
}

/**
 * Makes a link collection hold exactly `targets`, keeping rows that stay (a composite key cannot be
 * deleted and inserted again in one flush).
 */
function syncLinks<L extends object, T extends Sluggable>(
  links: Collection<L>,
  targets: T[],
  targetOf: (link: L) => T,
  create: (target: T, position: number) => L,
  reposition?: (link: L, position: number) => void,
) {
  const wanted = new Map(targets.map((t, i) => [t.slug, i]));
  for (const link of links.getItems()) {
    const position = wanted.get(targetOf(link).slug);
    if (position === undefined) links.remove(link);
    else {
      reposition?.(link, position);
      wanted.delete(targetOf(link).slug);
    }
  }
  for (const [slug, position] of wanted)
    links.add(
      create(
        targets.find((t) => t.slug === slug)!,
        position,
      ),
    );
}

export async function applyPracticeContent(
  em: EntityManager,
  p: Practice,
  c: PracticeContent,
  slugs: SlugResolver = slugsFromDatabase(em),
): Promise<void> {
  if (!p.themes.isInitialized()) await em.populate(p, ['themes.theme', 'audiences.audience', 'formats.format']);
  const [themes, audiences, formats, [origin]] = await Promise.all([
    slugs.find(Theme, c.themes, 'input.themes'),
    slugs.find(Audience, c.audiences, 'input.audiences'),
    slugs.find(Format, c.formats, 'input.formats'),
    slugs.find(Organization, [c.originOrganization], 'input.originOrganization'),
  ]);
  let adaptedFrom: Practice | null = null;
  if (c.adaptedFrom) {
    if (c.adaptedFrom === p.slug) throw badInput('input.adaptedFrom', 'notAllowed', 'a practice cannot be adapted from itself');
    adaptedFrom = (await slugs.find(Practice, [c.adaptedFrom], 'input.adaptedFrom', true))[0] ?? null;
  }
  if (c.groupSize && c.groupSize.min > c.groupSize.max) throw badInput('input.groupSize.max', 'groupSize', 'must not be less than min');
  em.assign(p, {
    titleUk: c.titleUk,
    titleEn: c.titleEn ?? null,
    summaryUk: c.summaryUk,
    summaryEn: c.summaryEn ?? null,
    descriptionUk: c.descriptionUk,
    descriptionEn: c.descriptionEn ?? null,
    goals: c.goals,
    groupSize: c.groupSize ? { min: c.groupSize.min, max: c.groupSize.max } : null,
    durationMinutes: c.durationMinutes ?? null,
    steps: c.steps.map((s) => ({ titleUk: s.titleUk, detailsUk: s.detailsUk ?? null })),
    resources: c.resources,
    partnersNeeded: c.partnersNeeded,
    conditions: c.conditions,
    safeguarding: { ...c.safeguarding, notesUk: c.safeguarding.notesUk ?? null },
    evidenceLevel: c.evidenceLevel,
    originOrganization: origin!,
    adaptedFrom,
    licence: c.licence,
  });
  syncLinks(
    p.themes,
    themes,
    (l) => l.theme,
    (theme, position) => em.create(PracticeTheme, { practice: p, theme, position }),
    (l, position) => (l.position = position),
  );
  syncLinks(
    p.audiences,
    audiences,
    (l) => l.audience,
    (audience) => em.create(PracticeAudience, { practice: p, audience }),
  );
  syncLinks(
    p.formats,
    formats,
    (l) => l.format,
    (format) => em.create(PracticeFormat, { practice: p, format }),
  );
}

/** The practice as content, in the input's shape: what an editor starts from and what revisions compare. */
export async function practiceContentOf(em: EntityManager, p: Practice): Promise<PracticeContent> {
  await em.populate(p, ['themes.theme', 'audiences.audience', 'formats.format', 'originOrganization', 'adaptedFrom']);
  const optional = <T>(v: T | null | undefined) => v ?? undefined;
  return {
    titleUk: p.titleUk,
    titleEn: optional(p.titleEn),
    summaryUk: p.summaryUk,
    summaryEn: optional(p.summaryEn),
    descriptionUk: p.descriptionUk,
    descriptionEn: optional(p.descriptionEn),
    themes: p.themes.getItems().map((l) => l.theme.slug),
    goals: p.goals,
    audiences: p.audiences
      .getItems()
      .map((l) => l.audience.slug)
      .sort(),
    formats: p.formats
      .getItems()
      .map((l) => l.format.slug)
      .sort(),
    groupSize: p.groupSize?.min != null && p.groupSize.max != null ? { min: p.groupSize.min, max: p.groupSize.max } : undefined,
    durationMinutes: optional(p.durationMinutes),
    steps: p.steps.map((s) => (s.detailsUk ? { titleUk: s.titleUk, detailsUk: s.detailsUk } : { titleUk: s.titleUk })),
    resources: {
      staff: p.resources.staff,
      volunteers: p.resources.volunteers,
      materialsUk: p.resources.materialsUk,
      budgetBand: p.resources.budgetBand,
    },
    partnersNeeded: p.partnersNeeded,
    conditions: {
      worksInShelter: p.conditions.worksInShelter,
      needsPower: p.conditions.needsPower,
      needsInternet: p.conditions.needsInternet,
      securityContext: p.conditions.securityContext,
    },
    safeguarding: {
      consentRequired: p.safeguarding.consentRequired,
      noPhotosOfChildren: p.safeguarding.noPhotosOfChildren,
      psychologistNeeded: p.safeguarding.psychologistNeeded,
      notesUk: optional(p.safeguarding.notesUk),
    },
    evidenceLevel: p.evidenceLevel,
    originOrganization: p.originOrganization?.slug ?? '',
    adaptedFrom: optional(p.adaptedFrom?.slug),
    licence: p.licence,
  };
}

export async function applyCaseStudyContent(
  em: EntityManager,
  cs: CaseStudy,
  c: CaseStudyContent,
  slugs: SlugResolver = slugsFromDatabase(em),
): Promise<void> {
  if (!cs.practices.isInitialized()) {
    await em.populate(cs, ['practices.practice', 'partners.organization', 'participantAudiences.audience', 'impactStories']);
  }
  const [practices, [organization], partners, audiences] = await Promise.all([
    slugs.find(
      Practice,
      c.practices.map((p) => p.practice),
      'input.practices',
      true,
    ),
    slugs.find(Organization, [c.organization], 'input.organization'),
    slugs.find(Organization, c.partnerOrganizations, 'input.partnerOrganizations'),
    slugs.find(Audience, c.participants.audiences, 'input.participants.audiences'),
  ]);
  if (c.period.end && c.period.end < c.period.start)
    throw badInput('input.period.end', 'endBeforeStart', 'must not be before period.start');
  if (c.period.start > todayInUkraine()) throw badInput('input.period.start', 'future', 'must not be in the future');
  em.assign(cs, {
    titleUk: c.titleUk,
    titleEn: c.titleEn ?? null,
    summaryUk: c.summaryUk,
    summaryEn: c.summaryEn ?? null,
    organization: organization!,
    period: { start: c.period.start, end: c.period.end ?? null },
    needUk: c.needUk,
    whatWasDoneUk: c.whatWasDoneUk,
    participantCount: c.participants.count,
    fundersUk: c.fundersUk,
    budgetUah: c.budgetUah ?? null,
    volunteers: c.volunteers,
    challengesUk: c.challengesUk ?? null,
    outcomes: c.outcomes,
    adviceUk: c.adviceUk ?? null,
  });
  syncLinks(
    cs.practices,
    practices,
    (l) => l.practice,
    (practice, position) =>
      em.create(CaseStudyPractice, { caseStudy: cs, practice, position, adaptationUk: c.practices[position]!.adaptationUk ?? null }),
    (l, position) => Object.assign(l, { position, adaptationUk: c.practices[position]!.adaptationUk ?? null }),
  );
  syncLinks(
    cs.partners,
    partners,
    (l) => l.organization,
    (organization) => em.create(CaseStudyPartner, { caseStudy: cs, organization }),
  );
  syncLinks(
    cs.participantAudiences,
    audiences,
    (l) => l.audience,
    (audience) => em.create(CaseStudyAudience, { caseStudy: cs, audience }),
  );
  // Stories have their own ids, so they are simply replaced.
  cs.impactStories.removeAll();
  c.impactStories.forEach((s, position) =>
    cs.impactStories.add(
      em.create(ImpactStory, {
        caseStudy: cs,
        position,
        kind: s.kind,
        textUk: s.textUk,
        attributionUk: s.attributionUk ?? null,
        consentGiven: s.consentGiven,
      }),
    ),
  );
}

export async function caseStudyContentOf(em: EntityManager, cs: CaseStudy): Promise<CaseStudyContent> {
  await em.populate(cs, ['practices.practice', 'organization', 'partners.organization', 'participantAudiences.audience', 'impactStories']);
  const optional = <T>(v: T | null | undefined) => v ?? undefined;
  return {
    titleUk: cs.titleUk,
    titleEn: optional(cs.titleEn),
    summaryUk: cs.summaryUk,
    summaryEn: optional(cs.summaryEn),
    practices: cs.practices
      .getItems()
      .map((l) => (l.adaptationUk ? { practice: l.practice.slug, adaptationUk: l.adaptationUk } : { practice: l.practice.slug })),
    organization: cs.organization.slug,
    partnerOrganizations: cs.partners
      .getItems()
      .map((l) => l.organization.slug)
      .sort(),
    period: cs.period.end ? { start: cs.period.start, end: cs.period.end } : { start: cs.period.start },
    needUk: cs.needUk,
    whatWasDoneUk: cs.whatWasDoneUk,
    participants: {
      audiences: cs.participantAudiences
        .getItems()
        .map((l) => l.audience.slug)
        .sort(),
      count: cs.participantCount,
    },
    fundersUk: cs.fundersUk,
    budgetUah: optional(cs.budgetUah),
    volunteers: cs.volunteers,
    challengesUk: optional(cs.challengesUk),
    outcomes: cs.outcomes,
    impactStories: cs.impactStories.getItems().map((s) => ({
      kind: s.kind,
      textUk: s.textUk,
      ...(s.attributionUk ? { attributionUk: s.attributionUk } : {}),
      consentGiven: s.consentGiven,
    })),
    adviceUk: optional(cs.adviceUk),
  };
}

/** Top-level fields whose values differ between two versions of the content. */
export function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const norm = (v: unknown) => JSON.stringify(v ?? null);
  return [...keys].filter((k) => norm((before as Record<string, unknown>)[k]) !== norm((after as Record<string, unknown>)[k])).sort();
}
