import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useNavigate } from '@/shared/router';
import { graphql } from '@/gql';
import { localized } from '@/i18n/localized';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { PracticeCard } from '@/shared/records/PracticeCard/PracticeCard';
import { SearchBox } from '@/shared/ui/SearchBox';
import { paths } from '@/shared/router/paths';

// The chart and its data come after the rest of the page, in their own chunk.
const HomeImpact = lazy(() => import('./HomeImpact'));

const HOME_QUERY = graphql(`
  query Home {
    themes {
      slug
      nameUk
      nameEn
    }
    collections {
      id
      slug
      titleUk
      titleEn
      curator {
        displayName
      }
      items {
        id
      }
    }
    practices(first: 6, orderBy: NEWEST) {
      totalCount
      edges {
        node {
          id
          ...PracticeCard_practice
        }
      }
    }
  }
`);

const FEATURED = 4;

/** The front door: search, themes to start from, curated collections, new practices and their reach. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  usePageTitle(null);
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const { data, loading, error, refetch } = useQuery(HOME_QUERY);

  const search = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.search(q.trim() ? new URLSearchParams({ q: q.trim() }) : ''));
  };

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <SearchBox value={q} onChange={setQ} onSubmit={search} buttonLabel={t('home.searchButton')} />
      </section>

      {loading && !data ? (
        <Loading lines={6} />
      ) : error || !data ? (
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <>
          <section aria-labelledby="home-themes">
            <h2 id="home-themes">{t('home.themes')}</h2>
            <ul className="theme-list">
              {data.themes.map((theme) => (
                <li key={theme.slug}>
                  <Link to={paths.search(new URLSearchParams({ themes: theme.slug }))}>
                    {localized(language, theme.nameUk, theme.nameEn).text}
                  </Link>
                </li>
              ))}
            </ul>
          </section>

          {data.collections.length > 0 && (
            <section aria-labelledby="home-collections">
              <h2 id="home-collections">{t('home.collections')}</h2>
              <ul className="card-list">
                {data.collections.slice(0, FEATURED).map((c) => (
                  <li key={c.id} className="card">
                    <h3 className="card__title">
                      <Link to={paths.collection(c.slug)}>{localized(language, c.titleUk, c.titleEn).text}</Link>
                    </h3>
                    <p className="card__meta">
                      {t('home.items', { count: c.items.length })}
                      {c.curator && ` · ${t('home.curator', { name: c.curator.displayName })}`}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="home-recent">
            <h2 id="home-recent">{t('home.recent')}</h2>
            <ul className="practice-list">
              {data.practices.edges.map(({ node }) => (
                <li key={node.id}>
                  <PracticeCard practice={node} headingLevel={3} />
                </li>
              ))}
            </ul>
            <p>
              <Link to={paths.practices()}>{t('home.allPractices', { count: data.practices.totalCount })}</Link>
            </p>
          </section>
        </>
      )}

      <section aria-labelledby="home-impact">
        <h2 id="home-impact">{t('home.impact')}</h2>
        <Suspense fallback={<Loading lines={2} />}>
          <HomeImpact />
        </Suspense>
      </section>
    </div>
  );
}
