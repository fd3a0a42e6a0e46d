import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { graphql } from '@/gql';
import type { CommunityPartners_CommunityFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { formatDate } from '@/shared/format/dates';
import { paths } from '@/shared/router/paths';

export const COMMUNITY_PARTNERS_FRAGMENT = graphql(`
  fragment CommunityPartners_community on Community {
    id
    partners {
      community {
        id
        slug
        nameUk
        nameEn
        kind
      }
      partnership {
        id
        programmeUk
        programmeEn
        signedOn
      }
    }
  }
`);

/** The communities paired with this one, and under which programme. */
export function CommunityPartners({ community }: { community: CommunityPartners_CommunityFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <section aria-labelledby={`partners-${community.id}`}>
      <h2 id={`partners-${community.id}`}>{t('community.partners')}</h2>
      {community.partners.length === 0 ? (
        <p>{t('community.noPartners')}</p>
      ) : (
        <ul>
          {community.partners.map(({ community: partner, partnership }) => (
            <li key={partnership.id}>
              <Link to={paths.community(partner.slug)}>{localized(language, partner.nameUk, partner.nameEn).text}</Link> (
              {t(`communityKind.${partner.kind}`)}) — {localized(language, partnership.programmeUk, partnership.programmeEn).text}
              {partnership.signedOn && `, ${t('community.signedOn', { date: formatDate(partnership.signedOn, language) })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
