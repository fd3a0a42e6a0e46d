import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link, useParams } from '@/shared/router';
import { graphql } from '@/gql';
import { localized } from '@/i18n/localized';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { CaseStudyCard } from '@/shared/records/CaseStudyCard/CaseStudyCard';
import { PracticeCard } from '@/shared/records/PracticeCard/PracticeCard';
import { CommunityPartners } from '@/shared/records/CommunityPartners';
import { paths } from '@/shared/router/paths';

// The API filters records by organisation, not by community, so the page first learns which
// organisations are in the community (a short public list), then asks for their records.
const COMMUNITY_PAGE_QUERY = graphql(`
  query CommunityPage($slug: String!) {
    community(slug: $slug) {
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
      ...CommunityPartners_community
    }
    organizations {
      id
      slug
      nameUk
      nameEn
      community {
        id
      }
    }
  }
`);

const COMMUNITY_RECORDS_QUERY = graphql(`
  query CommunityRecords($organizations: [String!]!) {
    practices(first: 20, filter: { organizations: $organizations }) {
      totalCount
      edges {
        node {
          id
          ...PracticeCard_practice
        }
      }
    }
    caseStudies(first: 20, filter: { organizations: $organizations }) {
      totalCount
      edges {
        node {
          id
          ...CaseStudyCard_caseStudy
        }
      }
    }
  }
`);

/** A hromada: its libraries, their practices and case studies, and its partner communities. */
export function CommunityPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const page = useQuery(COMMUNITY_PAGE_QUERY, { variables: { slug } });
  const community = page.data?.community;
  const organizations = community ? (page.data?.organizations ?? []).filter((o) => o.community?.id === community.id) : [];
  const records = useQuery(COMMUNITY_RECORDS_QUERY, {
    variables: { organizations: organizations.map((o) => o.slug) },
    skip: organizations.length === 0,
  });
  const name = community ? localized(language, community.nameUk, community.nameEn) : null;
  usePageTitle(name?.text);

  if (page.loading && !page.data) return <Loading lines={6} />;
  if (page.error) return <ErrorNotice error={page.error} onRetry={() => void page.refetch().catch(() => undefined)} />;
  if (!community || !name) return <NotFound />;

  return (
    <article className="record">
      <header className="record__header">
        <p className="record__kind">
          {t(`communityKind.${community.kind}`)} · {localized(language, community.oblast.nameUk, community.oblast.nameEn).text}
        </p>
        <h1 lang={name.lang}>{name.text}</h1>
      </header>

      <section aria-labelledby="community-organizations">
        <h2 id="community-organizations">{t('community.organizations')}</h2>
        {organizations.length === 0 ? (
          <p>{t('community.noOrganizations')}</p>
        ) : (
          <ul>
            {organizations.map((o) => (
              <li key={o.id}>
                <Link to={paths.organization(o.slug)}>{localized(language, o.nameUk, o.nameEn).text}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {records.error ? (
        <ErrorNotice error={records.error} onRetry={() => void records.refetch().catch(() => undefined)} />
      ) : records.loading ? (
        <Loading lines={4} />
      ) : (
        records.data && (
          <>
            {/* A kind of record the community has none of is left out rather than headed «0 …». */}
            {records.data.practices.totalCount > 0 && (
              <section aria-labelledby="community-practices">
                <h2 id="community-practices">{t('organization.practices', { count: records.data.practices.totalCount })}</h2>
                <ul className="card-list">
                  {records.data.practices.edges.map(({ node }) => (
                    <li key={node.id}>
                      <PracticeCard practice={node} headingLevel={3} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {records.data.caseStudies.totalCount > 0 && (
              <section aria-labelledby="community-case-studies">
                <h2 id="community-case-studies">{t('organization.caseStudies', { count: records.data.caseStudies.totalCount })}</h2>
                <ul className="card-list">
                  {records.data.caseStudies.edges.map(({ node }) => (
                    <li key={node.id}>
                      <CaseStudyCard caseStudy={node} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )
      )}

      <CommunityPartners community={community} />
    </article>
  );
}
