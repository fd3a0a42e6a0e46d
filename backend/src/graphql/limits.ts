import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Request limits, chosen so the web app's heaviest page (a practice with its case studies, lineage and
 * taxonomy) passes with room to spare while abusive queries are refused before any resolver runs.
 */
export const REQUEST_LIMITS = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
  bodyBytes: 100 * 1024,
} as const;

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: REQUEST_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    maxAliases: { n: REQUEST_LIMITS.maxAliases },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives },
    maxTokens: { n: REQUEST_LIMITS.maxTokens },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
