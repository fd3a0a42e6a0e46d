import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId, useSyncExternalStore } from 'react';
import { loadFeatureCatalogue } from '@/i18n/i18n';
import { useTranslation } from '@/i18n/react';
import { Link, useLocation } from '@/shared/router';
import type { CollectionDetails_CollectionFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { RichText } from '@/shared/ui/RichText';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { useMe } from '@/shared/session/useMe';
import { COLLECTION_PAGE_QUERY } from '../graphql/collection.queries';
import { useCollectionRef } from '../hooks/useCollectionRef';
import { CoCurators } from './CoCurators';
import { CollectionItemView, targetPath, targetTitle } from './CollectionItemView';
import { CollectionSettings } from './CollectionSettings';
import { CopyCollectionButton } from './CopyCollectionButton';
import { canCurate } from './curators';
import { DeleteCollection } from './DeleteCollection';
import { ShareLink } from './ShareLink';
import './collections.css';
import { paths } from '@/shared/router/paths';

// dnd-kit comes only for curators, with the editor.
const CollectionItemsEditor = lazy(() => import('./CollectionItemsEditor'));
// «Зберегти офлайн» and its words come after the page.
const KeepButton = lazy(() => import('@/features/offline/components/keep-loader').then((m) => m.loadKeepButton(loadFeatureCatalogue)));
const noChanges = () => () => {};

/** A collection: its items in order with the curator's notes; for curators, the tools to shape it. */
export function CollectionPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { variables, base, token } = useCollectionRef();
  const location = useLocation();
  const { me } = useMe();
  // What the device keeps is known only in the browser: the button comes after hydration, never in the HTML.
  const hydrated = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
  const { data, loading, error, refetch } = useQuery(COLLECTION_PAGE_QUERY, { variables });
  const collection = data?.collection ?? data?.sharedCollection ?? null;
  const title = collection ? localized(language, collection.titleUk, collection.titleEn) : null;
  usePageTitle(title?.text, {
    type: 'article',
    description: collection?.descriptionUk ? localized(language, collection.descriptionUk, collection.descriptionEn).text : undefined,
  });

  if (loading && !data) return <Loading lines={8} label={t('collections.loading')} />;
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!collection || !title) return <NotFound />;

  const copyable = canCurate(me?.role) && (collection.visibility === 'PUBLIC' || token !== null);
  const justCopied = (location.state as { copied?: boolean } | null)?.copied === true;

  return (
    <article className="record collection-page">
      <header className="record__header">
        <p className="record__kind">{t('collections.kind')}</p>
        <h1 lang={title.lang}>{title.text}</h1>
        <CuratorLine collection={collection} />
        {justCopied && (
          <p role="status" className="notice">
            {t('collections.copy.done')}
          </p>
        )}
        <div className="record__actions no-print">
          <Link className="button" to={paths.print(base)}>
            {t('collections.print.open')}
          </Link>
          {copyable && <CopyCollectionButton collectionId={collection.id} shareToken={token} />}
          {hydrated && (
            <Suspense fallback={null}>
              <KeepButton
                target={{
                  collection: {
                    href: base,
                    title: title.text,
                    summary: collection.descriptionUk ?? '',
                    items: collection.items.map(({ target }) => ({
                      kind: target.__typename === 'Practice' ? 'practice' : 'caseStudy',
                      href: targetPath(target),
                      title: targetTitle(language, target).text,
                    })),
                  },
                }}
              />
            </Suspense>
          )}
        </div>
      </header>

      {collection.viewerCanManage && collection.visibility === 'UNLISTED' && collection.shareToken && (
        <ShareLink token={collection.shareToken} />
      )}

      <RichText html={collection.descriptionHtml} lang="uk" className="rich-text collection-description" />

      <Items collection={collection} />

      {collection.viewerCanManage && (
        <div className="collection-manage no-print">
          <CollectionSettings key={collection.id} collection={collection} onReload={() => refetch()} />
          <CoCurators collection={collection} />
          <DeleteCollection id={collection.id} title={title.text} />
        </div>
      )}
    </article>
  );
}

function CuratorLine({ collection }: { collection: CollectionDetails_CollectionFragment }) {
  const { t } = useTranslation();
  const names = [collection.curator, ...collection.coCurators].filter((c) => c != null).map((c) => c.displayName);
  return (
    <p className="card__meta">
      {names.length > 0 && t('collections.curatedBy', { count: names.length, name: names.join(', ') })}
      {collection.viewerCanEdit && (
        <>
          {names.length > 0 && ' · '}
          {t(`collections.visibility.${collection.visibility}`)}
        </>
      )}
    </p>
  );
}

function Items({ collection }: { collection: CollectionDetails_CollectionFragment }) {
  const { t } = useTranslation();
  const headingId = useId();
  const readOnly = (
    <ol className="collection-items" aria-labelledby={headingId}>
      {collection.items.map((item) => (
        <li key={item.id} className="collection-item" aria-labelledby={`${headingId}-${item.id}`}>
          <CollectionItemView item={item} headingId={`${headingId}-${item.id}`} />
        </li>
      ))}
    </ol>
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {collection.items.length === 0
          ? t('collections.itemsHeadingNone')
          : t('collections.itemsHeading', { count: collection.items.length })}
      </h2>
      {collection.items.length === 0 ? (
        <p>{collection.viewerCanEdit ? t('collections.emptyForCurator') : t('collections.empty')}</p>
      ) : collection.viewerCanEdit ? (
        <Suspense fallback={readOnly}>
          <CollectionItemsEditor items={collection.items} labelledBy={headingId} />
        </Suspense>
      ) : (
        readOnly
      )}
    </section>
  );
}
