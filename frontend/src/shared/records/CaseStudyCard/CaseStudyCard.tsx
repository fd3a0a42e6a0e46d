import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { graphql } from '@/gql';
import type { CaseStudyCard_CaseStudyFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { formatDate, formatPeriod } from '@/shared/format/dates';
import { paths } from '@/shared/router/paths';

export const CASE_STUDY_CARD_FRAGMENT = graphql(`
  fragment CaseStudyCard_caseStudy on CaseStudy {
    id
    slug
    titleUk
    titleEn
    summaryUk
    summaryEn
    participantCount
    period {
      start
      end
      ongoing
    }
    organization {
      id
      nameUk
      nameEn
      community {
        id
        nameUk
        nameEn
      }
    }
  }
`);

/** A case study in a list: what, who, where and when. */
export function CaseStudyCard({ caseStudy, headingLevel = 3 }: { caseStudy: CaseStudyCard_CaseStudyFragment; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const title = localized(language, caseStudy.titleUk, caseStudy.titleEn);
  const summary = localized(language, caseStudy.summaryUk, caseStudy.summaryEn);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const org = caseStudy.organization;
  return (
    <article className="card">
      <Heading className="card__title" lang={title.lang}>
        <Link to={paths.caseStudy(caseStudy.slug)}>{title.text}</Link>
      </Heading>
      <p lang={summary.lang}>{summary.text}</p>
      <p className="card__meta">
        {org && localized(language, org.nameUk, org.nameEn).text}
        {org?.community && ` · ${localized(language, org.community.nameUk, org.community.nameEn).text}`}
        {' · '}
        {caseStudy.period.ongoing || !caseStudy.period.end
          ? t('caseStudy.periodOngoing', { start: formatDate(caseStudy.period.start, language) })
          : formatPeriod(caseStudy.period.start, caseStudy.period.end, language)}
        {' · '}
        {t('caseStudy.participants', { count: caseStudy.participantCount })}
      </p>
    </article>
  );
}
