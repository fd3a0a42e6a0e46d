import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { graphql } from '@/gql';
import type { PracticeTriedIn_PracticeFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { formatDate } from '@/shared/format/dates';
import { AdoptionChart } from '@/shared/impact/AdoptionChart';
import { paths } from '@/shared/router/paths';

export const PRACTICE_TRIED_IN_FRAGMENT = graphql(`
  fragment PracticeTriedIn_practice on Practice {
    id
    triedIn {
      communityCount
      organizationCount
      communities {
        firstTriedOn
        community {
          id
          slug
          nameUk
          nameEn
          kind
          oblast {
            slug
            nameUk
            nameEn
          }
        }
      }
    }
    adoptionTimeline {
      month
      count
    }
  }
`);

/** "Tried in N communities": the list, earliest first, and adoptions per month. */
export function PracticeTriedIn({ practice }: { practice: PracticeTriedIn_PracticeFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { triedIn } = practice;
  if (triedIn.communityCount === 0) {
    return (
      <section aria-labelledby="practice-tried-in" className="tried-in no-print">
        <h2 id="practice-tried-in">{t('practice.triedInHeading')}</h2>
        <p>{t('practice.triedInNone')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="practice-tried-in" className="tried-in">
      <h2 id="practice-tried-in">{t('practice.triedIn', { count: triedIn.communityCount })}</h2>
      {triedIn.communities.length > 0 && (
        <ul>
          {triedIn.communities.map(({ community, firstTriedOn }) => (
            <li key={community.id}>
              <Link to={paths.community(community.slug)}>{localized(language, community.nameUk, community.nameEn).text}</Link>
              {' — '}
              {localized(language, community.oblast.nameUk, community.oblast.nameEn).text}, {t(`communityKind.${community.kind}`)};{' '}
              {t('practice.firstTriedOn', { date: formatDate(firstTriedOn, language) })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('impact.overTime')}</h3>
      <AdoptionChart months={practice.adoptionTimeline} label={t('impact.chartLabel')} />
    </section>
  );
}
