import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '@/gql';
import { useTranslation } from '@/i18n/react';
import { Link, useNavigate } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import { paths } from '@/shared/router/paths';

const MY_SAVED_LIST = graphql(`
  query MySavedList {
    mySavedList {
      id
      slug
    }
  }
`);

/** /saved: the person's own saved list is a collection; this address opens it (or says how to fill it). */
export function SavedListPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={t('saved.title')} reason="saved.signInReason">
      {() => <SavedList />}
    </RequireSignIn>
  );
}

function SavedList() {
  const { t } = useTranslation();
  usePageTitle(t('saved.title'));
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MY_SAVED_LIST, { fetchPolicy: 'network-only' });
  const slug = data?.mySavedList?.slug;
  useEffect(() => {
    if (slug) void navigate(paths.collection(slug), { replace: true });
  }, [slug, navigate]);
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  if (loading || slug) return <Loading lines={4} />;
  return (
    <section className="narrow">
      <h1>{t('saved.title')}</h1>
      <p>{t('saved.empty')}</p>
      <p>
        <Link to={paths.search()}>{t('saved.findSomething')}</Link>
      </p>
    </section>
  );
}
