import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { useMe } from '@/shared/session/useMe';
import { MY_COLLECTIONS_QUERY } from '../graphql/collection.queries';
import { CollectionCard } from './CollectionCard';
import { CreateCollectionForm } from './CreateCollectionForm';
import { canCurate } from './curators';
import './collections.css';
import { paths } from '@/shared/router/paths';

/** My collections (owned or co-curated), the public ones, and a form to start a new one. */
export function CollectionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('collections.title'));
  const { me, loading: meLoading } = useMe();
  const { data, loading, error, refetch } = useQuery(MY_COLLECTIONS_QUERY, { variables: { signedIn: !!me }, skip: meLoading });
  const mine = data?.myCollections ?? [];

  return (
    <div className="collections-page">
      <h1>{t('collections.title')}</h1>
      <p>{t('collections.intro')}</p>

      {meLoading ? null : canCurate(me?.role) ? (
        <CreateCollectionForm />
      ) : (
        <p className="notice">
          {me ? (
            t('collections.create.notAllowed')
          ) : (
            <>
              {t('collections.create.signInFirst')} <Link to={paths.signIn(paths.collections)}>{t('account.signIn')}</Link>
            </>
          )}
        </p>
      )}

      {(loading || meLoading) && !data ? (
        <Loading lines={5} label={t('collections.loading')} />
      ) : error || !data ? (
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <>
          {me && (
            <section aria-labelledby="my-collections">
              <h2 id="my-collections">{t('collections.mine')}</h2>
              {mine.length === 0 ? (
                <p>{t('collections.mineEmpty')}</p>
              ) : (
                <ul className="card-list">
                  {mine.map((c) => (
                    <li key={c.id}>
                      <CollectionCard collection={c} showVisibility />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <section aria-labelledby="public-collections">
            <h2 id="public-collections">{t('collections.public')}</h2>
            {data.collections.length === 0 ? (
              <p>{t('collections.publicEmpty')}</p>
            ) : (
              <ul className="card-list">
                {data.collections.map((c) => (
                  <li key={c.id}>
                    <CollectionCard collection={c} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
