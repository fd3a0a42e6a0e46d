import type { EntityManager } from '@mikro-orm/postgresql';
import { createAccountLoaders } from '../modules/account/account.loaders.js';
import { createAdoptionLoaders } from '../modules/adoption/adoption.loaders.js';
import { createCaseStudyLoaders } from '../modules/case-study/case-study.loaders.js';
import { createCollectionLoaders } from '../modules/collection/collection.loaders.js';
import { createContributionLoaders } from '../modules/contribution/contribution.loaders.js';
import { createGeographyLoaders } from '../modules/geography/geography.loaders.js';
import { createOrganizationLoaders } from '../modules/organization/organization.loaders.js';
import { createPracticeLoaders } from '../modules/practice/practice.loaders.js';
import { createTaxonomyLoaders } from '../modules/taxonomy/taxonomy.loaders.js';

/**
 * Per-request batch loaders: every nested field goes through one of these, so a list of N records
 * costs the same number of SQL statements as a list of one. Each feature defines its own (with the
 * visibility rules of its rows, applied where the rows are read); this only assembles them.
 */
export function createLoaders(em: EntityManager) {
  return {
    ...createAccountLoaders(em),
    ...createTaxonomyLoaders(em),
    ...createGeographyLoaders(em),
    ...createOrganizationLoaders(em),
    ...createPracticeLoaders(em),
    ...createCaseStudyLoaders(em),
    ...createCollectionLoaders(em),
    ...createContributionLoaders(em),
    ...createAdoptionLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
