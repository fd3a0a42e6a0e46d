import { graphql } from '@/gql';

/** A collection in a list: enough for its card. */
export const COLLECTION_CARD_FRAGMENT = graphql(`
  fragment CollectionCard_collection on Collection {
    id
    slug
    titleUk
    titleEn
    visibility
    updatedAt
    curator {
      displayName
    }
    items {
      id
    }
  }
`);

/** One item as the collection page shows it: its record, linked, with the curator's note. */
export const COLLECTION_ITEM_FRAGMENT = graphql(`
  fragment CollectionItem_item on CollectionItem {
    id
    position
    noteUk
    target {
      __typename
      ... on Practice {
        id
        slug
        titleUk
        titleEn
        summaryUk
        summaryEn
        origin {
          id
          nameUk
          nameEn
        }
      }
      ... on CaseStudy {
        id
        slug
        titleUk
        titleEn
        summaryUk
        summaryEn
        organization {
          id
          nameUk
          nameEn
        }
      }
    }
  }
`);

/**
 * The whole collection page. Every collection mutation answers with it, so the cache (and the page)
 * always shows the order, notes and version the API holds.
 */
export const COLLECTION_DETAILS_FRAGMENT = graphql(`
  fragment CollectionDetails_collection on Collection {
    id
    slug
    titleUk
    titleEn
    descriptionUk
    descriptionEn
    descriptionHtml
    visibility
    shareToken
    version
    viewerCanEdit
    viewerCanManage
    updatedAt
    curator {
      displayName
      userId
    }
    coCurators {
      displayName
      userId
    }
    invitations {
      id
      email
    }
    items {
      id
      ...CollectionItem_item
    }
  }
`);
