import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { assertKnownSlugs, keysetPage } from '../catalog/catalog.query.js';
import { Oblast } from '../geography/oblast.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Audience, Format, Theme } from '../taxonomy/taxonomy.entity.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from './practice-links.entity.js';
import { Practice } from './practice.entity.js';
import { PracticeOrder, type PracticeFilter } from './practice.input.js';
import { PracticeType } from './practice.type.js';

/** Read side of the practice catalogue. Public reads see published practices only. */
export class PracticeService {
  constructor(private readonly em: EntityManager) {}

  async publishedBySlug(slug: string): Promise<Practice | null> {
    return this.em.findOne(Practice, { slug, status: 'published' });
  }

  async list(
    filter: PracticeFilter | null | undefined,
    order: PracticeOrder,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const f = filter ?? {};
    await Promise.all([
      assertKnownSlugs(this.em, Theme, f.themes, 'filter.themes'),
      assertKnownSlugs(this.em, Audience, f.audiences, 'filter.audiences'),
      assertKnownSlugs(this.em, Format, f.formats, 'filter.formats'),
      assertKnownSlugs(this.em, Oblast, f.oblasts, 'filter.oblasts'),
      assertKnownSlugs(this.em, Organization, f.organizations, 'filter.organizations'),
    ]);
    const base = () => this.filtered(f);
    const sort = order === PracticeOrder.TITLE ? 'titleUk' : 'publishedAt';
    const direction = order === PracticeOrder.TITLE ? 'asc' : 'desc';
    return keysetPage(
      () => base().getCount(),
      (where, limit) =>
        base()
          .andWhere(where)
          .orderBy([{ [sort]: direction }, { id: direction }])
          .limit(limit)
          .getResult(),
      { first, after, sort, direction },
      PracticeType.from,
    );
  }

  private filtered(f: PracticeFilter): QueryBuilder<Practice> {
    const em = this.em;
    const qb = em.createQueryBuilder(Practice, 'p').where({ status: 'published' });
    const linked = <L extends object>(entity: new () => L, where: object) =>
      em.createQueryBuilder(entity, 'l').select('l.practice').where(where).getKnexQuery();
    if (f.themes?.length) qb.andWhere({ id: { $in: linked(PracticeTheme, { theme: { $in: f.themes } }) } });
    if (f.audiences?.length) qb.andWhere({ id: { $in: linked(PracticeAudience, { audience: { $in: f.audiences } }) } });
    if (f.formats?.length) qb.andWhere({ id: { $in: linked(PracticeFormat, { format: { $in: f.formats } }) } });
    if (f.organizations?.length) qb.andWhere({ originOrganization: { slug: { $in: f.organizations } } });
    if (f.oblasts?.length) qb.andWhere({ originOrganization: { community: { oblast: { $in: f.oblasts } } } });
    if (f.communityKinds?.length) qb.andWhere({ originOrganization: { community: { kind: { $in: f.communityKinds } } } });
    if (f.evidenceLevels?.length) qb.andWhere({ evidenceLevel: { $in: f.evidenceLevels } });
    if (f.worksInShelter) qb.andWhere({ conditions: { worksInShelter: true } });
    if (f.needsNoPower) qb.andWhere({ conditions: { needsPower: false } });
    if (f.needsNoInternet) qb.andWhere({ conditions: { needsInternet: false } });
    return qb;
  }
}
