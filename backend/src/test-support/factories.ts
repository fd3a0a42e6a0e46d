import type { EntityManager } from '@mikro-orm/postgresql';
import { Adoption } from '../modules/adoption/adoption.entity.js';
import { CaseStudyPractice } from '../modules/case-study/case-study-links.entity.js';
import type { Period } from '../modules/case-study/case-study-parts.entity.js';
import { CaseStudy } from '../modules/case-study/case-study.entity.js';
import { ImpactStory } from '../modules/case-study/impact.entity.js';
import type { RecordStatus } from '../modules/catalog/catalog.limits.js';
import { Collection, CollectionItem } from '../modules/collection/collection.entity.js';
import { Community } from '../modules/geography/community.entity.js';
import { Oblast } from '../modules/geography/oblast.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from '../modules/practice/practice-links.entity.js';
import type { PracticeConditions, PracticeResources, PracticeSafeguarding } from '../modules/practice/practice-parts.entity.js';
import { Practice } from '../modules/practice/practice.entity.js';
import { Audience, Format, Theme } from '../modules/taxonomy/taxonomy.entity.js';

let counter = 0;
const next = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** A small vocabulary: enough themes, audiences, formats and places to exercise every filter. */
export async function buildVocabulary(em: EntityManager) {
  const terms = <T extends typeof Theme>(entity: T, slugs: string[]) =>
    slugs.map((slug, position) => em.create(entity, { slug, nameUk: `uk:${slug}`, nameEn: `en:${slug}`, position }));
  const themes = terms(Theme, ['play-therapy', 'fairy-tale-therapy', 'patriotic-education', 'idp-families']);
  const audiences = terms(Audience, ['children-6-9', 'youth', 'idp-families']);
  const formats = terms(Format, ['in-person', 'online']);
  const oblasts = ['kyiv', 'dnipropetrovsk'].map((slug) => em.create(Oblast, { slug, nameUk: `uk:${slug}`, nameEn: `en:${slug}` }));
  const rear = em.create(Community, {
    slug: 'bila-tserkva',
    nameUk: 'Біла Церква',
    nameEn: 'Bila Tserkva',
    kind: 'rear',
    oblast: oblasts[0]!,
  });
  const frontline = em.create(Community, {
    slug: 'pavlohrad',
    nameUk: 'Павлоград',
    nameEn: 'Pavlohrad',
    kind: 'frontline',
    oblast: oblasts[1]!,
  });
  await em.flush();
  return { themes, audiences, formats, oblasts, rear, frontline };
}

export async function buildOrganization(em: EntityManager, overrides: Partial<Organization> = {}) {
  const slug = overrides.slug ?? `org-${next()}`;
  const org = em.create(Organization, {
    slug,
    nameUk: `Бібліотека ${slug}`,
    nameEn: `Library ${slug}`,
    kind: 'childrens_library',
    ...overrides,
  });
  await em.flush();
  return org;
}

/**
 * The terms a practice links to, made when the test has not built them (buildVocabulary makes the usual
 * ones; call it first when a test needs its places too).
 */
async function ensureTerms(em: EntityManager, links: PracticeLinks) {
  const wanted: [typeof Theme, string[]][] = [
    [Theme, links.themes ?? ['play-therapy']],
    [Audience, links.audiences ?? ['children-6-9']],
    [Format, links.formats ?? ['in-person']],
  ];
  for (const [entity, slugs] of wanted) {
    const known = new Set((await em.find(entity, { slug: { $in: slugs } })).map((t) => t.slug));
    for (const slug of slugs.filter((s) => !known.has(s))) {
      em.create(entity, { slug, nameUk: `uk:${slug}`, nameEn: `en:${slug}`, position: 100 });
    }
  }
}

export interface PracticeLinks {
  themes?: string[];
  audiences?: string[];
  formats?: string[];
}

/** A practice's fields to set; of its grouped parts, only the fields given (the rest are the defaults). */
export type PracticeOverrides = Partial<Omit<Practice, 'resources' | 'conditions' | 'safeguarding'>> & {
  resources?: Partial<PracticeResources>;
  conditions?: Partial<PracticeConditions>;
  safeguarding?: Partial<PracticeSafeguarding>;
};

export async function buildPractice(em: EntityManager, overrides: PracticeOverrides = {}, links: PracticeLinks = {}) {
  await ensureTerms(em, links);
  const { resources, conditions, safeguarding, ...own } = overrides;
  const slug = own.slug ?? `practice-${next()}`;
  const status: RecordStatus = own.status ?? 'published';
  const p = em.create(Practice, {
    slug,
    status,
    publishedAt: status === 'published' ? new Date(Date.UTC(2025, 0, 1) + counter * 60_000) : null,
    titleUk: `Практика ${slug}`,
    summaryUk: 'Короткий опис практики.',
    descriptionUk: 'Докладний опис.',
    goals: ['Мета'],
    steps: [{ titleUk: 'Крок один' }],
    resources: { staff: 1, volunteers: 0, materialsUk: [], budgetBand: 'low', ...resources },
    conditions: { worksInShelter: false, needsPower: true, needsInternet: false, securityContext: 'any', ...conditions },
    safeguarding: { consentRequired: true, noPhotosOfChildren: true, psychologistNeeded: false, ...safeguarding },
    evidenceLevel: 'described',
    ...own,
  });
  (links.themes ?? ['play-therapy']).forEach((theme, position) =>
    p.themes.add(em.create(PracticeTheme, { practice: p, theme: em.getReference(Theme, theme), position })),
  );
  (links.audiences ?? ['children-6-9']).forEach((audience) =>
    p.audiences.add(em.create(PracticeAudience, { practice: p, audience: em.getReference(Audience, audience) })),
  );
  (links.formats ?? ['in-person']).forEach((format) =>
    p.formats.add(em.create(PracticeFormat, { practice: p, format: em.getReference(Format, format) })),
  );
  await em.flush();
  return p;
}

/**
 * A case study; without an `organization`, one of its own is built (the parent it needs), and
 * `practices` are the practices it applied, in order (none unless given).
 */
export async function buildCaseStudy(
  em: EntityManager,
  overrides: Partial<Omit<CaseStudy, 'period' | 'organization' | 'practices'>> & {
    organization?: Organization;
    practices?: Practice[];
    period?: Partial<Period>;
  } = {},
) {
  const { period, practices = [], ...own } = overrides;
  const organization = own.organization ?? (await buildOrganization(em));
  const slug = own.slug ?? `case-${next()}`;
  const status: RecordStatus = own.status ?? 'published';
  const c = em.create(CaseStudy, {
    slug,
    status,
    publishedAt: status === 'published' ? new Date(Date.UTC(2025, 5, 1) + counter * 60_000) : null,
    titleUk: `Кейс ${slug}`,
    summaryUk: 'Що сталося.',
    organization,
    period: { start: '2025-02-01', ...period },
    needUk: 'Потреба.',
    whatWasDoneUk: 'Що зробили.',
    participantCount: 12,
    outcomes: [{ labelUk: 'Зустрічі', value: 8, unitUk: 'зустрічей' }],
    ...own,
  });
  practices.forEach((practice, position) => c.practices.add(em.create(CaseStudyPractice, { caseStudy: c, practice, position })));
  c.impactStories.add(
    em.create(ImpactStory, {
      caseStudy: c,
      position: 0,
      kind: 'quote',
      textUk: 'Діти сміялися.',
      attributionUk: 'мама',
      consentGiven: true,
    }),
  );
  c.impactStories.add(em.create(ImpactStory, { caseStudy: c, position: 1, kind: 'quote', textUk: 'Без згоди.', consentGiven: false }));
  await em.flush();
  return c;
}

export async function buildCollection(em: EntityManager, targets: (Practice | CaseStudy)[], overrides: Partial<Collection> = {}) {
  const slug = overrides.slug ?? `collection-${next()}`;
  const col = em.create(Collection, {
    slug,
    titleUk: `Добірка ${slug}`,
    descriptionUk: 'Опис.',
    curatorNameUk: 'Методистка',
    visibility: 'public',
    ...overrides,
  });
  targets.forEach((t, position) =>
    col.items.add(
      em.create(CollectionItem, {
        collection: col,
        position,
        practice: t instanceof Practice ? t : null,
        caseStudy: t instanceof CaseStudy ? t : null,
        noteUk: `Нотатка ${position + 1}`,
      }),
    ),
  );
  await em.flush();
  return col;
}

/** A valid practice contribution (GraphQL input), using the seed vocabulary. */
export function practiceInput(overrides: Record<string, unknown> = {}) {
  return {
    titleUk: 'Казкова хвилинка в укритті',
    summaryUk: 'Коротка казка і тиха гра, щоб діти заспокоїлися під час тривоги.',
    descriptionUk: 'Бібліотекарка читає казку, діти **малюють** героя. Після — розмова про почуття.',
    themes: ['fairy-tale-therapy', 'psycho-emotional-support'],
    goals: ['заспокоїти дітей під час тривоги'],
    audiences: ['children-6-9', 'children-0-5'],
    formats: ['in-person'],
    groupSize: { min: 3, max: 15 },
    durationMinutes: 30,
    steps: [{ titleUk: 'Підготувати куточок' }, { titleUk: 'Прочитати казку', detailsUk: 'Повільно, з паузами.' }],
    resources: { staff: 1, volunteers: 0, materialsUk: ['книжка', 'олівці'], budgetBand: 'NONE' },
    partnersNeeded: [],
    conditions: { worksInShelter: true, needsPower: false, needsInternet: false, securityContext: 'ANY' },
    safeguarding: { consentRequired: false, noPhotosOfChildren: true, psychologistNeeded: false },
    evidenceLevel: 'DESCRIBED',
    originOrganization: 'pavlohrad-childrens-library',
    ...overrides,
  };
}

/** A valid case study contribution (GraphQL input) applying a published seed practice. */
export function caseStudyInput(practiceSlug: string, overrides: Record<string, unknown> = {}) {
  return {
    titleUk: 'Казки в укритті школи №3',
    summaryUk: 'Щотижневі казкові хвилинки для дітей у шкільному укритті.',
    practices: [{ practice: practiceSlug, adaptationUk: 'Скоротили до 20 хвилин' }],
    organization: 'pavlohrad-childrens-library',
    period: { start: '2025-02-01', end: '2025-05-30' },
    needUk: 'Діти боялися довгих тривог.',
    whatWasDoneUk: 'Бібліотекарки приходили в укриття двічі на тиждень.',
    participants: { audiences: ['children-6-9'], count: 40 },
    outcomes: [{ labelUk: 'зустрічей', value: 32, unitUk: 'разів' }],
    impactStories: [
      { kind: 'QUOTE', textUk: 'Донька тепер сама просить піти в укриття на казку.', attributionUk: 'мама учениці', consentGiven: true },
      { kind: 'OBSERVED_CHANGE', textUk: 'Менше плачу під час тривог.', consentGiven: false },
    ],
    ...overrides,
  };
}

/** A published adoption report of `practice` by `organization` (and `author`, when given). */
export async function buildAdoption(
  em: EntityManager,
  practice: Practice,
  organization: Organization,
  overrides: Partial<
    Pick<
      Adoption,
      'author' | 'adoptedOn' | 'changesUk' | 'resultUk' | 'participantCount' | 'caseStudy' | 'status' | 'hiddenReason' | 'createdAt'
    >
  > = {},
) {
  const a = em.create(Adoption, {
    practice,
    organization,
    adoptedOn: '2025-03-10',
    resultUk: 'Діти прийшли знову наступного тижня.',
    ...overrides,
  });
  await em.flush();
  return a;
}
/** A collection owned by an account, items numbered 1..n as the app numbers them. */
export async function buildOwnedCollection(
  em: EntityManager,
  owner: { id: string },
  targets: (Practice | CaseStudy)[],
  overrides: Partial<Collection> = {},
) {
  const { User } = await import('../modules/account/user.entity.js');
  const col = await buildCollection(em, [], {
    owner: em.getReference(User, owner.id),
    curatorNameUk: null,
    visibility: 'private',
    ...overrides,
  });
  targets.forEach((t, i) =>
    em.create(CollectionItem, {
      collection: col,
      position: i + 1,
      practice: t instanceof Practice ? t : null,
      caseStudy: t instanceof CaseStudy ? t : null,
      noteUk: `Нотатка ${i + 1}`,
    }),
  );
  await em.flush();
  return col;
}

/** A published practice with no taxonomy links, for tests that need no vocabulary. */
export const buildBarePractice = (em: EntityManager, overrides: Partial<Practice> = {}) =>
  buildPractice(em, overrides, { themes: [], audiences: [], formats: [] });
