import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Request limits, chosen so every operation of the web app passes with at least half the cost and depth
 * to spare (graphql/client-documents.test.ts measures each one; the heaviest, an organisation's page
 * with 20 practice cards and 20 case study cards, costs about 11,000) while abusive queries are refused
 * before any resolver runs. The cost counts list sizes (`first`).
 */
export const REQUEST_LIMITS = {
  maxDepth: 10,
  maxCost: 30_000,
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
    // Counted by Apollo's parser instead (server.ts parseOptions): this plugin re-parses outside Apollo's error
    // handling, so a syntax error became an unlogged HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
