import { graphql } from '@/gql';

/** The signed-in account (null when signed out); navigation and guards read it from the cache. */
export const ME_QUERY = graphql(`
  query Me {
    me {
      ...Me_account
    }
  }
`);

export const ME_FRAGMENT = graphql(`
  fragment Me_account on Account {
    id
    displayName
    email
    role
    organization {
      id
      slug
      nameUk
      nameEn
    }
  }
`);
