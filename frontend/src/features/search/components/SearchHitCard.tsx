import { useTranslation } from '@/i18n/react';
import { Link } from '@/shared/router';
import { graphql } from '@/gql';
import type { SearchHitCard_HitFragment } from '@/gql/graphql';
import { localized } from '@/i18n/localized';
import { Highlighted } from '@/shared/ui/Highlighted';
import { paths } from '@/shared/router/paths';

export const SEARCH_HIT_CARD_FRAGMENT = graphql(`
  fragment SearchHitCard_hit on SearchHit {
    id
    slug
    type
    title
    summary
    highlights {
      title
      summary
      snippet
    }
    organization {
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
    }
    themes {
      slug
      nameUk
      nameEn
    }
  }
`);

/** One search result with its matched words marked. Titles and summaries are the Ukrainian texts. */
export function SearchHitCard({ hit }: { hit: SearchHitCard_HitFragment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const href = hit.type === 'PRACTICE' ? paths.practice(hit.slug) : paths.caseStudy(hit.slug);
  return (
    <article className="hit" lang="uk">
      <p className="hit__type" lang={language}>
        {t(`searchType.${hit.type}`)}
      </p>
      <h2 className="hit__title">
        <Link to={href}>
          <Highlighted html={hit.highlights.title} fallback={hit.title} />
        </Link>
      </h2>
      <Highlighted as="p" html={hit.highlights.summary} fallback={hit.summary} />
      {hit.highlights.snippet && (
        <p className="hit__snippet">
          <Highlighted html={hit.highlights.snippet} fallback="" />
        </p>
      )}
      {(hit.organization || hit.community) && (
        <p className="hit__origin" lang={language}>
          {hit.organization && localized(language, hit.organization.nameUk, hit.organization.nameEn).text}
          {hit.organization && hit.community && ' · '}
          {hit.community && localized(language, hit.community.nameUk, hit.community.nameEn).text}
        </p>
      )}
      {hit.themes.length > 0 && (
        <ul className="tags" aria-label={t('practiceCard.themes')} lang={language}>
          {hit.themes.map((theme) => (
            <li key={theme.slug}>{localized(language, theme.nameUk, theme.nameEn).text}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Placeholders of a fixed height where the first results will be, so the page does not jump when they come. */
export function SearchHitsSkeleton({ label }: { label: string }) {
  return (
    <div role="status" className="hits-skeleton">
      <span className="visually-hidden">{label}</span>
      <ol className="hits" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <li key={i} className="hit hit--skeleton skeleton" />
        ))}
      </ol>
    </div>
  );
}
