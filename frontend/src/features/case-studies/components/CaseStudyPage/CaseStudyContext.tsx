import { graphql } from '@/gql';
import type { CaseStudyContext_CaseStudyFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { useTranslation } from '@/i18n/react';
import { formatDate, formatPeriod } from '@/shared/format/dates';
import { Link } from '@/shared/router';
import { RichText } from '@/shared/ui/RichText';
import { TextBlock } from '@/shared/ui/TextBlock';
import { paths } from '@/shared/router/paths';

export const CASE_STUDY_CONTEXT_FRAGMENT = graphql(`
  fragment CaseStudyContext_caseStudy on CaseStudy {
    id
    needHtml
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
  }
`);

/** Where and when it happened, with whom and what it cost, the practices it applied, and the need it met. */
export function CaseStudyContext({ caseStudy: cs }: { caseStudy: CaseStudyContext_CaseStudyFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const org = cs.organization;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'uk-UA');
  return (
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
  );
}
