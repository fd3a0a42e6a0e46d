import { useRef, type ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';

interface FilterPanelProps {
  /** How many filter values are in force; the button says so. */
  activeCount: number;
  /** The search form that the button at the bottom submits. */
  form: string;
  children: ReactNode;
}

/**
 * The filters behind a «Фільтри · 2» button on phones, so the results come first; a sidebar from 720 px.
 * A native <details>: it opens and closes without JavaScript. It is closed in the markup at every width,
 * and app.css shows its content as an open sidebar on wide screens whatever its state (see `.filters`
 * there): markup cannot say "open on wide screens only", and opening it from a script would come too late
 * for a page rendered on the server and not at all without JavaScript.
 */
export function FilterPanel({ activeCount, form, children }: FilterPanelProps) {
  const { t } = useTranslation();
  const details = useRef<HTMLDetailsElement>(null);

  // With JavaScript the filters apply as they are ticked; the button then only folds the panel away and
  // puts the reader back on the «Фільтри» button, just above the results. Without it, it submits the form.
  const fold = () => {
    const element = details.current;
    if (!element?.open) return;
    element.open = false;
    element.querySelector('summary')?.focus();
  };

  return (
    <details className="filters" ref={details}>
      <summary className="filters__toggle">
        {activeCount === 0 ? (
          t('search.filters')
        ) : (
          <>
            <span aria-hidden="true">{t('search.filtersWithCount', { count: activeCount })}</span>
            <span className="visually-hidden">{t('search.filtersWithCountSpoken', { count: activeCount })}</span>
          </>
        )}
      </summary>
      <div className="filters__panel">
        {/* Shown instead of the button where the panel is a sidebar. */}
        <h2 className="filters__heading">{t('search.filters')}</h2>
        {children}
        <button type="submit" form={form} className="filters__apply button--primary" onClick={fold}>
          {t('search.showResults')}
        </button>
      </div>
    </details>
  );
}
