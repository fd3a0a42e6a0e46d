import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { Adoption } from '../adoption/adoption.entity.js';
import { CaseStudyAudience, CaseStudyPartner, CaseStudyPractice } from '../case-study/case-study-links.entity.js';
import { CaseStudy } from '../case-study/case-study.entity.js';
import { FollowUp, ImpactStory } from '../case-study/impact.entity.js';
import { Community } from '../geography/community.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from '../practice/practice-links.entity.js';
import { Practice } from '../practice/practice.entity.js';
import { Theme } from '../taxonomy/taxonomy.entity.js';
import type { SearchType } from './search-index.js';
import { SearchOutbox } from './search-outbox.entity.js';

type Key = `${SearchType}:${string}`;

/**
 * The searchable records a changed entity affects, when that needs no query. A row removed as an
 * orphan has already lost its parent reference, so the parent's id is read from the row as it was loaded.
 */
function directlyAffected(entity: object, original: Record<string, unknown> | undefined): Key[] {
  const id = (ref: { id: string } | null | undefined, column: string) => ref?.id ?? (original?.[column] as string | undefined);
  const keys = (type: SearchType, ...ids: (string | undefined)[]) => ids.filter((i): i is string => !!i).map((i) => `${type}:${i}` as Key);
  if (entity instanceof Practice) return keys('practice', entity.id);
  if (entity instanceof CaseStudy) return keys('case_study', entity.id);
  if (entity instanceof PracticeTheme || entity instanceof PracticeAudience || entity instanceof PracticeFormat) {
    return keys('practice', id(entity.practice, 'practice'));
  }
  if (entity instanceof Adoption) return keys('practice', id(entity.practice, 'practice'));
  if (entity instanceof CaseStudyPractice) {
    return [...keys('case_study', id(entity.caseStudy, 'caseStudy')), ...keys('practice', id(entity.practice, 'practice'))];
  }
  if (
    entity instanceof CaseStudyPartner ||
    entity instanceof CaseStudyAudience ||
    entity instanceof ImpactStory ||
    entity instanceof FollowUp
  ) {
    return keys('case_study', id(entity.caseStudy, 'caseStudy'));
  }
  return [];
}

/**
 * Writes a search outbox row for every searchable record a flush changes, inside that same flush, so
 * a change and its indexing request commit or roll back together. Renaming an organisation, moving a
 * community or renaming a theme changes many documents; those are found with one query each.
 */
export class SearchOutboxSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const keys = new Set<Key>();
    const organizations: string[] = [];
    const communities: string[] = [];
    const themes: string[] = [];
    const caseStudies: string[] = [];
    const appliedPractices = new Set<string>();
    for (const cs of uow.getChangeSets()) {
      const entity = cs.entity as object;
      if (entity instanceof SearchOutbox) continue;
      const affected = directlyAffected(entity, cs.originalEntity as Record<string, unknown> | undefined);
      affected.forEach((k) => keys.add(k));
      // A case study's document shows the themes and formats of the published practices it applies, so a
      // practice published or taken down, or given other themes or formats, changes those documents too.
      if (
        (entity instanceof Practice && cs.type === ChangeSetType.UPDATE && 'status' in cs.payload) ||
        entity instanceof PracticeTheme ||
        entity instanceof PracticeFormat
      ) {
        affected.forEach((k) => appliedPractices.add(k.slice('practice:'.length)));
      }
      if (cs.type !== ChangeSetType.UPDATE) continue;
      if (entity instanceof Organization) organizations.push(entity.id);
      if (entity instanceof Community) communities.push(entity.id);
      if (entity instanceof Theme) themes.push(entity.slug);
      // A case study published or taken down changes where its practices were tried (their adoption count).
      if (entity instanceof CaseStudy && 'status' in cs.payload) caseStudies.push(entity.id);
    }
    if (organizations.length || communities.length || themes.length) {
      const rows: { type: SearchType; id: string }[] = await em.getConnection().execute(
        `select 'practice' as type, p.id from practice p left join organization o on o.id = p.origin_organization_id
          where p.origin_organization_id in (?) or o.community_id in (?)
            or p.id in (select practice_id from practice_theme where theme_slug in (?))
         union
         select 'case_study', c.id from case_study c join organization o on o.id = c.organization_id
          where c.organization_id in (?) or o.community_id in (?)
            or c.id in (select csp.case_study_id from case_study_practice csp join practice_theme pt on pt.practice_id = csp.practice_id where pt.theme_slug in (?))`,
        // An empty list would be invalid SQL; a value no row has keeps the clause false.
        [organizations, communities, themes, organizations, communities, themes].map((list) =>
          list.length ? list : ['00000000-0000-0000-0000-000000000000'],
        ),
        'all',
        em.getTransactionContext(),
      );
      rows.forEach((r) => keys.add(`${r.type}:${r.id}`));
    }
    if (caseStudies.length) {
      const rows: { practice_id: string }[] = await em
        .getConnection()
        .execute(
          `select practice_id from case_study_practice where case_study_id in (?)`,
          [caseStudies],
          'all',
          em.getTransactionContext(),
        );
      rows.forEach((r) => keys.add(`practice:${r.practice_id}`));
    }
    if (appliedPractices.size) {
      const rows: { case_study_id: string }[] = await em
        .getConnection()
        .execute(
          `select distinct case_study_id from case_study_practice where practice_id in (?)`,
          [[...appliedPractices]],
          'all',
          em.getTransactionContext(),
        );
      rows.forEach((r) => keys.add(`case_study:${r.case_study_id}`));
    }
    for (const key of keys) {
      const [recordType, recordId] = key.split(':') as [SearchType, string];
      const row = new SearchOutbox();
      row.recordType = recordType;
      row.recordId = recordId;
      uow.computeChangeSet(row);
    }
  }
}
