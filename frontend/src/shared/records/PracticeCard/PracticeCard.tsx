import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import type { PracticeCard_PracticeFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { paths } from '@/shared/router/paths';

/** One practice in a list: title, summary, themes, where it comes from and how well it is evidenced. */
export function PracticeCard({ practice, headingLevel = 2 }: { practice: PracticeCard_PracticeFragment; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const title = localized(language, practice.titleUk, practice.titleEn);
  const summary = localized(language, practice.summaryUk, practice.summaryEn);
  const titleId = `practice-${practice.id}-title`;
  const origin = practice.origin;
  const community = origin?.community;

  return (
    <article className="practice-card" aria-labelledby={titleId}>
      <Heading id={titleId} className="practice-card__title" lang={title.lang}>
        <Link to={paths.practice(practice.slug)}>{title.text}</Link>
      </Heading>
      <p className="practice-card__summary" lang={summary.lang}>
        {summary.text}
      </p>
      <dl className="practice-card__facts">
        {practice.themes.length > 0 && (
          <div>
            <dt>{t('practiceCard.themes')}</dt>
            <dd>
              <ul className="tags">
                {practice.themes.map((theme) => (
                  <li key={theme.slug}>{localized(language, theme.nameUk, theme.nameEn).text}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('practiceCard.origin')}</dt>
          <dd>
            {origin ? (
              <>
                {localized(language, origin.nameUk, origin.nameEn).text}
                {community && (
                  <span className="practice-card__community">{localized(language, community.nameUk, community.nameEn).text}</span>
                )}
              </>
            ) : (
              t('practiceCard.originUnknown')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('practiceCard.evidence')}</dt>
          <dd>
            <span className={`evidence evidence--${practice.evidenceLevel.toLowerCase()}`}>
              {t(`evidenceLevel.${practice.evidenceLevel}`)}
            </span>
          </dd>
        </div>
      </dl>
    </article>
  );
}
