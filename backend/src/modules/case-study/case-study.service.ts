import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { assertKnownSlugs, keysetPage } from '../catalog/catalog.query.js';
import { Oblast } from '../geography/oblast.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { PracticeTheme } from '../practice/practice-links.entity.js';
import { Theme } from '../taxonomy/taxonomy.entity.js';
import { CaseStudyPractice } from './case-study-links.entity.js';
import { CaseStudy } from './case-study.entity.js';
import type { CaseStudyFilter } from './case-study.input.js';
import { CaseStudyType } from './case-study.type.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Read side of case studies. Public reads see published case studies only. */
export class CaseStudyService {
  constructor(private readonly em: EntityManager) {}

  /** By id or by slug; an id that is not a UUID simply finds nothing. */
  async published(key: { id?: string | null; slug?: string | null }): Promise<CaseStudy | null> {
    if (key.id) return UUID.test(key.id) ? this.em.findOne(CaseStudy, { id: key.id, status: 'published' }) : null;
    if (key.slug) return this.em.findOne(CaseStudy, { slug: key.slug, status: 'published' });
    return null;
  }

  async list(filter: CaseStudyFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    const f = filter ?? {};
    await Promise.all([
      assertKnownSlugs(this.em, Theme, f.themes, 'filter.themes'),
      assertKnownSlugs(this.em, Oblast, f.oblasts, 'filter.oblasts'),
      assertKnownSlugs(this.em, Organization, f.organizations, 'filter.organizations'),
    ]);
    const base = () => this.filtered(f);
    return keysetPage(
      () => base().getCount(),
      (where, limit) =>
        base()
          .andWhere(where)
          .orderBy([{ publishedAt: 'desc' }, { id: 'desc' }])
          .limit(limit)
          .getResult(),
      { first, after, sort: 'publishedAt', direction: 'desc' },
      CaseStudyType.from,
    );
  }

  private filtered(f: CaseStudyFilter): QueryBuilder<CaseStudy> {
    const em = this.em;
    const qb = em.createQueryBuilder(CaseStudy, 'c').where({ status: 'published' });
    const applied = (where: object) => em.createQueryBuilder(CaseStudyPractice, 'l').select('l.caseStudy').where(where).getKnexQuery();
    if (f.practices?.length) qb.andWhere({ id: { $in: applied({ practice: { slug: { $in: f.practices } } }) } });
    if (f.themes?.length) {
      const practicesWithTheme = em
        .createQueryBuilder(PracticeTheme, 't')
        .select('t.practice')
        .where({ theme: { $in: f.themes } })
        .getKnexQuery();
      qb.andWhere({ id: { $in: applied({ practice: { $in: practicesWithTheme } }) } });
    }
    if (f.organizations?.length) qb.andWhere({ organization: { slug: { $in: f.organizations } } });
    if (f.oblasts?.length) qb.andWhere({ organization: { community: { oblast: { $in: f.oblasts } } } });
    if (f.communityKinds?.length) qb.andWhere({ organization: { community: { kind: { $in: f.communityKinds } } } });
    return qb;
  }
}
