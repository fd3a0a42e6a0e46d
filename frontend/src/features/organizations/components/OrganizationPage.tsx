import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@/i18n/react';
import { Link, useParams } from '@/shared/router';
import { graphql } from '@/gql';
import { localized } from '@/i18n/localized';
import { toApiProblem } from '@/shared/errors/api-error';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { TextBlock } from '@/shared/ui/TextBlock';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { CaseStudyCard } from '@/shared/records/CaseStudyCard/CaseStudyCard';
import { CommunityPartners } from '@/shared/records/CommunityPartners';
import { PracticeCard } from '@/shared/records/PracticeCard/PracticeCard';
import { paths } from '@/shared/router/paths';

const ORGANIZATION_PAGE_QUERY = graphql(`
  query OrganizationPage($slug: String!) {
    organization(slug: $slug) {
      id
      slug
      nameUk
      nameEn
      kind
      website
      descriptionUk
      parent {
        id
        slug
        nameUk
        nameEn
      }
      community {
        id
        slug
        nameUk
        nameEn
        ...CommunityPartners_community
      }
    }
    practices(first: 20, filter: { organizations: [$slug] }) {
      totalCount
      edges {
        node {
          id
          ...PracticeCard_practice
        }
      }
    }
    caseStudies(first: 20, filter: { organizations: [$slug] }) {
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

/** A library or partner: what it is, its practices and case studies, and its community's partners. */
export function OrganizationPage() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { data, loading, error, refetch } = useQuery(ORGANIZATION_PAGE_QUERY, { variables: { slug } });
  const org = data?.organization;
  const name = org ? localized(language, org.nameUk, org.nameEn) : null;
  usePageTitle(name?.text, { description: org?.descriptionUk ?? undefined });

  if (loading && !data) return <Loading lines={6} />;
  // The page's lists are filtered by this slug, and the API refuses a filter naming no organisation: that
  // refusal is how the page learns the organisation is not there, which the reader sees as «not found».
  if (error && toApiProblem(error).fields.organizations === 'BAD_USER_INPUT') return <NotFound />;
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!org || !name || !data) return <NotFound />;

  return (
    <article className="record">
      <header className="record__header">
        <p className="record__kind">{t(`organizationKind.${org.kind}`)}</p>
        <h1 lang={name.lang}>{name.text}</h1>
        {org.parent && (
          <p>
            {t('organization.partOf')}{' '}
            <Link to={paths.organization(org.parent.slug)}>{localized(language, org.parent.nameUk, org.parent.nameEn).text}</Link>
          </p>
        )}
        {org.community && (
          <p>
            {t('organization.community')}{' '}
            <Link to={paths.community(org.community.slug)}>{localized(language, org.community.nameUk, org.community.nameEn).text}</Link>
          </p>
        )}
        {org.website && (
          <p>
            <a href={org.website} rel="noopener noreferrer">
              {t('organization.website')}
            </a>
          </p>
        )}
      </header>
      <TextBlock text={org.descriptionUk} lang="uk" />

      {/* A kind of record the organisation has none of is left out rather than headed «0 …». */}
      {data.practices.totalCount > 0 && (
        <section aria-labelledby="org-practices">
          <h2 id="org-practices">{t('organization.practices', { count: data.practices.totalCount })}</h2>
          <ul className="card-list">
            {data.practices.edges.map(({ node }) => (
              <li key={node.id}>
                <PracticeCard practice={node} headingLevel={3} />
              </li>
            ))}
          </ul>
          {data.practices.totalCount > data.practices.edges.length && (
            <Link to={paths.search(`organization=${encodeURIComponent(org.slug)}&type=practice`)}>
              {t('organization.seeAll', { count: data.practices.totalCount })}
            </Link>
          )}
        </section>
      )}

      {data.caseStudies.totalCount > 0 && (
        <section aria-labelledby="org-case-studies">
          <h2 id="org-case-studies">{t('organization.caseStudies', { count: data.caseStudies.totalCount })}</h2>
          <ul className="card-list">
            {data.caseStudies.edges.map(({ node }) => (
              <li key={node.id}>
                <CaseStudyCard caseStudy={node} />
              </li>
            ))}
          </ul>
          {data.caseStudies.totalCount > data.caseStudies.edges.length && (
            <Link to={paths.search(`organization=${encodeURIComponent(org.slug)}&type=case_study`)}>
              {t('organization.seeAll', { count: data.caseStudies.totalCount })}
            </Link>
          )}
        </section>
      )}

      {org.community && <CommunityPartners community={org.community} />}
    </article>
  );
}
