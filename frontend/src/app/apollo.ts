import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';

/** Members of the schema's unions and interfaces, so fragments on them match (a test holds it to schema/schema.graphql). */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  CollectionTarget: ['Practice', 'CaseStudy'],
  RecordContent: ['PracticeContent', 'CaseStudyContent'],
  Term: ['Audience', 'Format', 'Oblast', 'Theme'],
};

/** The one cache set-up of the app. Vocabulary terms have no id; their slug identifies them. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: POSSIBLE_TYPES,
    typePolicies: {
      Theme: { keyFields: ['slug'] },
      Audience: { keyFields: ['slug'] },
      Format: { keyFields: ['slug'] },
      Oblast: { keyFields: ['slug'] },
    },
  });
}

/**
 * An Apollo client for the Poruch API; the app uses '/graphql' (same origin, proxied by Vite in development).
 * `state` is the cache the server rendered the page with: queries it answers are not asked again.
 */
export function createApolloClient(uri: HttpLink.Options['uri'] = '/graphql', state?: unknown): ApolloClient {
  const cache = createCache();
  if (state) cache.restore(state as Parameters<InMemoryCache['restore']>[0]);
  // Pages rendered on the server ask with the default cache-first policy, so hydrating sends nothing for
  // what the page already holds. (ssrForceFetchDelay is not used: it would also turn the refetch for a
  // signed-in reader into a cache read.)
  return new ApolloClient({ link: new HttpLink({ uri }), cache });
}

/** The client the server renders with: its own cache per request, answered by `link` in-process. */
export function createServerApolloClient(link: ApolloLink): ApolloClient {
  return new ApolloClient({ link, cache: createCache(), ssrMode: true });
}
