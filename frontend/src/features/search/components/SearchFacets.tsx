import { useTranslation, type TFunction } from '@/i18n/react';
import { graphql } from '@/gql';
import type { EvidenceLevel, SearchFacets_FacetFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { FACET_FILTER, type FilterKey } from '../search-state';

export const SEARCH_FACETS_FRAGMENT = graphql(`
  fragment SearchFacets_facet on SearchFacetCounts {
    facet
    labelUk
    labelEn
    values {
      value
      count
      labelUk
      labelEn
    }
  }
`);

interface SearchFacetsProps {
  facets: SearchFacets_FacetFragment[];
  /** How many records match: a facet whose every value counts them all cannot narrow, and is not shown. */
  total: number;
  selected: Record<FilterKey, string[]>;
  /** The search form the checkboxes belong to: without JavaScript, submitting it applies them. */
  form: string;
  onToggle: (key: FilterKey, value: string) => void;
}

/**
 * Every facet the API counted, as groups of checkboxes with counts. A checked value stays even at zero.
 * Each checkbox is a field of the search form (name = the URL parameter), so the same markup filters by
 * submitting the form when there is no script, and at once, through `onToggle`, when there is.
 */
export function SearchFacets({ facets, total, selected, form, onToggle }: SearchFacetsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <>
      {facets.map((facet) => {
        const key = FACET_FILTER[facet.facet];
        const listed = new Set(facet.values.map((v) => v.value));
        const values = [
          ...facet.values,
          ...selected[key].filter((v) => !listed.has(v)).map((value) => ({ value, count: 0, labelUk: value, labelEn: value })),
        ];
        if (values.length === 0) return null;
        if (selected[key].length === 0 && total > 0 && values.every((v) => v.count >= total)) return null;
        return (
          <fieldset key={facet.facet} className="facet">
            <legend>{facetName(facet, language, t)}</legend>
            <ul>
              {values.map((value) => (
                <li key={value.value}>
                  <label>
                    <input
                      type="checkbox"
                      form={form}
                      name={key}
                      value={value.value}
                      checked={selected[key].includes(value.value)}
                      onChange={() => onToggle(key, value.value)}
                    />{' '}
                    {valueName(facet.facet, value, language, t)}{' '}
                    <span className="facet__count">
                      <span aria-hidden="true">({value.count})</span>
                      <span className="visually-hidden">{t('search.facetCount', { count: value.count })}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </>
  );
}

/** A facet's name: the API's, except where the catalogue says it more exactly (the language of the description). */
function facetName(facet: SearchFacets_FacetFragment, language: string | undefined, t: TFunction): string {
  if (facet.facet === 'LANGUAGES') return t('search.facetLanguages');
  // Named as on the practice page and the cards, from the same catalogue keys.
  if (facet.facet === 'AUDIENCES') return t('practice.audiences');
  if (facet.facet === 'EVIDENCE_LEVEL') return t('practiceCard.evidence');
  return localized(language, facet.labelUk, facet.labelEn).text;
}

const EVIDENCE_LEVELS = new Set<string>(['DESCRIBED', 'DOCUMENTED', 'EVALUATED', 'REPLICATED'] satisfies EvidenceLevel[]);

/** A value's name: the API's, except evidence levels, which the catalogue names once for facets and cards alike. */
function valueName(facet: string, value: { value: string; labelUk: string; labelEn: string }, language: string | undefined, t: TFunction) {
  const level = value.value.toUpperCase();
  if (facet === 'EVIDENCE_LEVEL' && EVIDENCE_LEVELS.has(level)) return t(`evidenceLevel.${level as EvidenceLevel}`);
  return localized(language, value.labelUk, value.labelEn).text;
}

/** The label of a filter value as the facets name it, for chips; the raw value when no facet lists it. */
export function facetLabel(
  facets: SearchFacets_FacetFragment[],
  key: FilterKey,
  value: string,
  language: string | undefined,
  t: TFunction,
): string {
  const facet = facets.find((f) => FACET_FILTER[f.facet] === key);
  const found = facet?.values.find((v) => v.value === value);
  return facet && found ? valueName(facet.facet, found, language, t) : value;
}
