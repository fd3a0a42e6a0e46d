import { graphql } from '@/gql';

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
      descriptionHtml
      descriptionEnHtml
      descriptionEn
      publishedAt
      updatedAt
      steps {
        number
        titleUk
        detailsUk
        detailsHtml
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
