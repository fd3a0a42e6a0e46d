import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link, useParams } from '@/shared/router';
import { graphql } from '@/gql';
import { localized } from '@/i18n/localized';
import { formatDate, formatPeriod } from '@/shared/format/dates';
import { LazyPrintSource } from '@/shared/ui/LazyPrintSource';
import { printPage } from '@/shared/ui/print';
import { outcomeUnit } from '@/shared/format/outcome';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { RichText } from '@/shared/ui/RichText';
import { TextBlock } from '@/shared/ui/TextBlock';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { LazyRecordActions as RecordActions } from '@/features/saved/components/LazyRecordActions';
import { paths } from '@/shared/router/paths';

const CASE_STUDY_PAGE_QUERY = graphql(`
  query CaseStudyPage($slug: String!) {
    caseStudy(slug: $slug) {
      id
      slug
      titleUk
      titleEn
      summaryUk
      summaryEn
      needHtml
      whatWasDoneHtml
      challengesHtml
      adviceHtml
      participantCount
      volunteers
      budgetUah
      fundersUk
      period {
        start
        end
        ongoing
      }
      participantAudiences {
        slug
        nameUk
        nameEn
      }
      organization {
        id
        slug
        nameUk
        nameEn
        community {
          id
          slug
          nameUk
          nameEn
          oblast {
            slug
            nameUk
            nameEn
          }
        }
      }
      partners {
        id
        slug
        nameUk
        nameEn
      }
      adaptations {
        adaptationUk
        practice {
          id
          slug
          titleUk
          titleEn
        }
      }
      outcomes {
        labelUk
        unitUk
        value
      }
      impactStories {
        id
        kind
        textUk
        attributionUk
      }
      followUps {
        id
        monthsAfter
        recordedOn
        textUk
      }
    }
  }
`);

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
  const org = cs.organization;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'uk-UA');
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

      <section aria-labelledby="cs-context">
        <h2 id="cs-context">{t('caseStudy.context')}</h2>
        <dl>
          {org && (
            <>
              <dt>{t('caseStudy.organization')}</dt>
              <dd>
                <Link to={paths.organization(org.slug)}>{localized(language, org.nameUk, org.nameEn).text}</Link>
                {org.community && (
                  <>
                    {', '}
                    <Link to={paths.community(org.community.slug)}>
                      {localized(language, org.community.nameUk, org.community.nameEn).text}
                    </Link>
                    {`, ${localized(language, org.community.oblast.nameUk, org.community.oblast.nameEn).text}`}
                  </>
                )}
              </dd>
            </>
          )}
          <dt>{t('caseStudy.when')}</dt>
          <dd>
            {cs.period.ongoing || !cs.period.end
              ? t('caseStudy.periodOngoing', { start: formatDate(cs.period.start, language) })
              : formatPeriod(cs.period.start, cs.period.end, language)}
          </dd>
          <dt>{t('caseStudy.participantsTitle')}</dt>
          <dd>
            {number.format(cs.participantCount)}
            {cs.participantAudiences.length > 0 &&
              ` (${cs.participantAudiences.map((a) => localized(language, a.nameUk, a.nameEn).text).join(', ')})`}
          </dd>
          <dt>{t('practice.volunteers')}</dt>
          <dd>{cs.volunteers === 0 ? t('caseStudy.peopleNone') : t('practice.people', { count: cs.volunteers })}</dd>
          {cs.budgetUah != null && (
            <>
              <dt>{t('caseStudy.budget')}</dt>
              <dd>{t('caseStudy.uah', { amount: number.format(cs.budgetUah) })}</dd>
            </>
          )}
          {cs.partners.length > 0 && (
            <>
              <dt>{t('caseStudy.partners')}</dt>
              <dd>
                {cs.partners.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ', '}
                    <Link to={paths.organization(p.slug)}>{localized(language, p.nameUk, p.nameEn).text}</Link>
                  </span>
                ))}
              </dd>
            </>
          )}
          {cs.fundersUk.length > 0 && (
            <>
              <dt>{t('caseStudy.funders')}</dt>
              <dd lang="uk">{cs.fundersUk.join(', ')}</dd>
            </>
          )}
        </dl>
        {cs.adaptations.length > 0 && (
          <>
            <h3>{t('caseStudy.practicesApplied')}</h3>
            <ul>
              {cs.adaptations.map((a) => (
                <li key={a.practice.id}>
                  <Link to={paths.practice(a.practice.slug)}>{localized(language, a.practice.titleUk, a.practice.titleEn).text}</Link>
                  {a.adaptationUk && <TextBlock text={a.adaptationUk} lang="uk" />}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>{t('caseStudy.need')}</h3>
        <RichText html={cs.needHtml} lang="uk" />
      </section>

      <section aria-labelledby="cs-done">
        <h2 id="cs-done">{t('caseStudy.whatWasDone')}</h2>
        <RichText html={cs.whatWasDoneHtml} lang="uk" />
      </section>

      {/* A section that only says there is nothing yet stays off the paper. */}
      <section aria-labelledby="cs-outcomes" className={cs.outcomes.length === 0 && cs.impactStories.length === 0 ? 'no-print' : undefined}>
        <h2 id="cs-outcomes">{t('caseStudy.outcomes')}</h2>
        {cs.outcomes.length > 0 && (
          <ul className="outcomes" lang="uk">
            {cs.outcomes.map((o) => {
              const unit = outcomeUnit(o.labelUk, o.unitUk);
              return (
                <li key={o.labelUk}>
                  {o.labelUk}: <strong>{number.format(o.value)}</strong>
                  {unit && ` ${unit}`}
                </li>
              );
            })}
          </ul>
        )}
        {cs.impactStories.length > 0 && (
          <>
            <h3>{t('caseStudy.impactStories')}</h3>
            {cs.impactStories.map((story) =>
              story.kind === 'QUOTE' ? (
                <figure key={story.id} className="quote" lang="uk">
                  <blockquote>
                    <TextBlock text={story.textUk} />
                  </blockquote>
                  {story.attributionUk && <figcaption>— {story.attributionUk}</figcaption>}
                </figure>
              ) : (
                <div key={story.id} className="observed">
                  <p className="observed__label">{t('caseStudy.observedChange')}</p>
                  <TextBlock text={story.textUk} lang="uk" />
                </div>
              ),
            )}
          </>
        )}
        {cs.outcomes.length === 0 && cs.impactStories.length === 0 && <p>{t('caseStudy.noOutcomes')}</p>}
      </section>

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

      <section aria-labelledby="cs-follow-ups" className={cs.followUps.length === 0 ? 'no-print' : undefined}>
        <h2 id="cs-follow-ups">{t('caseStudy.followUps')}</h2>
        {cs.followUps.length === 0 ? (
          <p>{t('caseStudy.noFollowUps')}</p>
        ) : (
          <ul>
            {cs.followUps.map((f) => (
              <li key={f.id}>
                <h3>{t('caseStudy.monthsAfter', { count: f.monthsAfter })}</h3>
                <p className="card__meta">{t('caseStudy.recordedOn', { date: formatDate(f.recordedOn, language) })}</p>
                <TextBlock text={f.textUk} lang="uk" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <LazyPrintSource />
    </article>
  );
}
