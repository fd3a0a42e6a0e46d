import { useTranslation } from 'react-i18next';
import type { ActiveFilter } from '../search-state';

interface FilterChipsProps {
  active: ActiveFilter[];
  labelOf: (filter: ActiveFilter) => string;
  onRemove: (filter: ActiveFilter) => void;
  onClear: () => void;
}

/** The filters in force, each a button that removes it, and one that removes them all. */
export function FilterChips({ active, labelOf, onRemove, onClear }: FilterChipsProps) {
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
              <button type="button" className="chip" aria-label={t('search.removeFilter', { label })} onClick={() => onRemove(filter)}>
                {label} <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="chip chip--clear" onClick={onClear}>
        {t('search.clearFilters')}
      </button>
    </div>
  );
}
