import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStudyAudience, CaseStudyPartner, CaseStudyPractice } from '../modules/case-study/case-study-links.entity.js';
import { CaseStudy } from '../modules/case-study/case-study.entity.js';
import { FollowUp, ImpactStory } from '../modules/case-study/impact.entity.js';
import { Collection, CollectionItem } from '../modules/collection/collection.entity.js';
import { Community } from '../modules/geography/community.entity.js';
import { Oblast } from '../modules/geography/oblast.entity.js';
import { Partnership } from '../modules/geography/partnership.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from '../modules/practice/practice-links.entity.js';
import { Practice } from '../modules/practice/practice.entity.js';
import { Audience, Format, Theme } from '../modules/taxonomy/taxonomy.entity.js';
import type { SeedCatalog } from './seed.read.js';

export interface SeedReport {
  created: Record<string, number>;
}

const publishedAt = (status: string, day: string | undefined) =>
  status === 'published' ? new Date(`${day ?? '2025-01-14'}T09:00:00Z`) : null;

/**
 * Inserts every seed record whose slug is not in the database yet, in one transaction.
 * Existing rows are never changed, so a second run changes nothing and edits made in the app survive.
 */
export async function loadSeeds(rootEm: EntityManager, catalog: SeedCatalog): Promise<SeedReport> {
  const created: Record<string, number> = {};
  const count = (kind: string) => (created[kind] = (created[kind] ?? 0) + 1);

  await rootEm.fork().transactional(async (em) => {
    /** Existing rows of an entity by slug, plus a function that creates the missing ones. */
    async function bySlug<T extends { slug: string }>(entity: new () => T, kind: string) {
      const rows = await em.find(entity as never, {});
      const map = new Map((rows as T[]).map((r) => [r.slug, r]));
      return {
        map,
        missing: <S extends { slug: string }>(seeds: S[]) => seeds.filter((s) => !map.has(s.slug)),
        add(row: T) {
          em.persist(row);
          map.set(row.slug, row);
          count(kind);
        },
      };
    }

    const terms = async <T extends Theme | Audience | Format>(entity: new () => T, kind: string, seeds: SeedCatalog['themes']) => {
      const table = await bySlug(entity, kind);
      seeds.forEach((s, position) => {
        if (table.map.has(s.slug)) return;
        table.add(em.create(entity as typeof Theme, { ...s, descriptionUk: s.descriptionUk ?? null, position }) as T);
      });
      return table.map;
    };
    const themes = await terms(Theme, 'themes', catalog.themes);
    const audiences = await terms(Audience, 'audiences', catalog.audiences);
    const formats = await terms(Format, 'formats', catalog.formats);

    const oblasts = await bySlug(Oblast, 'oblasts');
    for (const s of oblasts.missing(catalog.oblasts)) oblasts.add(em.create(Oblast, s));

    const communities = await bySlug(Community, 'communities');
    for (const s of communities.missing(catalog.communities)) {
      communities.add(em.create(Community, { ...s, oblast: oblasts.map.get(s.oblast)! }));
    }

    const partnerships = await bySlug(Partnership, 'partnerships');
    for (const s of partnerships.missing(catalog.partnerships)) {
      partnerships.add(
        em.create(Partnership, {
          slug: s.slug,
          communityA: communities.map.get(s.communities[0])!,
          communityB: communities.map.get(s.communities[1])!,
          programmeUk: s.programmeUk,
          programmeEn: s.programmeEn ?? null,
          signedOn: s.signedOn ?? null,
          noteUk: s.noteUk ?? null,
          noteEn: s.noteEn ?? null,
        }),
      );
    }

    const organizations = await bySlug(Organization, 'organizations');
    const newOrgs = organizations.missing(catalog.organizations);
    for (const s of newOrgs) {
      organizations.add(
        em.create(Organization, {
          slug: s.slug,
          nameUk: s.nameUk,
          nameEn: s.nameEn,
          kind: s.kind,
          community: s.community ? communities.map.get(s.community)! : null,
          website: s.website ?? null,
          descriptionUk: s.descriptionUk ?? null,
        }),
      );
    }
    for (const s of newOrgs) if (s.parent) organizations.map.get(s.slug)!.parent = organizations.map.get(s.parent)!;

    const practices = await bySlug(Practice, 'practices');
    const newPractices = practices.missing(catalog.practices);
    for (const s of newPractices) {
      const p = em.create(Practice, {
        slug: s.slug,
        status: s.status,
        publishedAt: publishedAt(s.status, s.publishedOn),
        titleUk: s.titleUk,
        titleEn: s.titleEn ?? null,
        summaryUk: s.summaryUk,
        summaryEn: s.summaryEn ?? null,
        descriptionUk: s.descriptionUk,
        descriptionEn: s.descriptionEn ?? null,
        goals: s.goals,
        groupSizeMin: s.groupSize?.min ?? null,
        groupSizeMax: s.groupSize?.max ?? null,
        durationMinutes: s.durationMinutes ?? null,
        steps: s.steps.map((st) => ({ titleUk: st.titleUk, detailsUk: st.detailsUk ?? null })),
        staff: s.resources.staff,
        volunteers: s.resources.volunteers,
        materialsUk: s.resources.materialsUk,
        budgetBand: s.resources.budgetBand,
        partnersNeeded: s.partnersNeeded,
        worksInShelter: s.conditions.worksInShelter,
        needsPower: s.conditions.needsPower,
        needsInternet: s.conditions.needsInternet,
        securityContext: s.conditions.securityContext,
        consentRequired: s.safeguarding.consentRequired,
        noPhotosOfChildren: s.safeguarding.noPhotosOfChildren,
        psychologistNeeded: s.safeguarding.psychologistNeeded,
        safeguardingNotesUk: s.safeguarding.notesUk ?? null,
        evidenceLevel: s.evidenceLevel,
        originOrganization: organizations.map.get(s.originOrganization)!,
        licence: s.licence,
      });
      s.themes.forEach((t, position) => p.themes.add(em.create(PracticeTheme, { practice: p, theme: themes.get(t)!, position })));
      s.audiences.forEach((a) => p.audiences.add(em.create(PracticeAudience, { practice: p, audience: audiences.get(a)! })));
      s.formats.forEach((f) => p.formats.add(em.create(PracticeFormat, { practice: p, format: formats.get(f)! })));
      practices.add(p);
    }
    for (const s of newPractices) if (s.adaptedFrom) practices.map.get(s.slug)!.adaptedFrom = practices.map.get(s.adaptedFrom)!;

    const caseStudies = await bySlug(CaseStudy, 'caseStudies');
    for (const s of caseStudies.missing(catalog.caseStudies)) {
      const c = em.create(CaseStudy, {
        slug: s.slug,
        status: s.status,
        publishedAt: publishedAt(s.status, s.publishedOn),
        titleUk: s.titleUk,
        titleEn: s.titleEn ?? null,
        summaryUk: s.summaryUk,
        summaryEn: s.summaryEn ?? null,
        organization: organizations.map.get(s.organization)!,
        periodStart: s.period.start,
        periodEnd: s.period.end ?? null,
        needUk: s.needUk,
        whatWasDoneUk: s.whatWasDoneUk,
        participantCount: s.participants.count,
        fundersUk: s.fundersUk,
        budgetUah: s.budgetUah ?? null,
        volunteers: s.volunteers,
        challengesUk: s.challengesUk ?? null,
        outcomes: s.outcomes,
        adviceUk: s.adviceUk ?? null,
      });
      s.practices.forEach((p, position) =>
        c.practices.add(
          em.create(CaseStudyPractice, {
            caseStudy: c,
            practice: practices.map.get(p.practice)!,
            position,
            adaptationUk: p.adaptationUk ?? null,
          }),
        ),
      );
      s.partnerOrganizations.forEach((o) =>
        c.partners.add(em.create(CaseStudyPartner, { caseStudy: c, organization: organizations.map.get(o)! })),
      );
      s.participants.audiences.forEach((a) =>
        c.participantAudiences.add(em.create(CaseStudyAudience, { caseStudy: c, audience: audiences.get(a)! })),
      );
      s.impactStories.forEach((st, position) =>
        c.impactStories.add(
          em.create(ImpactStory, {
            caseStudy: c,
            position,
            kind: st.kind,
            textUk: st.textUk,
            attributionUk: st.attributionUk ?? null,
            consentGiven: st.consentGiven,
          }),
        ),
      );
      s.followUps.forEach((f) =>
        c.followUps.add(
          em.create(FollowUp, {
            caseStudy: c,
            monthsAfter: f.monthsAfter,
            recordedOn: f.recordedOn,
            textUk: f.textUk,
            status: 'published',
          }),
        ),
      );
      caseStudies.add(c);
    }

    const collections = await bySlug(Collection, 'collections');
    for (const s of collections.missing(catalog.collections)) {
      const col = em.create(Collection, {
        slug: s.slug,
        titleUk: s.titleUk,
        titleEn: s.titleEn ?? null,
        descriptionUk: s.descriptionUk,
        descriptionEn: s.descriptionEn ?? null,
        curatorNameUk: s.curatorNameUk,
        visibility: s.visibility,
      });
      s.items.forEach((item, i) =>
        col.items.add(
          em.create(CollectionItem, {
            collection: col,
            position: i + 1,
            practice: item.kind === 'practice' ? practices.map.get(item.ref)! : null,
            caseStudy: item.kind === 'case_study' ? caseStudies.map.get(item.ref)! : null,
            noteUk: item.noteUk ?? null,
          }),
        ),
      );
      collections.add(col);
    }
  });
  return { created };
}
