import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import type { CollectionCard_CollectionFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { paths } from '@/shared/router/paths';

/** A collection in a list: title, curator, number of items and, for my own, who can see it. */
export function CollectionCard({
  collection,
  showVisibility,
}: {
  collection: CollectionCard_CollectionFragment;
  showVisibility?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const title = localized(i18n.resolvedLanguage, collection.titleUk, collection.titleEn);
  return (
    <article className="card collection-card">
      <h3 className="card__title" lang={title.lang}>
        <Link to={paths.collection(collection.slug)}>{title.text}</Link>
      </h3>
      <p className="card__meta">
        {collection.items.length === 0 ? t('collections.itemCountNone') : t('collections.itemCount', { count: collection.items.length })}
        {collection.curator && <> · {t('collections.curatedBy', { count: 1, name: collection.curator.displayName })}</>}
        {showVisibility && (
          <>
            {' · '}
            <span className={`visibility visibility--${collection.visibility.toLowerCase()}`}>
              {t(`collections.visibility.${collection.visibility}`)}
            </span>
          </>
        )}
      </p>
    </article>
  );
}
