import { useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { localized } from '@/i18n/localized';
import { useTranslation } from '@/i18n/react';
import { Link, useNavigate, useSearchParams } from '@/shared/router';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { PRACTICE_LIST_QUERY, PRACTICE_LIST_START_QUERY, PRACTICE_LIST_THEMES_QUERY } from '../graphql/practice-list.query';
import {
  MAX_PRACTICE_PAGE,
  parsePracticeListParams,
  PRACTICE_PAGE_SIZE,
  practiceListHref,
  practicePageCount,
} from '../model/practice-list-state';
import { PracticeCard } from '@/shared/records/PracticeCard/PracticeCard';
import { paths } from '@/shared/router/paths';

const SKELETON_CARDS = 3;

/**
 * Published practices, newest first, a page at a time, narrowed by theme. Themes and pages are links to
 * their addresses, so the list works the same without JavaScript.
 */
export function PracticeListPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const headingId = useId();
  const themeId = useId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = useMemo(() => parsePracticeListParams(params), [params]);
  const filter = state.theme ? { themes: [state.theme] } : null;

  const themes = useQuery(PRACTICE_LIST_THEMES_QUERY);
  const theme = themes.data?.themes.find((th) => th.slug === state.theme);
  const themeName = theme ? localized(language, theme.nameUk, theme.nameEn).text : null;
  usePageTitle(themeName ? t('practices.titleForTheme', { theme: themeName }) : t('practices.title'));

  // The API pages by cursor: a later page starts after the practices of the pages before it.
  const start = useQuery(PRACTICE_LIST_START_QUERY, {
    variables: { first: (state.page - 1) * PRACTICE_PAGE_SIZE, filter },
    skip: state.page === 1,
  });
  const after = state.page === 1 ? null : start.data?.practices.pageInfo.endCursor;
  const list = useQuery(PRACTICE_LIST_QUERY, {
    variables: { first: PRACTICE_PAGE_SIZE, after, filter },
    skip: state.page > 1 && !after,
  });
  const data = list.data;
  const loading = start.loading || list.loading || (state.page > 1 && !after && !start.error);
  const error = start.error ?? list.error;
  // A failed refetch shows up as `error` on the next render; the rejected promise carries nothing more.
  const retry = () => void (start.error ? start.refetch() : list.refetch()).catch(() => undefined);

  let body;
  if (start.data && !after) {
    // A page past the end (the list got shorter): back to the first one.
    body = (
      <p className="notice">
        <Link to={practiceListHref({ ...state, page: 1 })}>{t('practices.firstPage')}</Link>
      </p>
    );
  } else if (loading) {
    body = (
      <div role="status" className="practice-list__loading">
        <span className="visually-hidden">{t('practices.loading')}</span>
        <ul className="practice-list" aria-hidden="true">
          {Array.from({ length: SKELETON_CARDS }, (_, i) => (
            <li key={i} className="practice-card practice-card--skeleton" />
          ))}
        </ul>
      </div>
    );
  } else if (error || !data) {
    body = (
      <div role="alert" className="notice notice--error">
        <p>{t('practices.error')}</p>
        <button type="button" onClick={retry}>
          {t('practices.retry')}
        </button>
      </div>
    );
  } else {
    const { totalCount, edges } = data.practices;
    const pages = practicePageCount(totalCount);
    body = (
      <>
        <p className="practice-list__count">{t('practices.count', { count: totalCount })}</p>
        {edges.length === 0 ? (
          <p className="notice">{t(state.theme ? 'practices.emptyForTheme' : 'practices.empty')}</p>
        ) : (
          <ul className="practice-list">
            {edges.map(({ node }) => (
              <li key={node.id}>
                <PracticeCard practice={node} />
              </li>
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav className="pager" aria-label={t('practices.pages')}>
            {state.page > 1 && (
              <Link className="pager__previous" rel="prev" to={practiceListHref({ ...state, page: state.page - 1 })}>
                {t('search.previous')}
              </Link>
            )}
            <span className="pager__current">{t('search.pageOf', { page: state.page, pages })}</span>
            {state.page < pages && (
              <Link className="pager__next" rel="next" to={practiceListHref({ ...state, page: state.page + 1 })}>
                {t('search.next')}
              </Link>
            )}
          </nav>
        )}
        {state.page === MAX_PRACTICE_PAGE && totalCount > MAX_PRACTICE_PAGE * PRACTICE_PAGE_SIZE && (
          <p>
            <Link to={paths.search(`type=practice&sort=NEWEST${state.theme ? `&themes=${encodeURIComponent(state.theme)}` : ''}`)}>
              {t('practices.moreInSearch')}
            </Link>
          </p>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby={headingId} aria-busy={loading}>
      <h1 id={headingId}>{t('practices.title')}</h1>
      {themes.data && themes.data.themes.length > 0 && (
        // A GET form: without JavaScript the button applies the theme; with it, choosing one is enough.
        <form
          className="theme-filter"
          method="get"
          action={paths.practices()}
          role="search"
          aria-label={t('practices.byTheme')}
          onSubmit={(event) => {
            event.preventDefault();
            void navigate(practiceListHref({ theme: new FormData(event.currentTarget).get('theme')?.toString() || null, page: 1 }));
          }}
        >
          <label htmlFor={themeId}>{t('practices.theme')}</label>
          <div className="theme-filter__row">
            <select
              id={themeId}
              name="theme"
              value={state.theme ?? ''}
              onChange={(event) => void navigate(practiceListHref({ theme: event.target.value || null, page: 1 }))}
            >
              <option value="">{t('practices.allThemes')}</option>
              {themes.data.themes.map((th) => (
                <option key={th.slug} value={th.slug}>
                  {localized(language, th.nameUk, th.nameEn).text}
                </option>
              ))}
            </select>
            <button type="submit">{t('practices.showTheme')}</button>
          </div>
        </form>
      )}
      {body}
    </section>
  );
}
