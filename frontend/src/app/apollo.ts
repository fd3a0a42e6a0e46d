import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The one cache set-up of the app. Vocabulary terms have no id; their slug identifies them. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    // Members of the schema's unions, so fragments on them match (schema/schema.graphql).
    possibleTypes: { CollectionTarget: ['Practice', 'CaseStudy'] },
    typePolicies: {
      Theme: { keyFields: ['slug'] },
      Audience: { keyFields: ['slug'] },
      Format: { keyFields: ['slug'] },
      Oblast: { keyFields: ['slug'] },
    },
  });
}

/** An Apollo client for the Poruch API; the app uses '/graphql' (same origin, proxied by Vite in development). */
export function createApolloClient(uri: HttpLink.Options['uri'] = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: createCache(),
  });
}
