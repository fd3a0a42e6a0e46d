import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { searchHref, withPage, type SearchState } from '../search-state';

/** Previous and next page as links to their addresses, so paging works without JavaScript too. */
export function SearchPager({ state, pages }: { state: SearchState; pages: number }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('search.pages')}>
      {state.page > 1 && (
        <Link className="pager__previous" rel="prev" to={searchHref(withPage(state, state.page - 1))}>
          {t('search.previous')}
        </Link>
      )}
      <span className="pager__current">{t('search.pageOf', { page: state.page, pages })}</span>
      {state.page < pages && (
        <Link className="pager__next" rel="next" to={searchHref(withPage(state, state.page + 1))}>
          {t('search.next')}
        </Link>
      )}
    </nav>
  );
}
