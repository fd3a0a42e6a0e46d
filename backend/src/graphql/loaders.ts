import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createAdoptionLoaders } from '../modules/adoption/adoption.loaders.js';
import { User } from '../modules/account/user.entity.js';
import { CaseStudyAudience, CaseStudyPartner, CaseStudyPractice } from '../modules/case-study/case-study-links.entity.js';
import { CaseStudy } from '../modules/case-study/case-study.entity.js';
import { FollowUp, ImpactStory } from '../modules/case-study/impact.entity.js';
import { CollectionCoCurator, CollectionItem } from '../modules/collection/collection.entity.js';
import { Community } from '../modules/geography/community.entity.js';
import { Oblast } from '../modules/geography/oblast.entity.js';
import { Partnership } from '../modules/geography/partnership.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from '../modules/practice/practice-links.entity.js';
import { Practice } from '../modules/practice/practice.entity.js';
import { Theme } from '../modules/taxonomy/taxonomy.entity.js';
import { Revision } from '../modules/review/review.entity.js';
import { OPEN_REVISION } from '../modules/review/review.workflow.js';

/** One row per key (as `keyOf` reads it off a row), null where none exists. */
function single<T>(load: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T | null>(async (keys) => {
    const byKey = new Map((await load(keys)).map((r) => [keyOf(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Many rows per key, grouped by the owner key that `owner` reads off each row. */
function grouped<T>(load: (keys: readonly string[]) => Promise<T[]>, owner: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await load(keys)) groups.get(owner(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Per-request batch loaders: every nested field goes through one of these, so a list of N records
 * costs the same number of SQL statements as a list of one. Visibility (published only, consent only)
 * is applied here, where the rows are read.
 */
export function createLoaders(em: EntityManager) {
  const ids = (keys: readonly string[]) => ({ $in: [...keys] });
  const byId = (row: { id: string }) => row.id;
  const bySlug = (row: { slug: string }) => row.slug;
  return {
    organization: single((keys) => em.find(Organization, { id: ids(keys) }), byId),
    organizationBySlug: single((keys) => em.find(Organization, { slug: ids(keys) }), bySlug),
    theme: single((keys) => em.find(Theme, { slug: ids(keys) }), bySlug),
    community: single((keys) => em.find(Community, { id: ids(keys) }), byId),
    oblast: single((keys) => em.find(Oblast, { slug: ids(keys) }), bySlug),
    publishedPractice: single((keys) => em.find(Practice, { id: ids(keys), status: 'published' }), byId),
    practiceThemes: grouped(
      (keys) => em.find(PracticeTheme, { practice: ids(keys) }, { populate: ['theme'], orderBy: { position: 'asc' } }),
      (row) => row.practice.id,
    ),
    practiceAudiences: grouped(
      (keys) => em.find(PracticeAudience, { practice: ids(keys) }, { populate: ['audience'], orderBy: { audience: { position: 'asc' } } }),
      (row) => row.practice.id,
    ),
    practiceFormats: grouped(
      (keys) => em.find(PracticeFormat, { practice: ids(keys) }, { populate: ['format'], orderBy: { format: { position: 'asc' } } }),
      (row) => row.practice.id,
    ),
    /** Published case studies that applied each practice, newest first. */
    practiceCaseStudies: grouped(
      (keys) =>
        em.find(
          CaseStudyPractice,
          { practice: ids(keys), caseStudy: { status: 'published' } },
          { populate: ['caseStudy'], orderBy: { caseStudy: { publishedAt: 'desc', id: 'asc' } } },
        ),
      (row) => row.practice.id,
    ),
    /** Published practices each case study applied, in the case study's order. */
    caseStudyPractices: grouped(
      (keys) =>
        em.find(
          CaseStudyPractice,
          { caseStudy: ids(keys), practice: { status: 'published' } },
          { populate: ['practice'], orderBy: { position: 'asc' } },
        ),
      (row) => row.caseStudy.id,
    ),
    caseStudyPartners: grouped(
      (keys) => em.find(CaseStudyPartner, { caseStudy: ids(keys) }, { populate: ['organization'] }),
      (row) => row.caseStudy.id,
    ),
    caseStudyAudiences: grouped(
      (keys) =>
        em.find(CaseStudyAudience, { caseStudy: ids(keys) }, { populate: ['audience'], orderBy: { audience: { position: 'asc' } } }),
      (row) => row.caseStudy.id,
    ),
    /** Only stories whose people gave consent are ever read for the public. */
    caseStudyImpactStories: grouped(
      (keys) => em.find(ImpactStory, { caseStudy: ids(keys), consentGiven: true }, { orderBy: { position: 'asc' } }),
      (row) => row.caseStudy.id,
    ),
    caseStudyFollowUps: grouped(
      (keys) => em.find(FollowUp, { caseStudy: ids(keys), status: 'published' }, { orderBy: { recordedOn: 'asc' } }),
      (row) => row.caseStudy.id,
    ),
    /** Partnerships a community takes part in, on either side. */
    communityPartnerships: new DataLoader<string, Partnership[]>(async (keys) => {
      const rows = await em.find(
        Partnership,
        { $or: [{ communityA: ids(keys) }, { communityB: ids(keys) }] },
        { orderBy: { signedOn: 'asc', slug: 'asc' } },
      );
      return keys.map((k) => rows.filter((p) => p.communityA.id === k || p.communityB.id === k));
    }),
    /** Items whose target is published, in the curator's order. */
    collectionItems: grouped(
      (keys) =>
        em.find(
          CollectionItem,
          {
            collection: ids(keys),
            $or: [{ practice: { status: 'published' } }, { caseStudy: { status: 'published' } }],
          },
          { populate: ['practice', 'caseStudy'], orderBy: { position: 'asc' } },
        ),
      (row) => row.collection.id,
    ),
    publishedCaseStudy: single((keys) => em.find(CaseStudy, { id: ids(keys), status: 'published' }), byId),
    /** The open revision (pending changes) of each practice or case study; only their editors reach it. */
    openRevision: single(
      (keys) => em.find(Revision, { $or: [{ practice: ids(keys) }, { caseStudy: ids(keys) }], status: { $in: [...OPEN_REVISION] } }),
      (row) => (row.practice ?? row.caseStudy)!.id,
    ),
    ...createAdoptionLoaders(em),
    /** Accounts by id; callers expose their display name only. */
    user: single((keys) => em.find(User, { id: ids(keys) }), byId),
    /** Co-curators of each collection, in the order they were added. */
    collectionCoCurators: grouped(
      (keys) =>
        em.find(CollectionCoCurator, { collection: ids(keys) }, { populate: ['user'], orderBy: { addedAt: 'asc', user: { id: 'asc' } } }),
      (row) => row.collection.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * DataLoader's loadMany answers a failed key with its Error in place of the row; used as rows, a database
 * failure would surface as a TypeError far from its cause. This throws the first failure itself, and leaves
 * missing rows (null) to the caller.
 */
export async function loadAll<K, V>(
  loader: { loadMany: (keys: readonly K[]) => Promise<(V | Error)[]> },
  keys: readonly K[],
): Promise<V[]> {
  const rows = await loader.loadMany(keys);
  const failure = rows.find((row): row is Error => row instanceof Error);
  if (failure) throw failure;
  return rows as V[];
}
