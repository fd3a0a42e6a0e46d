import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import type { ActiveFilter } from '../search-state';

interface FilterChipsProps {
  active: ActiveFilter[];
  labelOf: (filter: ActiveFilter) => string;
  /** The address without this one filter. */
  hrefWithout: (filter: ActiveFilter) => string;
  /** The address without any filter. */
  clearHref: string;
}

/**
 * The filters in force, each a link to the same search without it, and one to the search without them all.
 * Links rather than buttons: they work before the page's script has loaded, and back undoes them.
 */
export function FilterChips({ active, labelOf, hrefWithout, clearHref }: FilterChipsProps) {
  const { t } = useTranslation();
  if (active.length === 0) return null;
  return (
    <div className="chips">
      <h2 className="visually-hidden">{t('search.activeFilters')}</h2>
      <ul>
        {active.map((filter) => {
          const label = labelOf(filter);
          return (
            <li key={`${filter.key}:${filter.value}`}>
              <Link className="chip" to={hrefWithout(filter)} aria-label={t('search.removeFilter', { label })}>
                {label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          );
        })}
        <li>
          <Link className="chip chip--clear" to={clearHref}>
            {t('search.clearFilters')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
