import { useQuery } from '@apollo/client/react';
import { localized } from '@/i18n/localized';
import { useTranslation } from '@/i18n/react';
import { useParams } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { LazyPrintSource } from '@/shared/ui/LazyPrintSource';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { printPage } from '@/shared/ui/print';
import { RichText } from '@/shared/ui/RichText';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { LazyRecordActions as RecordActions } from '@/features/saved/components/LazyRecordActions';
import { CaseStudyContext } from './CaseStudyPage/CaseStudyContext';
import { CaseStudyFollowUps } from './CaseStudyPage/CaseStudyFollowUps';
import { CaseStudyOutcomes } from './CaseStudyPage/CaseStudyOutcomes';
import { CASE_STUDY_PAGE_QUERY } from './CaseStudyPage/CaseStudyPage.graphql';

/** How a practice worked in one place: the context, what was done, what changed, and later follow-ups. */
export function CaseStudyPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { data, loading, error, refetch } = useQuery(CASE_STUDY_PAGE_QUERY, { variables: { slug } });
  const cs = data?.caseStudy;
  const title = cs ? localized(language, cs.titleUk, cs.titleEn) : null;
  usePageTitle(title?.text, { type: 'article', description: cs ? localized(language, cs.summaryUk, cs.summaryEn).text : undefined });

  if (loading && !data) return <Loading lines={8} />;
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!cs || !title) return <NotFound />;

  const summary = localized(language, cs.summaryUk, cs.summaryEn);
  return (
    <article className="record">
      <header className="record__header">
        <p className="record__kind">{t('searchType.CASE_STUDY')}</p>
        <h1 lang={title.lang}>{title.text}</h1>
        <p className="record__summary" lang={summary.lang}>
          {summary.text}
        </p>
        <div className="record__actions no-print">
          <RecordActions target={{ caseStudyId: cs.id }} />
          <button type="button" onClick={() => void printPage()}>
            {t('practice.print')}
          </button>
        </div>
      </header>

      <CaseStudyContext caseStudy={cs} />

      <section aria-labelledby="cs-done">
        <h2 id="cs-done">{t('caseStudy.whatWasDone')}</h2>
        <RichText html={cs.whatWasDoneHtml} lang="uk" />
      </section>

      <CaseStudyOutcomes caseStudy={cs} />

      {cs.challengesHtml && (
        <section aria-labelledby="cs-challenges">
          <h2 id="cs-challenges">{t('caseStudy.challenges')}</h2>
          <RichText html={cs.challengesHtml} lang="uk" />
        </section>
      )}
      {cs.adviceHtml && (
        <section aria-labelledby="cs-advice">
          <h2 id="cs-advice">{t('caseStudy.advice')}</h2>
          <RichText html={cs.adviceHtml} lang="uk" />
        </section>
      )}

      <CaseStudyFollowUps caseStudy={cs} />
      <LazyPrintSource />
    </article>
  );
}
