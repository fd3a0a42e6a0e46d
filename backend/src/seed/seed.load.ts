import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStudy } from '../modules/case-study/case-study.entity.js';
import { FollowUp } from '../modules/case-study/impact.entity.js';
import type { RecordStatus } from '../modules/catalog/catalog.limits.js';
import { Collection, CollectionItem } from '../modules/collection/collection.entity.js';
import { Community } from '../modules/geography/community.entity.js';
import { Oblast } from '../modules/geography/oblast.entity.js';
import { Partnership } from '../modules/geography/partnership.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { Practice } from '../modules/practice/practice.entity.js';
import {
  applyCaseStudyContent,
  applyPracticeContent,
  inSlugOrder,
  type SlugResolver,
  type Sluggable,
} from '../modules/contribution/record-content.js';
import { Audience, Format, Theme } from '../modules/taxonomy/taxonomy.entity.js';
import type { SeedCatalog } from './seed.read.js';

export interface SeedReport {
  created: Record<string, number>;
}

const publishedAt = (status: string, day: string | undefined) =>
  status === 'published' ? new Date(`${day ?? '2025-01-14'}T09:00:00Z`) : null;

/** Resolves content's slugs among rows at hand (stored or being loaded) instead of asking the database. */
function slugsAmong(tables: [new () => Sluggable, Map<string, Sluggable>][]): SlugResolver {
  const byEntity = new Map(tables);
  return {
    async find<T extends Sluggable>(entity: new () => T, slugs: readonly string[], field: string, publishedOnly = false) {
      const rows = [...(byEntity.get(entity)?.values() ?? [])] as T[];
      const visible = publishedOnly ? rows.filter((r) => (r as { status?: RecordStatus }).status === 'published') : rows;
      return inSlugOrder(entity, visible, slugs, field);
    },
  };
}

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

    // Practices and case studies are written through the same appliers as an editor's save, with their
    // slugs resolved among the rows at hand. Every new record exists (slug, status) before any content is
    // applied, so a practice may be adapted from one that comes later in the files.
    const practices = await bySlug(Practice, 'practices');
    const caseStudies = await bySlug(CaseStudy, 'caseStudies');
    const slugs = slugsAmong([
      [Theme, themes],
      [Audience, audiences],
      [Format, formats],
      [Organization, organizations.map],
      [Practice, practices.map],
    ]);
    const start = <T extends Practice | CaseStudy>(record: T, s: { slug: string; status: RecordStatus; publishedOn?: string }) => {
      record.slug = s.slug;
      record.status = s.status;
      record.publishedAt = publishedAt(s.status, s.publishedOn);
      return record;
    };

    const newPractices = practices.missing(catalog.practices);
    for (const s of newPractices) practices.add(start(new Practice(), s));
    for (const s of newPractices) await applyPracticeContent(em, practices.map.get(s.slug)!, s, slugs);

    for (const s of caseStudies.missing(catalog.caseStudies)) {
      const c = start(new CaseStudy(), s);
      await applyCaseStudyContent(em, c, s, slugs);
      // Follow-ups come through review in the app; the seed files carry them already published.
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
