import { useTranslation } from '../../../i18n/react';
import { graphql } from '../../../gql';
import type { SearchFacets_FacetFragment } from '../../../gql/graphql';
import { localized } from '../../../i18n/localized';
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
export function SearchFacets({ facets, selected, form, onToggle }: SearchFacetsProps) {
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
        return (
          <fieldset key={facet.facet} className="facet">
            <legend>{localized(language, facet.labelUk, facet.labelEn).text}</legend>
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
                    {localized(language, value.labelUk, value.labelEn).text}{' '}
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

/** The label of a filter value as the facets name it, for chips; the raw value when no facet lists it. */
export function facetLabel(facets: SearchFacets_FacetFragment[], key: FilterKey, value: string, language: string | undefined): string {
  const facet = facets.find((f) => FACET_FILTER[f.facet] === key);
  const found = facet?.values.find((v) => v.value === value);
  return found ? localized(language, found.labelUk, found.labelEn).text : value;
}
