import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import type { CollectionItem_ItemFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { TextBlock } from '@/shared/ui/TextBlock';
import { paths } from '@/shared/router/paths';

/** Where an item's record lives in the app. */
export const targetPath = (target: CollectionItem_ItemFragment['target']) =>
  target.__typename === 'Practice' ? paths.practice(target.slug) : paths.caseStudy(target.slug);

export const targetTitle = (language: string | undefined, target: CollectionItem_ItemFragment['target']) =>
  localized(language, target.titleUk, target.titleEn);

/** An item as readers see it: kind, linked title, summary, origin and the curator's note. */
export function CollectionItemView({ item, headingId }: { item: CollectionItem_ItemFragment; headingId?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { target } = item;
  const title = targetTitle(language, target);
  const summary = localized(language, target.summaryUk, target.summaryEn);
  const origin = target.__typename === 'Practice' ? target.origin : target.organization;
  return (
    <div className="collection-item__body">
      <p className="record__kind">{t(target.__typename === 'Practice' ? 'searchType.PRACTICE' : 'searchType.CASE_STUDY')}</p>
      <h3 id={headingId} className="card__title" lang={title.lang}>
        <Link to={targetPath(target)}>{title.text}</Link>
      </h3>
      <p lang={summary.lang}>{summary.text}</p>
      {origin && <p className="card__meta">{localized(language, origin.nameUk, origin.nameEn).text}</p>}
      {item.noteUk && (
        <div className="curator-note">
          <p className="curator-note__label">{t('collections.item.note')}</p>
          <TextBlock text={item.noteUk} lang="uk" />
        </div>
      )}
    </div>
  );
}
