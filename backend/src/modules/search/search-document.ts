import type { EntityManager } from '@mikro-orm/postgresql';
import { summariseTriedIn, triedInRows } from '../adoption/adoption.queries.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { Practice } from '../practice/practice.entity.js';
import type { SearchDocument, SearchType } from './search-index.js';

/** The index id of a record. */
export const documentId = (type: SearchType, recordId: string) => `${type}:${recordId}`;

/**
 * Markdown to plain words: emphasis, headings, links and list marks removed. Inline marks (`**`, `_`…)
 * go without a trace, so "**Перша зустріч**: …" reads "Перша зустріч: …"; block marks leave a space.
 */
export function plainText(markdown: string | null | undefined): string {
  if (!markdown) return '';
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(?<![\p{L}\p{N}])[*_`~]+|[*_`~]+(?![\p{L}\p{N}])/gu, '')
    .replace(/[#>*_`~|]+/g, ' ')
    .replace(/^\s*[-+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');
const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Builds the search documents of published practices among the given ids, reading the current state
 * from the database (latest state wins). Ids that are not published yield no document.
 */
export async function practiceDocuments(em: EntityManager, ids: string[]): Promise<SearchDocument[]> {
  if (!ids.length) return [];
  const rows = await em.find(
    Practice,
    { id: { $in: ids }, status: 'published' },
    { populate: ['themes.theme', 'audiences', 'formats', 'originOrganization.community'], strategy: 'select-in' },
  );
  const adoption = await adoptionCounts(
    em,
    rows.map((r) => r.id),
  );
  return rows.map((p) => {
    const themes = p.themes.getItems().map((t) => t.theme);
    const community = p.originOrganization?.community ?? null;
    const conditions = [
      ...(p.conditions.worksInShelter ? ['works_in_shelter'] : []),
      ...(!p.conditions.needsPower ? ['no_power_needed'] : []),
      ...(!p.conditions.needsInternet ? ['no_internet_needed'] : []),
    ];
    return {
      id: documentId('practice', p.id),
      type: 'practice',
      recordId: p.id,
      slug: p.slug,
      titleUk: p.titleUk,
      titleEn: p.titleEn ?? null,
      summaryUk: p.summaryUk,
      summaryEn: p.summaryEn ?? null,
      themeNames: themes.flatMap((t) => [t.nameUk, t.nameEn]),
      body: join(
        plainText(p.descriptionUk),
        p.goals.join(' '),
        p.steps.map((s) => join(s.titleUk, plainText(s.detailsUk))).join(' '),
        p.resources.materialsUk.join(' '),
        plainText(p.safeguarding.notesUk),
        plainText(p.descriptionEn),
      ),
      themes: themes.map((t) => t.slug),
      audiences: p.audiences.getItems().map((a) => a.audience.slug),
      formats: p.formats.getItems().map((f) => f.format.slug),
      oblast: community?.oblast.slug ?? null,
      communityKind: community?.kind ?? null,
      organization: p.originOrganization?.slug ?? null,
      evidenceLevel: p.evidenceLevel,
      conditions,
      languages: p.titleEn ? ['uk', 'en'] : ['uk'],
      publishedAt: (p.publishedAt ?? p.createdAt).getTime(),
      adoptionCount: adoption.get(p.id) ?? 0,
    } satisfies SearchDocument;
  });
}

/**
 * Number of distinct communities where each practice was tried (published adoption reports and case
 * studies): the same figure as `Practice.triedIn.communityCount`.
 */
async function adoptionCounts(em: EntityManager, practiceIds: string[]): Promise<Map<string, number>> {
  const triedIn = summariseTriedIn(await triedInRows(em, practiceIds));
  return new Map([...triedIn].map(([id, t]) => [id, t.communityCount]));
}

/** Search documents of published case studies among the given ids. */
export async function caseStudyDocuments(em: EntityManager, ids: string[]): Promise<SearchDocument[]> {
  if (!ids.length) return [];
  const rows = await em.find(
    CaseStudy,
    { id: { $in: ids }, status: 'published' },
    {
      populate: [
        'practices.practice.themes.theme',
        'practices.practice.formats',
        'participantAudiences',
        'organization.community',
        'impactStories',
        'followUps',
      ],
    },
  );
  return rows.map((c) => {
    const applied = c.practices
      .getItems()
      .map((l) => l.practice)
      .filter((p) => p.status === 'published');
    const themes = unique(applied.flatMap((p) => p.themes.getItems().map((t) => t.theme)));
    const community = c.organization.community ?? null;
    return {
      id: documentId('case_study', c.id),
      type: 'case_study',
      recordId: c.id,
      slug: c.slug,
      titleUk: c.titleUk,
      titleEn: c.titleEn ?? null,
      summaryUk: c.summaryUk,
      summaryEn: c.summaryEn ?? null,
      themeNames: themes.flatMap((t) => [t.nameUk, t.nameEn]),
      body: join(
        plainText(c.needUk),
        plainText(c.whatWasDoneUk),
        plainText(c.challengesUk),
        plainText(c.adviceUk),
        c.outcomes.map((o) => o.labelUk).join(' '),
        c.impactStories
          .getItems()
          .filter((s) => s.consentGiven)
          .map((s) => s.textUk)
          .join(' '),
        c.followUps
          .getItems()
          .filter((f) => f.status === 'published')
          .map((f) => f.textUk)
          .join(' '),
      ),
      themes: themes.map((t) => t.slug),
      audiences: c.participantAudiences.getItems().map((a) => a.audience.slug),
      formats: unique(applied.flatMap((p) => p.formats.getItems().map((f) => f.format.slug))),
      oblast: community?.oblast.slug ?? null,
      communityKind: community?.kind ?? null,
      organization: c.organization.slug,
      evidenceLevel: null,
      conditions: [],
      languages: c.titleEn ? ['uk', 'en'] : ['uk'],
      publishedAt: (c.publishedAt ?? c.createdAt).getTime(),
      adoptionCount: 0,
    } satisfies SearchDocument;
  });
}

/** Documents for records of one type. */
export function documentsOf(em: EntityManager, type: SearchType, ids: string[]): Promise<SearchDocument[]> {
  return type === 'practice' ? practiceDocuments(em, ids) : caseStudyDocuments(em, ids);
}
