import { Meilisearch } from 'meilisearch';
import { afterAll, describe } from 'vitest';
import { loadConfig } from '../../../config.js';
import { describeSearchContract } from '../testing/search.contract.js';
import { MeilisearchSearchIndex } from './meilisearch-search-index.js';

/**
 * The shared search contract against a real Meilisearch: the compatibility check the stand-in
 * cannot give. Runs when MEILI_URL is set (e.g. `docker compose up meilisearch`), each run in an
 * index of its own that is deleted afterwards.
 */
const { MEILI_URL: url, MEILI_API_KEY: apiKey = '' } = loadConfig();

const reason = 'skipped unless MEILI_URL points at a Meilisearch server (none can run on the CI machines)';

describe.skipIf(!url)(`Meilisearch compatibility: ${reason}`, () => {
  const indexUid = `poruch_contract_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  describeSearchContract('Meilisearch', () => new MeilisearchSearchIndex({ url: url!, apiKey, indexUid }));
  afterAll(async () => {
    await new Meilisearch({ host: url!, apiKey }).deleteIndexIfExists(indexUid);
  });
});
