import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, single } from '../../graphql/batch-loaders.js';
import { OPEN_REVISION } from '../catalog/record.workflow.js';
import { Revision } from './revision.entity.js';

/** Per-request batch loaders of records being written, spread into createLoaders. */
export function createContributionLoaders(em: EntityManager) {
  return {
    /** The open revision (pending changes) of each practice or case study; only their editors reach it. */
    openRevision: single(
      (keys) => em.find(Revision, { $or: [{ practice: anyOf(keys) }, { caseStudy: anyOf(keys) }], status: { $in: [...OPEN_REVISION] } }),
      (row) => (row.practice ?? row.caseStudy)!.id,
    ),
  };
}
