import type { EntityManager } from '@mikro-orm/postgresql';
import { Adoption } from './adoption.entity.js';

/**
 * Where a practice was tried: published adoption reports and published case studies that applied it.
 * The "tried in N communities" figure on a practice page and the search `adoptionCount` both come
 * from here, so they cannot drift apart.
 */
const TRIED_IN_EVENTS = `
  select a.practice_id, a.organization_id, a.adopted_on as on_date, a.case_study_id
    from adoption a
   where a.status = 'published' and a.practice_id in (?)
  union all
  select csp.practice_id, cs.organization_id, cs.period_start, null
    from case_study_practice csp
    join case_study cs on cs.id = csp.case_study_id and cs.status = 'published'
   where csp.practice_id in (?)`;

export interface TriedInRow {
  practice_id: string;
  organization_id: string;
  community_id: string | null;
  first_on: string;
}

export interface TriedIn {
  communityCount: number;
  organizationCount: number;
  /** Distinct communities, earliest first, each with the date the practice was first tried there. */
  communities: { communityId: string; firstTriedOn: string }[];
}

export const NOT_TRIED: TriedIn = { communityCount: 0, organizationCount: 0, communities: [] };

/** One statement: per practice and organisation, its community and the earliest date it tried the practice. */
export function triedInRows(em: EntityManager, practiceIds: readonly string[]): Promise<TriedInRow[]> {
  if (!practiceIds.length) return Promise.resolve([]);
  return em.getConnection().execute(
    `select e.practice_id, e.organization_id, o.community_id, to_char(min(e.on_date), 'YYYY-MM-DD') as first_on
       from (${TRIED_IN_EVENTS}) e
       join organization o on o.id = e.organization_id
      group by e.practice_id, e.organization_id, o.community_id`,
    [practiceIds, practiceIds],
  );
}

/**
 * Per practice: distinct organisations, and distinct communities with their first date. An
 * organisation with no community counts as an organisation only: "tried in N communities" must
 * equal the length of the list shown under it.
 */
export function summariseTriedIn(rows: TriedInRow[]): Map<string, TriedIn> {
  const byPractice = new Map<string, { orgs: Set<string>; communities: Map<string, string> }>();
  for (const r of rows) {
    let p = byPractice.get(r.practice_id);
    if (!p) byPractice.set(r.practice_id, (p = { orgs: new Set(), communities: new Map() }));
    p.orgs.add(r.organization_id);
    if (!r.community_id) continue;
    const seen = p.communities.get(r.community_id);
    if (!seen || r.first_on < seen) p.communities.set(r.community_id, r.first_on);
  }
  const result = new Map<string, TriedIn>();
  for (const [practiceId, p] of byPractice) {
    const communities = [...p.communities]
      .map(([communityId, firstTriedOn]) => ({ communityId, firstTriedOn }))
      .sort((a, b) => a.firstTriedOn.localeCompare(b.firstTriedOn) || a.communityId.localeCompare(b.communityId));
    result.set(practiceId, { communityCount: communities.length, organizationCount: p.orgs.size, communities });
  }
  return result;
}

export interface MonthCount {
  month: string;
  count: number;
}

/**
 * Adoptions per month of each practice. A report that grew into a published case study of the same
 * practice is one adoption, not two: the case study stands for it.
 */
export async function adoptionMonths(em: EntityManager, practiceIds: readonly string[]): Promise<Map<string, MonthCount[]>> {
  if (!practiceIds.length) return new Map();
  const rows: { practice_id: string; month: string; n: number }[] = await em.getConnection().execute(
    `select e.practice_id, to_char(e.on_date, 'YYYY-MM') as month, count(*)::int as n
       from (${TRIED_IN_EVENTS}) e
      where e.case_study_id is null
         or not exists (
              select 1 from case_study_practice csp
                join case_study cs on cs.id = csp.case_study_id and cs.status = 'published'
               where csp.case_study_id = e.case_study_id and csp.practice_id = e.practice_id)
      group by 1, 2
      order by 1, 2`,
    [practiceIds, practiceIds],
  );
  const result = new Map<string, MonthCount[]>();
  for (const r of rows) {
    const list = result.get(r.practice_id) ?? [];
    list.push({ month: r.month, count: r.n });
    result.set(r.practice_id, list);
  }
  for (const [id, list] of result) result.set(id, withEmptyMonths(list));
  return result;
}

/** Fills the months between the first and the last with zeros, so a chart's x axis is time. */
export function withEmptyMonths(sorted: MonthCount[]): MonthCount[] {
  if (sorted.length < 2) return sorted;
  const counts = new Map(sorted.map((m) => [m.month, m.count]));
  const [y0, m0] = sorted[0]!.month.split('-').map(Number) as [number, number];
  const last = sorted.at(-1)!.month;
  const out: MonthCount[] = [];
  for (let i = 0; ; i++) {
    const d = new Date(Date.UTC(y0, m0 - 1 + i, 1));
    const month = d.toISOString().slice(0, 7);
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month === last) return out;
  }
}

/**
 * The newest `first` published reports of each owner (a practice or an organisation) in one
 * statement. An organisation's list leaves out reports of practices that are no longer published.
 */
export async function newestAdoptions(
  em: EntityManager,
  owner: 'practice' | 'organization',
  ownerIds: readonly string[],
  first: number,
): Promise<Adoption[]> {
  if (!ownerIds.length) return [];
  const column = owner === 'practice' ? 'practice_id' : 'organization_id';
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select a.* from adoption a
       join (select x.id, row_number() over (partition by x.${column} order by x.adopted_on desc, x.created_at desc, x.id desc) as rn
               from adoption x
               join practice p on p.id = x.practice_id and p.status = 'published'
              where x.status = 'published' and x.${column} in (?)) r on r.id = a.id
      where r.rn <= ?
      order by a.adopted_on desc, a.created_at desc, a.id desc`,
    [ownerIds, first],
  );
  return rows.map((row) => em.map(Adoption, row));
}
