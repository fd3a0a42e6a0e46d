import { graphql } from '../../../../gql';

export const PRACTICE_PAGE_QUERY = graphql(`
  query PracticePage($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      titleUk
      titleEn
      summaryUk
      summaryEn
      descriptionUk
      descriptionEn
      publishedAt
      updatedAt
      steps {
        number
        titleUk
        detailsUk
      }
      ...PracticeFacts_practice
      ...PracticeTriedIn_practice
      caseStudies {
        id
        ...CaseStudyCard_caseStudy
      }
      adaptedFrom {
        id
        slug
        titleUk
        titleEn
        adaptedFrom {
          id
          slug
          titleUk
          titleEn
        }
      }
      adaptations {
        id
        slug
        titleUk
        titleEn
        origin {
          id
          nameUk
          nameEn
        }
      }
    }
  }
`);
