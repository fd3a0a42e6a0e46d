import { graphql } from '@/gql';

/** The collections page: mine (when signed in) and the public ones. */
export const MY_COLLECTIONS_QUERY = graphql(`
  query MyCollections($signedIn: Boolean!) {
    myCollections @include(if: $signedIn) {
      id
      ...CollectionCard_collection
    }
    collections {
      id
      ...CollectionCard_collection
    }
  }
`);

/** A collection by its slug, or by the token of its share link. */
export const COLLECTION_PAGE_QUERY = graphql(`
  query CollectionPage($slug: String!, $token: String!, $bySlug: Boolean!) {
    collection(slug: $slug) @include(if: $bySlug) {
      id
      ...CollectionDetails_collection
    }
    sharedCollection(token: $token) @skip(if: $bySlug) {
      id
      ...CollectionDetails_collection
    }
  }
`);

/** Everything a printed handout needs, by slug or share token. */
export const COLLECTION_PRINT_QUERY = graphql(`
  query CollectionPrint($slug: String!, $token: String!, $bySlug: Boolean!) {
    collection(slug: $slug) @include(if: $bySlug) {
      id
      ...CollectionHandout_collection
    }
    sharedCollection(token: $token) @skip(if: $bySlug) {
      id
      ...CollectionHandout_collection
    }
  }
`);

/** The collections an item can be added to. */
export const ADD_TARGETS_QUERY = graphql(`
  query AddToCollectionTargets {
    myCollections {
      id
      slug
      titleUk
      titleEn
      viewerCanEdit
    }
  }
`);
