import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import type { CollectionHandout_CollectionFragment, CollectionHandout_OriginFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { LazyPrintSource } from '@/shared/ui/LazyPrintSource';
import { printPage } from '@/shared/ui/print';
import { RichText } from '@/shared/ui/RichText';
import { TextBlock } from '@/shared/ui/TextBlock';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { COLLECTION_PRINT_QUERY } from '../graphql/collection.queries';
import { useCollectionRef } from '../hooks/useCollectionRef';
import './collections.css';

type Item = CollectionHandout_CollectionFragment['items'][number];

/** A workshop handout: the collection and, one per page, each record with what it takes and the curator's note. */
export function CollectionPrintPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { variables, base } = useCollectionRef();
  const { data, loading, error, refetch } = useQuery(COLLECTION_PRINT_QUERY, { variables });
  const collection = data?.collection ?? data?.sharedCollection ?? null;
  const title = collection ? localized(language, collection.titleUk, collection.titleEn) : null;
  usePageTitle(title ? t('collections.print.pageTitle', { title: title.text }) : undefined);

  if (loading && !data) return <Loading lines={10} label={t('collections.loading')} />;
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!collection || !title) return <NotFound />;

  const curators = [collection.curator, ...collection.coCurators].filter((c) => c != null).map((c) => c.displayName);
  return (
    <article className="handout">
      <div className="handout__toolbar no-print">
        <button type="button" className="button--primary" onClick={() => void printPage()}>
          {t('collections.print.button')}
        </button>
        <Link to={base}>{t('collections.print.back')}</Link>
      </div>
      <header className="handout__header">
        <h1 lang={title.lang}>{title.text}</h1>
        {curators.length > 0 && (
          <p className="handout__curator">{t('collections.curatedBy', { count: curators.length, name: curators.join(', ') })}</p>
        )}
        <RichText html={collection.descriptionHtml} lang="uk" className="rich-text handout__description" />
      </header>
      <ol className="handout__items">
        {collection.items.map((item, index) => (
          <li key={item.id} className="handout-item">
            <HandoutItem item={item} number={index + 1} count={collection.items.length} />
          </li>
        ))}
      </ol>
      <LazyPrintSource onScreen />
    </article>
  );
}

function HandoutItem({ item, number, count }: { item: Item; number: number; count: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { target } = item;
  const title = localized(language, target.titleUk, target.titleEn);
  const summary = localized(language, target.summaryUk, target.summaryEn);
  const headingId = `handout-item-${item.id}`;
  const kind = t(target.__typename === 'Practice' ? 'searchType.PRACTICE' : 'searchType.CASE_STUDY');
  return (
    <section aria-labelledby={headingId}>
      <p className="record__kind">{t('collections.print.itemOf', { kind, number, total: count })}</p>
      <h2 id={headingId} lang={title.lang}>
        {title.text}
      </h2>
      <p lang={summary.lang}>{summary.text}</p>
      {target.__typename === 'Practice' && <PracticeDetails practice={target} />}
      {item.noteUk && (
        <div className="curator-note">
          <h3>{t('collections.item.note')}</h3>
          <TextBlock text={item.noteUk} lang="uk" />
        </div>
      )}
      <Origin organization={target.__typename === 'Practice' ? target.origin : target.organization} />
    </section>
  );
}

type PracticeTarget = Extract<Item['target'], { __typename: 'Practice' }>;

function PracticeDetails({ practice }: { practice: PracticeTarget }) {
  const { t } = useTranslation();
  const { conditions, safeguarding } = practice;
  const safeguards = [
    safeguarding.consentRequired && t('practice.safeguarding.consentRequired'),
    safeguarding.noPhotosOfChildren && t('practice.safeguarding.noPhotosOfChildren'),
    safeguarding.psychologistNeeded && t('practice.safeguarding.psychologistNeeded'),
  ].filter((s): s is string => Boolean(s));
  return (
    <>
      {practice.steps.length > 0 && (
        <>
          <h3>{t('practice.steps')}</h3>
          <ol className="steps" lang="uk">
            {practice.steps.map((step) => (
              <li key={step.number}>
                <strong>{step.titleUk}</strong>
                <RichText html={step.detailsHtml} />
              </li>
            ))}
          </ol>
        </>
      )}
      {practice.resources.materialsUk.length > 0 && (
        <>
          <h3>{t('practice.materials')}</h3>
          <ul lang="uk">
            {practice.resources.materialsUk.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('practice.conditions')}</h3>
      <ul>
        <li>{conditions.worksInShelter ? t('practice.condition.worksInShelter') : t('practice.condition.notInShelter')}</li>
        <li>{conditions.needsPower ? t('practice.condition.needsPower') : t('practice.condition.noPower')}</li>
        <li>{conditions.needsInternet ? t('practice.condition.needsInternet') : t('practice.condition.noInternet')}</li>
        <li>{t(`securityContext.${conditions.securityContext}`)}</li>
      </ul>
      <h3>{t('practice.safeguardingTitle')}</h3>
      {safeguards.length > 0 ? (
        <ul>
          {safeguards.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        !safeguarding.notesUk && <p>{t('practice.safeguarding.none')}</p>
      )}
      <TextBlock text={safeguarding.notesUk} lang="uk" />
    </>
  );
}

function Origin({ organization }: { organization: CollectionHandout_OriginFragment | null | undefined }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  if (!organization) return null;
  const community = organization.community;
  const place = community
    ? `${localized(language, community.nameUk, community.nameEn).text} (${localized(language, community.oblast.nameUk, community.oblast.nameEn).text})`
    : null;
  return (
    <p className="handout__origin">
      <strong>{t('collections.print.origin')}:</strong> {localized(language, organization.nameUk, organization.nameEn).text}
      {place && `, ${place}`}
    </p>
  );
}
