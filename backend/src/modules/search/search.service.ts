import { LRUCache } from 'lru-cache';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError } from '../../graphql/errors.js';
import { checkPageSize } from '../../graphql/pagination.js';
import { COMMUNITY_KINDS, EVIDENCE_LEVELS } from '../catalog/catalog.limits.js';
import { assertKnownSlugs } from '../catalog/catalog.query.js';
import { Oblast } from '../geography/oblast.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Audience, Format, Theme } from '../taxonomy/taxonomy.entity.js';
import { CONDITIONS, FACETS, SearchUnavailableError, type Facet, type SearchIndex, type SearchSort } from './search-index.js';
import { FACET_LABELS, FACET_VALUE_LABELS } from './search.labels.js';
import type { SearchFilters } from './search.input.js';
import type { SearchFacetCountsType, SearchResultType } from './search.type.js';

/** Deep pages are of no use to a person and costly to every engine. */
export const MAX_SEARCH_WINDOW = 1_000;
export const MAX_QUERY_LENGTH = 200;

export interface SearchArgs {
  query?: string | null;
  filters?: SearchFilters | null;
  type?: string | null;
  sort?: SearchSort | null;
  page?: number | null;
  pageSize?: number | null;
  facets?: Facet[] | null;
  /** Search exactly what was typed: no typo correction. */
  exact?: boolean | null;
}

const unescape = (html: string) =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function checkClosed(field: string, values: string[] | null | undefined, allowed: readonly string[]) {
  const unknown = (values ?? []).filter((v) => !allowed.includes(v));
  if (unknown.length) throw badInput(field, 'unknown', `unknown value(s): ${unknown.join(', ')}; allowed: ${allowed.join(', ')}`);
}

type Label = { uk: string; en: string };
/**
 * Names of vocabulary terms and organisations, which change rarely: forgotten when the catalogue changes
 * (`forgetSearchLabels`, from the change feed), and after a minute should that news be lost.
 */
const LABELS = new LRUCache<string, Label>({ max: 5_000, ttl: 60_000 });

export function forgetSearchLabels(): void {
  LABELS.clear();
}

/** Validates search arguments, asks the engine, and labels the facets in Ukrainian and English. */
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly index: SearchIndex,
  ) {}

  async search(args: SearchArgs): Promise<SearchResultType> {
    const pageSize = checkPageSize(args.pageSize, 'pageSize');
    const page = args.page ?? 1;
    const text = (args.query ?? '').trim();
    if (!Number.isInteger(page) || page < 1) throw badInput('page', 'min', 'must be 1 or more', { min: 1 });
    if (page * pageSize > MAX_SEARCH_WINDOW)
      throw badInput('page', 'max', `page × pageSize must not exceed ${MAX_SEARCH_WINDOW}; narrow the search with filters`, {
        max: MAX_SEARCH_WINDOW,
      });
    if (text.length > MAX_QUERY_LENGTH)
      throw badInput('query', 'tooLong', `must be at most ${MAX_QUERY_LENGTH} characters`, { max: MAX_QUERY_LENGTH });

    const f = args.filters ?? {};
    checkClosed('filters.communityKind', f.communityKind, COMMUNITY_KINDS);
    checkClosed('filters.evidenceLevel', f.evidenceLevel, EVIDENCE_LEVELS);
    checkClosed('filters.conditions', f.conditions, CONDITIONS);
    checkClosed('filters.languages', f.languages, ['uk', 'en']);
    const filters: Partial<Record<Facet, string[]>> = {};
    for (const facet of FACETS) {
      const values = (f as Record<string, string[] | null | undefined>)[facet];
      if (values?.length) filters[facet] = [...new Set(values)];
    }
    if (args.type) filters.type = [args.type];

    const sort: SearchSort = args.sort ?? (text ? 'relevance' : 'newest');
    const facets = args.facets ?? [...FACETS];
    const started = performance.now();
    // The named filter values are checked while the engine searches (one round trip less): a value
    // the catalogue does not know fails the request all the same, and the engine only reads.
    const known = Promise.all([
      assertKnownSlugs(this.em, Theme, f.themes, 'filters.themes'),
      assertKnownSlugs(this.em, Audience, f.audiences, 'filters.audiences'),
      assertKnownSlugs(this.em, Format, f.formats, 'filters.formats'),
      assertKnownSlugs(this.em, Oblast, f.oblast, 'filters.oblast'),
      assertKnownSlugs(this.em, Organization, f.organization, 'filters.organization'),
    ]);
    const searching = this.index.search({
      text,
      filters,
      sort,
      offset: (page - 1) * pageSize,
      limit: pageSize,
      facets,
      exact: args.exact ?? false,
    });
    const [checked, searched] = await Promise.allSettled([known, searching]);
    if (checked.status === 'rejected') throw checked.reason;
    if (searched.status === 'rejected') {
      if (searched.reason instanceof SearchUnavailableError) {
        throw new DomainError('SEARCH_UNAVAILABLE', 'Search is temporarily limited; please try again in a minute');
      }
      throw searched.reason;
    }
    const result = searched.value;
    const tookMs = Math.round((performance.now() - started) * 10) / 10;

    return {
      total: result.total,
      totalIsExact: result.totalIsExact ?? true,
      facetsAreExact: result.facetsAreExact ?? true,
      page,
      pageSize,
      tookMs,
      correctedQuery: result.correctedText ?? null,
      facets: await this.labelFacets(facets, result.facets),
      hits: result.hits.map((h) => ({
        type: h.type,
        id: h.recordId,
        slug: h.slug,
        title: unescape(h.titleHtml),
        summary: unescape(h.summaryHtml),
        highlights: { title: h.titleHtml, summary: h.summaryHtml, snippet: h.snippetHtml },
        themeSlugs: h.themes,
        organizationSlug: h.organization,
      })),
    };
  }

  private async labelFacets(
    requested: readonly Facet[],
    counts: Partial<Record<Facet, Record<string, number>>>,
  ): Promise<SearchFacetCountsType[]> {
    const named = async (entity: typeof Theme | typeof Oblast | typeof Organization, values: string[]) => {
      const names = new Map<string, Label>();
      const missing: string[] = [];
      for (const v of values) {
        const known = LABELS.get(`${entity.name}:${v}`);
        if (known) names.set(v, known);
        else missing.push(v);
      }
      if (missing.length) {
        const rows = await this.em.find(entity as typeof Theme, { slug: { $in: missing } });
        for (const r of rows) {
          const label = { uk: r.nameUk, en: r.nameEn };
          LABELS.set(`${entity.name}:${r.slug}`, label);
          names.set(r.slug, label);
        }
      }
      return names;
    };
    const entityOf: Partial<Record<Facet, typeof Theme | typeof Oblast | typeof Organization>> = {
      themes: Theme,
      audiences: Audience,
      formats: Format,
      oblast: Oblast,
      organization: Organization,
    };
    return Promise.all(
      requested.map(async (facet) => {
        const entries = Object.entries(counts[facet] ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        const entity = entityOf[facet];
        const names = entity
          ? await named(
              entity,
              entries.map(([v]) => v),
            )
          : null;
        return {
          facet,
          labelUk: FACET_LABELS[facet]!.uk,
          labelEn: FACET_LABELS[facet]!.en,
          values: entries.map(([value, count]) => {
            const label = names?.get(value) ?? FACET_VALUE_LABELS[facet]?.[value] ?? { uk: value, en: value };
            return { value, count, labelUk: label.uk, labelEn: label.en };
          }),
        };
      }),
    );
  }
}
