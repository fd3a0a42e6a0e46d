import { gql } from '@apollo/client';

/** The fields PracticeCard shows; queries that render cards spread it. */
export const PRACTICE_CARD_FRAGMENT = gql`
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
      nameUk
      nameEn
      community {
        id
        nameUk
        nameEn
      }
    }
  }
`;

export type EvidenceLevel = 'DESCRIBED' | 'DOCUMENTED' | 'EVALUATED' | 'REPLICATED';

interface Named {
  nameUk: string;
  nameEn: string;
}

/** Written by hand to match the fragment; a test validates the fragment against schema/schema.graphql. */
export interface PracticeCard_practice {
  __typename?: 'Practice';
  id: string;
  slug: string;
  titleUk: string;
  titleEn: string | null;
  summaryUk: string;
  summaryEn: string | null;
  evidenceLevel: EvidenceLevel;
  themes: (Named & { slug: string })[];
  origin: (Named & { id: string; community: (Named & { id: string }) | null }) | null;
}
