import { graphql } from '@/gql';

/** What a printed workshop handout shows of a collection and of each of its records. */
export const COLLECTION_HANDOUT_FRAGMENT = graphql(`
  fragment CollectionHandout_collection on Collection {
    id
    slug
    titleUk
    titleEn
    descriptionHtml
    curator {
      displayName
    }
    coCurators {
      displayName
    }
    items {
      id
      position
      noteUk
      target {
        __typename
        ... on Practice {
          id
          titleUk
          titleEn
          summaryUk
          summaryEn
          steps {
            number
            titleUk
            detailsHtml
          }
          resources {
            materialsUk
          }
          conditions {
            worksInShelter
            needsPower
            needsInternet
            securityContext
          }
          safeguarding {
            consentRequired
            noPhotosOfChildren
            psychologistNeeded
            notesUk
          }
          origin {
            ...CollectionHandout_origin
          }
        }
        ... on CaseStudy {
          id
          titleUk
          titleEn
          summaryUk
          summaryEn
          organization {
            ...CollectionHandout_origin
          }
        }
      }
    }
  }

  fragment CollectionHandout_origin on Organization {
    id
    nameUk
    nameEn
    community {
      id
      nameUk
      nameEn
      oblast {
        slug
        nameUk
        nameEn
      }
    }
  }
`);
