import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link, useParams } from '@/shared/router';
import { localized } from '@/i18n/localized';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { LazyPrintSource } from '@/shared/ui/LazyPrintSource';
import { printPage } from '@/shared/ui/print';
import { NotFound } from '@/shared/ui/NotFound';
import { RichText } from '@/shared/ui/RichText';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { CaseStudyCard } from '@/shared/records/CaseStudyCard/CaseStudyCard';
import { PracticeFacts } from './PracticePage/PracticeFacts';
import { PRACTICE_PAGE_QUERY } from './PracticePage/PracticePage.graphql';
import { PracticeTriedIn } from './PracticePage/PracticeTriedIn';
import { LazyRecordActions as RecordActions } from '@/features/saved/components/LazyRecordActions';
import { paths } from '@/shared/router/paths';

/** A practice in full: how to run it, what it needs, where it was tried and where it came from. Prints cleanly. */
export function PracticePage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { data, loading, error, refetch } = useQuery(PRACTICE_PAGE_QUERY, { variables: { slug } });
  const practice = data?.practice;
  const title = practice ? localized(language, practice.titleUk, practice.titleEn) : null;
  usePageTitle(title?.text, {
    type: 'article',
    description: practice ? localized(language, practice.summaryUk, practice.summaryEn).text : undefined,
  });

  if (loading && !data) return <Loading lines={8} label={t('practice.loading')} />;
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!practice || !title) return <NotFound />;

  const summary = localized(language, practice.summaryUk, practice.summaryEn);
  const description = localized(language, practice.descriptionHtml ?? '', practice.descriptionEnHtml);
  const lineage = [practice.adaptedFrom?.adaptedFrom, practice.adaptedFrom].filter((p) => p != null);

  return (
    <article className="record practice-page">
      <header className="record__header">
        <p className="record__kind">{t('searchType.PRACTICE')}</p>
        <h1 lang={title.lang}>{title.text}</h1>
        <p className="record__summary" lang={summary.lang}>
          {summary.text}
        </p>
        <div className="record__actions no-print">
          <RecordActions target={{ practiceId: practice.id }} />
          <Link className="button" to={paths.triedHere(practice.slug)}>
            {t('practice.weTriedIt')}
          </Link>
          <button type="button" onClick={() => void printPage()}>
            {t('practice.print')}
          </button>
        </div>
      </header>

      {lineage.length > 0 && (
        <nav aria-label={t('practice.lineage')} className="lineage">
          <p>
            {t('practice.adaptedFrom')}{' '}
            {lineage.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ' → '}
                <Link to={paths.practice(p.slug)}>{localized(language, p.titleUk, p.titleEn).text}</Link>
              </span>
            ))}
          </p>
        </nav>
      )}

      <section aria-labelledby="practice-description">
        <h2 id="practice-description">{t('practice.description')}</h2>
        <RichText html={description.text} lang={description.lang} />
      </section>

      {practice.steps.length > 0 && (
        <section aria-labelledby="practice-steps">
          <h2 id="practice-steps">{t('practice.steps')}</h2>
          <ol className="steps" lang="uk">
            {practice.steps.map((step) => (
              <li key={step.number}>
                <h3>{step.titleUk}</h3>
                <RichText html={step.detailsHtml} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <PracticeFacts practice={practice} />
      <PracticeTriedIn practice={practice} />

      {/* With none, the heading says what the section is and the sentence says what is true; not printed. */}
      <section aria-labelledby="practice-case-studies" className={practice.caseStudies.length === 0 ? 'no-print' : undefined}>
        <h2 id="practice-case-studies">
          {practice.caseStudies.length === 0
            ? t('practice.caseStudiesHeading')
            : t('practice.caseStudies', { count: practice.caseStudies.length })}
        </h2>
        {practice.caseStudies.length === 0 ? (
          <p>{t('practice.noCaseStudies')}</p>
        ) : (
          <ul className="card-list">
            {practice.caseStudies.map((cs) => (
              <li key={cs.id}>
                <CaseStudyCard caseStudy={cs} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {practice.adaptations.length > 0 && (
        <section aria-labelledby="practice-adaptations">
          <h2 id="practice-adaptations">{t('practice.adaptations')}</h2>
          <ul>
            {practice.adaptations.map((a) => (
              <li key={a.id}>
                <Link to={paths.practice(a.slug)}>{localized(language, a.titleUk, a.titleEn).text}</Link>
                {a.origin && ` — ${localized(language, a.origin.nameUk, a.origin.nameEn).text}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <LazyPrintSource licence={practice.licence} />
    </article>
  );
}
