import { graphql } from '@/gql';

/** Everything the pickers offer: the vocabularies, organisations and published practices. Public. */
export const CONTRIBUTE_VOCABULARY_QUERY = graphql(`
  query ContributeVocabulary {
    themes {
      slug
      nameUk
      nameEn
    }
    audiences {
      slug
      nameUk
      nameEn
    }
    formats {
      slug
      nameUk
      nameEn
    }
    organizations {
      id
      slug
      nameUk
      nameEn
    }
    practices(first: 100, orderBy: TITLE) {
      edges {
        node {
          id
          slug
          titleUk
          titleEn
        }
      }
    }
  }
`);
