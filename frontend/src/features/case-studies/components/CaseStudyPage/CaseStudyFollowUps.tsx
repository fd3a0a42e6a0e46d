import { graphql } from '@/gql';
import type { CaseStudyFollowUps_CaseStudyFragment } from '@/gql/graphql';
import { useTranslation } from '@/i18n/react';
import { formatDate } from '@/shared/format/dates';
import { TextBlock } from '@/shared/ui/TextBlock';

export const CASE_STUDY_FOLLOW_UPS_FRAGMENT = graphql(`
  fragment CaseStudyFollowUps_caseStudy on CaseStudy {
    id
    followUps {
      id
      monthsAfter
      recordedOn
      textUk
    }
  }
`);

/** What the authors saw 3, 6 or 12 months later. */
export function CaseStudyFollowUps({ caseStudy: cs }: { caseStudy: CaseStudyFollowUps_CaseStudyFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="cs-follow-ups" className={cs.followUps.length === 0 ? 'no-print' : undefined}>
      <h2 id="cs-follow-ups">{t('caseStudy.followUps')}</h2>
      {cs.followUps.length === 0 ? (
        <p>{t('caseStudy.noFollowUps')}</p>
      ) : (
        <ul>
          {cs.followUps.map((f) => (
            <li key={f.id}>
              <h3>{t('caseStudy.monthsAfter', { count: f.monthsAfter })}</h3>
              <p className="card__meta">{t('caseStudy.recordedOn', { date: formatDate(f.recordedOn, i18n.resolvedLanguage) })}</p>
              <TextBlock text={f.textUk} lang="uk" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
