import { graphql } from '@/gql';

/** The fields PracticeCard shows; queries that render cards spread it. */
export const PRACTICE_CARD_FRAGMENT = graphql(`
  fragment PracticeCard_practice on Practice {
    id
    slug
    titleUk
    titleEn
    summaryUk
    summaryEn
    evidenceLevel
    themes {
      slug
      nameUk
      nameEn
    }
    origin {
      id
      slug
      nameUk
      nameEn
      community {
        id
        slug
        nameUk
        nameEn
      }
    }
  }
`);
